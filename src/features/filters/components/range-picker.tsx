import { useId, useState } from 'react';
import type { DayRange } from '../../../../contract/dates/calendar-date.ts';
import { RANGE_PRESETS, type RangePreset } from '../../../../contract/dates/range-presets.ts';
import { PRESET_GROUPS, PRESET_LABELS } from '../../../lib/report-filters/presets.ts';
import type { RangeSelection } from '../../../../contract/url-state/report-filters.ts';
import { DateRangeForm } from './date-range-form.tsx';

interface RangePickerProps {
  range: RangeSelection;
  /** The days the range covers now, to start a custom range from. */
  days: DayRange;
  onChange: (range: RangeSelection) => void;
}

const isPreset = (value: string): value is RangePreset => (RANGE_PRESETS as readonly string[]).includes(value);

export function RangePicker({ range, days, onChange }: RangePickerProps) {
  const [editing, setEditing] = useState(false);
  const id = useId();
  const showForm = editing || range.kind === 'custom';
  return (
    <div className="range-picker">
      <div className="field">
        <label htmlFor={id}>Date range</label>
        <select
          id={id}
          value={showForm ? 'custom' : range.kind === 'preset' ? range.preset : 'custom'}
          onChange={(event) => {
            const value = event.target.value;
            if (isPreset(value)) {
              setEditing(false);
              onChange({ kind: 'preset', preset: value });
            } else {
              setEditing(true);
            }
          }}
        >
          {PRESET_GROUPS.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.presets.map((preset) => (
                <option key={preset} value={preset}>
                  {PRESET_LABELS[preset]}
                </option>
              ))}
            </optgroup>
          ))}
          <option value="custom">Custom dates…</option>
        </select>
      </div>
      {showForm && (
        <DateRangeForm
          key={`${days.start}/${days.end}`}
          legend="Custom range"
          initial={days}
          onApply={(next) => {
            setEditing(false);
            onChange({ kind: 'custom', ...next });
          }}
          {...(range.kind === 'preset' ? { onCancel: () => setEditing(false) } : {})}
        />
      )}
    </div>
  );
}
