/**
 * The options of a multi-select as a WAI-ARIA listbox (aria-multiselectable): one tab stop, the
 * active option shown by aria-activedescendant; arrows, Home/End and type-ahead move, Space or
 * Enter toggles, a click toggles too.
 */
import { useEffect, useRef, useState } from 'react';
import { movedIndex, typeaheadIndex } from '../lib/a11y/listbox-keys.ts';
import type { MultiSelectOption } from './multi-select.tsx';

interface OptionListboxProps<T extends string | number> {
  id: string;
  labelledBy: string;
  options: readonly MultiSelectOption<T>[];
  selected: readonly T[];
  onToggle: (value: T) => void;
  autoFocus: boolean;
}

const TYPEAHEAD_RESET_MS = 500;

export function OptionListbox<T extends string | number>({ id, labelledBy, options, selected, onToggle, autoFocus }: OptionListboxProps<T>) {
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  const typed = useRef({ text: '', at: 0 });
  const current = Math.min(active, Math.max(0, options.length - 1));

  useEffect(() => {
    if (autoFocus) list.current?.focus();
  }, [autoFocus]);
  useEffect(() => {
    list.current?.querySelector(`#${CSS.escape(`${id}-${current}`)}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [id, current]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    const moved = movedIndex(event.key, current, options.length);
    if (moved !== null) {
      event.preventDefault();
      setActive(moved);
      return;
    }
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      const option = options[current];
      if (option) onToggle(option.value);
      return;
    }
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const now = event.timeStamp;
      typed.current = { text: now - typed.current.at > TYPEAHEAD_RESET_MS ? event.key : typed.current.text + event.key, at: now };
      const found = typeaheadIndex(options.map((o) => o.label), typed.current.text, current);
      if (found !== null) setActive(found);
    }
  };

  return (
    <ul
      ref={list}
      className="multi-select-options"
      role="listbox"
      aria-multiselectable="true"
      aria-labelledby={labelledBy}
      tabIndex={0}
      aria-activedescendant={options.length > 0 ? `${id}-${current}` : undefined}
      onKeyDown={onKeyDown}
    >
      {options.map((option, i) => {
        const isSelected = selected.includes(option.value);
        return (
          <li
            key={option.value}
            id={`${id}-${i}`}
            role="option"
            aria-selected={isSelected}
            className={i === current ? 'is-active' : undefined}
            onClick={() => {
              setActive(i);
              onToggle(option.value);
            }}
          >
            <span className="option-check" aria-hidden="true">
              {isSelected ? '✓' : ''}
            </span>
            {option.label}
          </li>
        );
      })}
    </ul>
  );
}
