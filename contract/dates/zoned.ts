/**
 * Where calendar days meet instants: the only place that turns a day in a time zone into the
 * UTC instants the API takes, and an instant back into a day. Zone offsets come from Intl
 * (via @date-fns/tz's tzOffset), for the instant in question, so DST is always accounted for.
 */
import { tzOffset } from '@date-fns/tz';
import { addDays, fromUtcMs, toUtcMs, type CalendarDate, type DayRange } from './calendar-date.ts';

/** Inclusive UTC instants, one-second resolution, as the reports API takes them. */
export interface InstantRange {
  start: Date;
  end: Date;
}

function offsetMs(tz: string, ms: number): number {
  return tzOffset(tz, new Date(ms)) * 60_000;
}

/** The local wall-clock time at `ms` in `tz`, written on the UTC time line. */
export function wallClockMs(ms: number, tz: string): number {
  return ms + offsetMs(tz, ms);
}

/** The calendar day that `instant` falls on in `tz`. */
export function calendarDateIn(instant: Date, tz: string): CalendarDate {
  return fromUtcMs(wallClockMs(instant.getTime(), tz));
}

/**
 * The first instant of `day` in `tz`: local midnight, or the first existing local time
 * where a DST change skips midnight (America/Santiago in September starts its day at 01:00).
 */
export function startOfDayIn(day: CalendarDate, tz: string): Date {
  const midnight = toUtcMs(day);
  const first = midnight - offsetMs(tz, midnight);
  const second = midnight - offsetMs(tz, first);
  const onDay = [first, second].filter((ms) => fromUtcMs(wallClockMs(ms, tz)) === day);
  return new Date(onDay.length > 0 ? Math.min(...onDay) : first);
}

/** Whole local days → [local midnight of the first day, local midnight after the last day − 1 s]. */
export function dayRangeToInstants(range: DayRange, tz: string): InstantRange {
  const start = startOfDayIn(range.start, tz);
  const end = new Date(startOfDayIn(addDays(range.end, 1), tz).getTime() - 1000);
  return { start, end };
}

/** `2026-03-28T23:00:00Z`: ISO 8601 in UTC to the second, the API's format. */
export function toApiInstant(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `2026-03-29T00:00:00+01:00`: an instant written as local time in `tz`, with its offset. */
export function toLocalIsoString(instant: Date | string, tz: string): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  const offset = offsetMs(tz, ms) / 60_000;
  const wall = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  if (offset === 0) return `${wall}Z`;
  const abs = Math.abs(offset);
  const sign = offset > 0 ? '+' : '-';
  return `${wall}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
