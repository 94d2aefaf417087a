/**
 * "So far" against the same point of the comparison: while the current range contains now, the
 * headline compares [start, cutoff] with [previousStart, previousCutoff]. Both instants are floored
 * to the minute, so the server's preload hint and the app, a few milliseconds apart, ask for the
 * same URL. The rule follows the comparison:
 * - previous period and custom: the comparison's start plus the same elapsed time;
 * - previous period of whole months (month to date): the same day of the month and wall time,
 *   as many months back (clamped to the month's end, Mar 31 → Feb 28);
 * - previous year: the same date and wall time a year back (Feb 29 → Feb 28).
 * The previous cutoff never leaves the comparison range.
 */
import { addMonths, isWholeMonths, monthCount, toUtcMs, type DayRange } from './calendar-date.ts';
import { calendarDateIn, dayRangeToInstants, instantAtWallIn, wallClockMs } from './zoned.ts';

export type LikeForLikeRule = 'previous-period' | 'previous-year' | 'custom';

export interface LikeForLikeCutoffs {
  cutoff: Date;
  /** null without a comparison range. */
  previousCutoff: Date | null;
}

const MINUTE_MS = 60_000;
const floorToMinute = (ms: number) => Math.floor(ms / MINUTE_MS) * MINUTE_MS;

/** Months back for a calendar rule, or null when the rule is elapsed time. */
function calendarShift(rule: LikeForLikeRule, range: DayRange): number | null {
  if (rule === 'previous-year') return 12;
  if (rule === 'previous-period' && isWholeMonths(range)) return monthCount(range);
  return null;
}

/** The same local date `months` back (clamped to the month's end) at the same wall time, in `tz`. */
function sameWallTimeMonthsBack(instant: number, months: number, tz: string): number {
  const day = calendarDateIn(new Date(instant), tz);
  const timeOfDay = wallClockMs(instant, tz) - toUtcMs(day);
  return instantAtWallIn(toUtcMs(addMonths(day, -months)) + timeOfDay, tz).getTime();
}

/** The cutoffs at `now`, or null when the current range does not contain now (it is over, or not begun). */
export function likeForLikeCutoffs(rule: LikeForLikeRule, range: DayRange, previous: DayRange | null, now: Date, tz: string): LikeForLikeCutoffs | null {
  const current = dayRangeToInstants(range, tz);
  const t = now.getTime();
  // end is the last whole second: the range holds now until the second after it.
  if (t < current.start.getTime() || t >= current.end.getTime() + 1000) return null;
  const cutoff = Math.max(current.start.getTime(), floorToMinute(t));
  if (!previous) return { cutoff: new Date(cutoff), previousCutoff: null };
  const prev = dayRangeToInstants(previous, tz);
  const months = calendarShift(rule, range);
  const wanted = months === null ? prev.start.getTime() + (cutoff - current.start.getTime()) : sameWallTimeMonthsBack(cutoff, months, tz);
  const previousCutoff = Math.min(prev.end.getTime(), Math.max(prev.start.getTime(), floorToMinute(wanted)));
  return { cutoff: new Date(cutoff), previousCutoff: new Date(previousCutoff) };
}
