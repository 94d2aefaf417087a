import { useId, useMemo } from 'react';
import { listTimeZones } from '../../../../contract/dates/time-zones.ts';
import { useUpgrade } from '../../../lib/ssr/use-upgrade.ts';
import { WEEK_STARTS, type WeekStart } from '../../../../contract/dates/week-start.ts';

interface TimeZoneSelectProps {
  /** null: follow the browser. */
  value: string | null;
  browserTz: string;
  onChange: (tz: string | null) => void;
}

export function TimeZoneSelect({ value, browserTz, onChange }: TimeZoneSelectProps) {
  const id = useId();
  // Some 440 zones are half of a rendered page's HTML: the server's render (and its hydration)
  // carries only the chosen one, and the list fills in right after.
  const full = useUpgrade();
  const zones = useMemo(() => {
    if (!full) return value ? [value] : [];
    const all = listTimeZones();
    return value && !all.includes(value) ? [value, ...all] : all;
  }, [value, full]);
  return (
    <div className="field">
      <label htmlFor={id}>Time zone</label>
      <select id={id} className="zone-select" value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">Browser ({browserTz})</option>
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll('_', ' ')}
          </option>
        ))}
      </select>
    </div>
  );
}

const WEEK_START_LABELS: Record<WeekStart, string> = { monday: 'Monday', sunday: 'Sunday' };

export function WeekStartSelect({ value, onChange }: { value: WeekStart; onChange: (weekStart: WeekStart) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Weeks start on</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as WeekStart)}>
        {WEEK_STARTS.map((day) => (
          <option key={day} value={day}>
            {WEEK_START_LABELS[day]}
          </option>
        ))}
      </select>
    </div>
  );
}
