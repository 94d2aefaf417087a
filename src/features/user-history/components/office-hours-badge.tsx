import { useQuery } from '@tanstack/react-query';
import { healthQueryOptions } from '../../../lib/api/health.ts';
import { officeHoursSchedule } from '../lib/resolve-state.ts';

/** "Office hours", with whose schedule applies, visible and spoken (the source comes from /api/health). */
export function OfficeHoursBadge() {
  const { data } = useQuery(healthQueryOptions());
  const schedule = officeHoursSchedule(data?.source);
  return (
    <span className="office-hours-badge" title={schedule}>
      Office hours<span className="office-hours-schedule">: {schedule}</span>
    </span>
  );
}
