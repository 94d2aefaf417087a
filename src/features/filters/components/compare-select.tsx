import { useId, useState } from 'react';
import type { DayRange } from '../../../../contract/dates/calendar-date.ts';
import { COMPARE_LABELS } from '../../../lib/report-filters/presets.ts';
import { COMPARE_MODES, type CompareMode, type Comparison } from '../../../../contract/url-state/report-filters.ts';
import { DateRangeForm } from './date-range-form.tsx';

interface CompareSelectProps {
  compare: Comparison;
  /** The days compared with now; a custom comparison starts from them. */
  days: DayRange | null;
  fallbackDays: DayRange;
  onChange: (compare: Comparison) => void;
}

const isMode = (value: string): value is CompareMode => (COMPARE_MODES as readonly string[]).includes(value);

export function CompareSelect({ compare, days, fallbackDays, onChange }: CompareSelectProps) {
  const [editing, setEditing] = useState(false);
  const id = useId();
  const showForm = editing || compare.kind === 'custom';
  const initial = days ?? fallbackDays;
  return (
    <div className="range-picker">
      <div className="field">
        <label htmlFor={id}>Compare to</label>
        <select
          id={id}
          value={showForm ? 'custom' : compare.kind}
          onChange={(event) => {
            const value = event.target.value;
            if (isMode(value)) {
              setEditing(false);
              onChange({ kind: value });
            } else {
              setEditing(true);
            }
          }}
        >
          {[...COMPARE_MODES, 'custom' as const].map((mode) => (
            <option key={mode} value={mode}>
              {COMPARE_LABELS[mode]}
            </option>
          ))}
        </select>
      </div>
      {!showForm && compare.kind === 'previous-period' && (
        <label className="field field--checkbox">
          <input
            type="checkbox"
            checked={compare.alignWeekday === true}
            onChange={(event) => onChange(event.target.checked ? { kind: 'previous-period', alignWeekday: true } : { kind: 'previous-period' })}
          />{' '}
          Same weekdays
        </label>
      )}
      {showForm && (
        <DateRangeForm
          key={`${initial.start}/${initial.end}`}
          legend="Comparison range"
          initial={initial}
          onApply={(next) => {
            setEditing(false);
            onChange({ kind: 'custom', ...next });
          }}
          {...(compare.kind !== 'custom' ? { onCancel: () => setEditing(false) } : {})}
        />
      )}
    </div>
  );
}
