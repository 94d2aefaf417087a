import { useId } from 'react';
import { VIEW_BY, type ViewBy } from '../../../../contract/api/schemas.ts';
import { viewByRule } from '../../../../contract/dates/view-by.ts';
import { VIEW_BY_LABELS } from '../../../lib/report-filters/presets.ts';

interface ViewByToggleProps {
  value: ViewBy;
  allowed: readonly ViewBy[];
  onChange: (viewBy: ViewBy) => void;
}

/** A radio group drawn as a segmented control; sizes the range cannot use are disabled and say why. */
export function ViewByToggle({ value, allowed, onChange }: ViewByToggleProps) {
  const name = useId();
  return (
    <fieldset className="segmented" aria-describedby={`${name}-hint`}>
      <legend className="field-label">View by</legend>
      <div className="segmented-options">
        {VIEW_BY.map((option) => (
          <label key={option} className="segmented-option">
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              disabled={!allowed.includes(option)}
              onChange={() => onChange(option)}
            />
            <span>{VIEW_BY_LABELS[option]}</span>
          </label>
        ))}
      </div>
      <span id={`${name}-hint`} className="visually-hidden">
        {`Sizes that do not fit the range are disabled: ${viewByRule()}.`}
      </span>
    </fieldset>
  );
}
