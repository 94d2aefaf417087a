/**
 * Where calendar days meet instants: the only place that turns a day in a time zone into the
 * UTC instants the API takes, and an instant back into a day. Zone offsets come from Intl,
 * for the instant in question, so DST is always accounted for.
 */
import { addDays, daysBetween, fromUtcMs, toUtcMs, type CalendarDate, type DayRange } from './calendar-date.ts';

/** Inclusive UTC instants, one-second resolution, as the reports API takes them. */
export interface InstantRange {
  start: Date;
  end: Date;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();
const LONG_OFFSET = /GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * The UTC offset of `tz` at instant `ms`, in ms, to the second. Read from Intl's "GMT-00:44:30"
 * directly: @date-fns/tz's tzOffset loses the sign of an offset under one hour (Africa/Monrovia
 * until 1972 reads +44.5 minutes). Throws RangeError for an unknown zone.
 */
export function offsetMs(tz: string, ms: number): number {
  let format = offsetFormats.get(tz);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset' });
    offsetFormats.set(tz, format);
  }
  const match = LONG_OFFSET.exec(format.format(ms));
  if (!match) throw new RangeError(`No offset for ${tz}`);
  const [, sign, h = '0', m = '0', sec = '0'] = match;
  const abs = (Number(h) * 3600 + Number(m) * 60 + Number(sec)) * 1000;
  return sign === '-' ? -abs : abs;
}

/** The local wall-clock time at `ms` in `tz`, written on the UTC time line. */
export function wallClockMs(ms: number, tz: string): number {
  return ms + offsetMs(tz, ms);
}

/** The calendar day that `instant` falls on in `tz`. */
export function calendarDateIn(instant: Date, tz: string): CalendarDate {
  return fromUtcMs(wallClockMs(instant.getTime(), tz));
}

const HOUR_MS = 3_600_000;

/**
 * The first instant at which the wall clock reads `wall` (wall-clock fields written on the UTC time
 * line), given the zone's offset at any instant. Every offset in force within 15 hours could place
 * it, so each is tried and the earliest wins: a midnight that happens twice (Antarctica/Casey,
 * 2023-03-09) is taken at its first occurrence. When no offset places it, the clocks skipped it
 * (Havana's, Santiago's or Beirut's midnight, 02:30 in Berlin in March) and the answer is where the
 * gap ends, the first second whose wall clock reads `wall` or later. Assumes no two offset changes
 * within 3 hours, which holds for every zone in the IANA database.
 */
export function firstInstantAtWall(wall: number, offsetAt: (ms: number) => number): number {
  const offsets = new Set<number>();
  for (let t = wall - 15 * HOUR_MS; t <= wall + 15 * HOUR_MS; t += 3 * HOUR_MS) offsets.add(offsetAt(t));
  let first = Infinity;
  for (const offset of offsets) {
    const t = wall - offset;
    if (t < first && offsetAt(t) === offset) first = t;
  }
  if (first !== Infinity) return first;
  let lo = Math.floor((wall - 15 * HOUR_MS) / 1000);
  let hi = Math.ceil((wall + 15 * HOUR_MS) / 1000);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (mid * 1000 + offsetAt(mid * 1000) >= wall) hi = mid;
    else lo = mid;
  }
  return hi * 1000;
}

/** The first instant at which the wall clock in `tz` reads `wall` (see firstInstantAtWall). */
export function instantAtWallIn(wall: number, tz: string): Date {
  return new Date(firstInstantAtWall(wall, (ms) => offsetMs(tz, ms)));
}

/**
 * The first instant of `day` in `tz`: local midnight, its first occurrence when it repeats, or the
 * first existing local time where a DST change skips it (America/Santiago in September starts its
 * day at 01:00).
 */
export function startOfDayIn(day: CalendarDate, tz: string): Date {
  return instantAtWallIn(toUtcMs(day), tz);
}

/**
 * The local calendar days in `tz` that the inclusive range [start, end] touches: how the viewBy
 * limits measure a range, so N whole local days count N whatever their hours (23, 25, or the 22
 * of Antarctica/Troll's two-hour change).
 */
export function calendarDaysIn(start: Date, end: Date, tz: string): number {
  return daysBetween(calendarDateIn(start, tz), calendarDateIn(end, tz)) + 1;
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
  const offset = Math.round(offsetMs(tz, ms) / 60_000);
  const wall = new Date(ms + offsetMs(tz, ms)).toISOString().slice(0, 19);
  if (offset === 0) return `${wall}Z`;
  const abs = Math.abs(offset);
  const sign = offset > 0 ? '+' : '-';
  return `${wall}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
