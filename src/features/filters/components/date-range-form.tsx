import { useId, useState, type FormEvent } from 'react';
import { dayCount, MAX_YEAR, MIN_YEAR, parseCalendarDate, type DayRange } from '../../../../contract/dates/calendar-date.ts';
import { MAX_RANGE_DAYS } from '../../../../contract/dates/view-by.ts';

interface DateRangeFormProps {
  legend: string;
  initial: DayRange;
  onApply: (range: DayRange) => void;
  onCancel?: () => void;
}

function problemWith(start: string, end: string): string | undefined {
  const from = parseCalendarDate(start);
  const to = parseCalendarDate(end);
  if (!from || !to) return `Enter both dates, between ${MIN_YEAR} and ${MAX_YEAR}.`;
  if (to < from) return 'The end date is before the start date.';
  if (dayCount({ start: from, end: to }) > MAX_RANGE_DAYS) return `Choose at most ${MAX_RANGE_DAYS} days.`;
  return undefined;
}

/** Two native date inputs (a calendar in every browser, typed entry for keyboards), applied together. */
export function DateRangeForm({ legend, initial, onApply, onCancel }: DateRangeFormProps) {
  const [start, setStart] = useState(initial.start);
  const [end, setEnd] = useState(initial.end);
  const [error, setError] = useState<string>();
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = problemWith(start, end);
    setError(problem);
    if (!problem) onApply({ start, end });
  };

  return (
    <form className="date-range-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend className="visually-hidden">{legend}</legend>
        <div className="field">
          <label htmlFor={`${id}-start`}>From</label>
          <input id={`${id}-start`} type="date" value={start} min={`${MIN_YEAR}-01-01`} max={`${MAX_YEAR}-12-31`}
            onChange={(event) => setStart(event.target.value)} aria-describedby={error ? `${id}-error` : undefined} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-end`}>To</label>
          <input id={`${id}-end`} type="date" value={end} min={start || undefined} max={`${MAX_YEAR}-12-31`}
            onChange={(event) => setEnd(event.target.value)} aria-describedby={error ? `${id}-error` : undefined} />
        </div>
        <div className="date-range-actions">
          <button type="submit" className="button button--primary">Apply</button>
          {onCancel && <button type="button" className="button" onClick={onCancel}>Cancel</button>}
        </div>
        {error && <p className="field-error" id={`${id}-error`} role="alert">{error}</p>}
      </fieldset>
    </form>
  );
}
