/**
 * Calendar dates ("2026-03-29") and whole-day ranges, free of any time zone.
 * Arithmetic is plain integer math on UTC day numbers, where every day has 24 hours, so adding
 * a day or a month never depends on the browser's zone or on DST. (No Date subclass such as
 * TZDate either: a patched global Date, like Playwright's clock or fake timers, returns plain
 * Dates from `new`, which would silently drop the zone.)
 */

/** `YYYY-MM-DD`, a day on the calendar (no zone, no time). */
export type CalendarDate = string;

/** Whole calendar days, both ends inclusive. */
export interface DayRange {
  start: CalendarDate;
  end: CalendarDate;
}

/** Years the API accepts (it rejects instants outside 1970..2100). */
export const MIN_YEAR = 1970;
export const MAX_YEAR = 2100;

export const DAY_MS = 86_400_000;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(day: CalendarDate): [number, number, number] {
  return day.split('-').map(Number) as [number, number, number];
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Milliseconds of the day's midnight on the UTC time line: a day number, not an instant anywhere. */
export function toUtcMs(day: CalendarDate): number {
  const [y, m, d] = parts(day);
  return Date.UTC(y, m - 1, d);
}

export function fromUtcMs(ms: number): CalendarDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date when `value` is a real calendar day (no Feb 30) within the supported years. */
export function parseCalendarDate(value: string): CalendarDate | undefined {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return value;
}

export function addDays(day: CalendarDate, amount: number): CalendarDate {
  return fromUtcMs(toUtcMs(day) + amount * DAY_MS);
}

/** Clamps to the month's end: Jan 31 + 1 month = Feb 28 (or 29). */
export function addMonths(day: CalendarDate, amount: number): CalendarDate {
  const [y, m, d] = parts(day);
  const index = y * 12 + (m - 1) + amount;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

export function startOfMonth(day: CalendarDate): CalendarDate {
  return `${day.slice(0, 7)}-01`;
}

export function endOfMonth(day: CalendarDate): CalendarDate {
  const [y, m] = parts(day);
  return `${day.slice(0, 7)}-${pad(daysInMonth(y, m))}`;
}

export function isMonthStart(day: CalendarDate): boolean {
  return day.endsWith('-01');
}

export function isMonthEnd(day: CalendarDate): boolean {
  return endOfMonth(day) === day;
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(day: CalendarDate): number {
  return new Date(toUtcMs(day)).getUTCDay();
}

/** Signed number of days from `from` to `to` (0 when equal). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** Number of days in the range, both ends included. */
export function dayCount(range: DayRange): number {
  return daysBetween(range.start, range.end) + 1;
}

/** Whole calendar months from start to end: starts on a 1st and ends on a month's last day. */
export function isWholeMonths(range: DayRange): boolean {
  return isMonthStart(range.start) && isMonthEnd(range.end);
}

/** Months covered by a whole-months range (Jan 1..Mar 31 is 3). */
export function monthCount(range: DayRange): number {
  const [sy, sm] = parts(range.start);
  const [ey, em] = parts(range.end);
  return (ey - sy) * 12 + (em - sm) + 1;
}
