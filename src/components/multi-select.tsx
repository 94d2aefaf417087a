/**
 * Shared by the report filters and the history page's Status filter (its styles live with the filter bar, which every report page shows).
 *
 * A labelled button that opens a multi-select listbox (option-listbox.tsx). Every change applies
 * at once; Escape or a click elsewhere closes it and gives focus back to the button.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { OptionListbox } from './option-listbox.tsx';

export interface MultiSelectOption<T extends string | number> {
  value: T;
  label: string;
}

interface MultiSelectProps<T extends string | number> {
  label: string;
  options: readonly MultiSelectOption<T>[];
  selected: readonly T[];
  onChange: (values: T[]) => void;
  /** Adds a search box: for long lists such as tags. */
  searchable?: boolean;
  disabled?: boolean;
  /** Shown instead of the list while it loads, fails or is empty. */
  status?: ReactNode;
  /** Shown on the button when nothing is selected. */
  allLabel?: string;
  /** Label of a selected value that is not among the options (a stale id in a shared link). */
  unknownLabel?: (value: T) => string;
}

export function MultiSelect<T extends string | number>(props: MultiSelectProps<T>) {
  const { label, options, selected, onChange, searchable = false, disabled = false, status, allLabel = 'All' } = props;
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const labelOf = (value: T) =>
    options.find((option) => option.value === value)?.label ?? props.unknownLabel?.(value) ?? String(value);
  const summary =
    selected.length === 0 ? allLabel : selected.length === 1 ? labelOf(selected[0] as T) : `${selected.length} selected`;
  const needle = query.trim().toLowerCase();
  const visible = needle ? options.filter((option) => option.label.toLowerCase().includes(needle)) : options;
  const toggle = (value: T, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((v) => v !== value));

  return (
    <div
      className="field multi-select"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <span className="field-label" id={`${id}-label`}>
        {label}
      </span>
      <button
        ref={buttonRef}
        type="button"
        className="multi-select-button"
        id={`${id}-button`}
        aria-labelledby={`${id}-label ${id}-button`}
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        disabled={disabled}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="multi-select-summary">{summary}</span>
        <svg aria-hidden="true" viewBox="0 0 12 12" width="12" height="12">
          <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
      </button>
      {open && (
        <div className="multi-select-panel" id={`${id}-panel`} role="group" aria-labelledby={`${id}-label`}>
          {searchable && (
            <input
              type="search"
              className="multi-select-search"
              aria-label={`Search ${label.toLowerCase()}`}
              placeholder="Search…"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              onKeyDown={(event) => {
                if (event.key !== 'ArrowDown') return;
                event.preventDefault();
                rootRef.current?.querySelector<HTMLElement>('[role="listbox"]')?.focus();
              }}
              autoFocus
            />
          )}
          {status ??
            (visible.length === 0 ? (
              <p className="multi-select-empty">No matches</p>
            ) : (
              <OptionListbox
                id={`${id}-option`}
                labelledBy={`${id}-label`}
                options={visible}
                selected={selected}
                onToggle={(value) => toggle(value, !selected.includes(value))}
                autoFocus={!searchable}
              />
            ))}
          <div className="multi-select-actions">
            <button type="button" className="link-button" onClick={() => onChange([])} disabled={selected.length === 0}>
              Clear
            </button>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setOpen(false);
                buttonRef.current?.focus();
              }}
            >
              Done
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
