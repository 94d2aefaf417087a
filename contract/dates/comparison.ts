/** The ranges a report compares against; both end before (or a year before) the range they pair with. */
import {
  addDays,
  addMonths,
  dayCount,
  endOfMonth,
  isWholeMonths,
  monthCount,
  type DayRange,
} from './calendar-date.ts';

/**
 * The period immediately before `range`, of equal length. A range of whole months compares
 * with as many whole months (October against September, not against Aug 31..Sep 30),
 * so month and quarter presets line up with the calendar; any other range compares
 * with the same number of days.
 */
export function previousPeriod(range: DayRange): DayRange {
  const end = addDays(range.start, -1);
  if (isWholeMonths(range)) return { start: addMonths(range.start, -monthCount(range)), end };
  return { start: addDays(end, 1 - dayCount(range)), end };
}

/**
 * The period of equal length before `range`, moved back by whole weeks (`align=weekday`), so each
 * day pairs with the same weekday: 30 days compare with the 30 days that start 35 days earlier.
 * It may leave a gap before the range (5 days here), never an overlap.
 */
export function previousPeriodByWeeks(range: DayRange): DayRange {
  const days = dayCount(range);
  const start = addDays(range.start, -7 * Math.ceil(days / 7));
  return { start, end: addDays(start, days - 1) };
}

/**
 * The same dates one year earlier. Feb 29 becomes Feb 28; a range of whole months keeps
 * whole months, so February 2025 compares with all of February 2024, the 29th included.
 */
export function previousYear(range: DayRange): DayRange {
  const start = addMonths(range.start, -12);
  const end = isWholeMonths(range) ? endOfMonth(addMonths(range.end, -12)) : addMonths(range.end, -12);
  return { start, end };
}
