import { addDays, dayOfWeek, type CalendarDate } from './calendar-date.ts';

export const WEEK_STARTS = ['monday', 'sunday'] as const;
export type WeekStart = (typeof WEEK_STARTS)[number];
export const DEFAULT_WEEK_START: WeekStart = 'monday';

/** The first day of the week that contains `day`. */
export function startOfWeek(day: CalendarDate, weekStart: WeekStart): CalendarDate {
  const first = weekStart === 'monday' ? 1 : 0;
  const back = (dayOfWeek(day) - first + 7) % 7;
  return addDays(day, -back);
}
