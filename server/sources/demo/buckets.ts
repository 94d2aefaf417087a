/**
 * Bucket starts for the new-conversations report.
 * - A range that starts at the first instant of a local day steps on the calendar of `tz`: bucket k
 *   starts at the first instant of the start's day + k days / weeks / months (months counted from
 *   the original day, so Jan 31 + 1 month = Feb 28/29), whether that day's midnight is skipped or
 *   repeated.
 * - Any other start steps its wall-clock time with date-fns on TZDate (addDays / addWeeks / addMonths).
 * - `align=calendar` (calendarBuckets) cuts the range at each calendar period instead.
 * Wall-clock arithmetic is done here directly for speed, with fast offsets (zone-offsets.ts).
 */
import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, addWeeks } from 'date-fns';
import type { ViewBy } from '../../../contract/api/schemas.ts';
import type { WeekStart } from '../../../contract/dates/week-start.ts';
import { firstInstantAtWall } from '../../../contract/dates/zoned.ts';
import { offsetMs, wallToInstant } from './zone-offsets.ts';

const DAY_MS = 86_400_000;

function viaTZDate(startMs: number, k: number, viewBy: ViewBy, tz: string): number {
  const start = new TZDate(startMs, tz);
  const step = viewBy === 'month' ? addMonths : viewBy === 'week' ? addWeeks : addDays;
  return step(start, k).getTime();
}

/** The first instant of the local day whose midnight is `midnight` (a day number in ms). */
export function localDayStart(midnight: number, tz: string): number {
  return wallToInstant(midnight, tz) ?? firstInstantAtWall(midnight, (t) => offsetMs(tz, t));
}

/** The local day (its midnight as a day number in ms) that instant `ms` falls on in `tz`. */
function localDay(ms: number, tz: string): number {
  return Math.floor((ms + offsetMs(tz, ms)) / DAY_MS) * DAY_MS;
}

/** Day `day` + k days, weeks or months (clamped to the month's end), as a day number in ms. */
function stepDay(day: number, k: number, viewBy: ViewBy): number {
  if (viewBy !== 'month') return day + k * (viewBy === 'week' ? 7 : 1) * DAY_MS;
  const d = new Date(day);
  const [year, month, date] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  const daysInMonth = new Date(Date.UTC(year, month + k + 1, 0)).getUTCDate();
  return Date.UTC(year, month + k, Math.min(date, daysInMonth));
}

/** Bucket start instants (ms) from `startMs` while <= `endMs`. */
export function bucketStarts(startMs: number, endMs: number, viewBy: ViewBy, tz: string): number[] {
  const out: number[] = [];
  if (startMs > endMs) return out;
  const day = localDay(startMs, tz);
  const onCalendar = localDayStart(day, tz) === startMs;
  const wall = startMs + offsetMs(tz, startMs);
  out.push(startMs);
  for (let k = 1; ; k++) {
    const target = stepDay(day, k, viewBy);
    const b = onCalendar
      ? localDayStart(target, tz)
      : (wallToInstant(target + (wall - day), tz) ?? viaTZDate(startMs, k, viewBy, tz));
    if (b > endMs) return out;
    out.push(b);
  }
}

export interface CalendarBucket {
  startMs: number;
  /** The bucket's last second inside the range (inclusive). */
  endMs: number;
  /** The range cuts the bucket's calendar period short. */
  partial: boolean;
}

function periodStartDay(day: number, viewBy: ViewBy, weekStart: WeekStart): number {
  const d = new Date(day);
  if (viewBy === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  if (viewBy === 'day') return day;
  const back = (d.getUTCDay() - (weekStart === 'monday' ? 1 : 0) + 7) % 7;
  return day - back * DAY_MS;
}

/**
 * `align=calendar`: buckets are the local calendar days, weeks (from `weekStart`) or months that
 * the range touches, each cut to the range; the first and the last may be partial. A period with
 * no time in the zone (Pacific/Apia skipped 2011-12-30) has no bucket.
 */
export function calendarBuckets(startMs: number, endMs: number, viewBy: ViewBy, tz: string, weekStart: WeekStart): CalendarBucket[] {
  const out: CalendarBucket[] = [];
  if (startMs > endMs) return out;
  const first = periodStartDay(localDay(startMs, tz), viewBy, weekStart);
  let periodStart = localDayStart(first, tz);
  for (let k = 1; periodStart <= endMs; k++) {
    const nextStart = localDayStart(stepDay(first, k, viewBy), tz);
    const s = Math.max(startMs, periodStart);
    const e = Math.min(endMs, nextStart - 1000);
    if (e >= s) out.push({ startMs: s, endMs: e, partial: s > periodStart || e < nextStart - 1000 });
    periodStart = nextStart;
  }
  return out;
}

/** "2015-01-01T00:00:00Z": ISO 8601 to the second, as Help Scout writes bucket starts. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19) + 'Z';
}
