/** Human labels for days, ranges and buckets (en-US, like the interface), always in the report's zone. */
import type { ViewBy } from '../../../contract/api/schemas.ts';
import { toUtcMs, type CalendarDate, type DayRange } from '../../../contract/dates/calendar-date.ts';
import { calendarDateIn } from '../../../contract/dates/zoned.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatIn(instant: Date, timeZone: string, options: Intl.DateTimeFormatOptions): string {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { ...options, timeZone });
    formatters.set(key, formatter);
  }
  return formatter.format(instant);
}

const MONTH_DAY = { month: 'short', day: 'numeric' } as const;
const MONTH_DAY_YEAR = { month: 'short', day: 'numeric', year: 'numeric' } as const;
const WEEKDAY_DATE = { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' } as const;

/** A calendar day is written on the UTC line, where its midnight lives (see calendar-date.ts). */
const onCalendar = (day: CalendarDate, options: Intl.DateTimeFormatOptions) => formatIn(new Date(toUtcMs(day)), 'UTC', options);

/** "Nov 20, 2026". */
export function formatCalendarDate(day: CalendarDate): string {
  return onCalendar(day, MONTH_DAY_YEAR);
}

/** "Oct 22 – Nov 20, 2026", "Dec 1, 2025 – Nov 30, 2026", or one day alone. */
export function formatDayRange(range: DayRange): string {
  if (range.start === range.end) return formatCalendarDate(range.start);
  const sameYear = range.start.slice(0, 4) === range.end.slice(0, 4);
  return `${onCalendar(range.start, sameYear ? MONTH_DAY : MONTH_DAY_YEAR)} – ${formatCalendarDate(range.end)}`;
}

/** "Thu, Nov 19, 15:30": where a "so far" count stops, in the report's zone. */
export function formatCutoff(instant: string, tz: string): string {
  return formatIn(new Date(instant), tz, { weekday: 'short', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

/** Short x-axis tick for a bucket that starts at `start`. */
export function formatBucketTick(start: string, tz: string, viewBy: ViewBy): string {
  return formatIn(new Date(start), tz, viewBy === 'month' ? { month: 'short', year: 'numeric' } : MONTH_DAY);
}

/**
 * The bucket's days in full: "Fri, Nov 20, 2026", "Nov 16 – Nov 22, 2026", "November 2026".
 * A week or month cut short by the range's end shows the days it really holds.
 */
export function formatBucketSpan(start: string, end: string, tz: string, viewBy: ViewBy): string {
  const from = new Date(start);
  const to = new Date(end);
  const firstDay = calendarDateIn(from, tz);
  const lastDay = calendarDateIn(to, tz);
  if (viewBy === 'day' || firstDay === lastDay) return formatIn(from, tz, WEEKDAY_DATE);
  const nextDay = calendarDateIn(new Date(to.getTime() + 1000), tz);
  if (viewBy === 'month' && firstDay.endsWith('-01') && nextDay.endsWith('-01') && firstDay.slice(0, 7) === lastDay.slice(0, 7)) {
    return formatIn(from, tz, { month: 'long', year: 'numeric' });
  }
  const sameYear = firstDay.slice(0, 4) === lastDay.slice(0, 4);
  return `${formatIn(from, tz, sameYear ? MONTH_DAY : MONTH_DAY_YEAR)} – ${formatIn(to, tz, MONTH_DAY_YEAR)}`;
}
