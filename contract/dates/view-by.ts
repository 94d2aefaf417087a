/**
 * Which bucket sizes a range may use. The limits are the API's (a longer range answers 400);
 * ranges are measured in calendar days of the report's zone, so DST never changes the answer.
 */
import { VIEW_BY, type ViewBy } from '../api/schemas.ts';
import { dayCount, type DayRange } from './calendar-date.ts';
import { calendarDateIn } from './zoned.ts';

export const VIEW_BY_LIMITS = { dayMaxDays: 120, weekMaxDays: 366, monthMinDays: 61 } as const;
/** The longest range the API serves at all. */
export const MAX_RANGE_DAYS = 366 * 10;

export function allowedViewBy(range: DayRange): ViewBy[] {
  const days = dayCount(range);
  return VIEW_BY.filter((viewBy) => {
    if (viewBy === 'day') return days <= VIEW_BY_LIMITS.dayMaxDays;
    if (viewBy === 'week') return days <= VIEW_BY_LIMITS.weekMaxDays;
    return days >= VIEW_BY_LIMITS.monthMinDays;
  });
}

/** What the API picks when viewBy is omitted: the finest size allowed. */
export function defaultViewBy(range: DayRange): ViewBy {
  return allowedViewBy(range)[0] ?? 'month';
}

/**
 * The sizes a range may use when it is compared with `previous`. The API checks an explicit
 * viewBy against both ranges, but leaves its own default unchecked, so the default always stays
 * (a 120-day range against 122 days of whole months still shows days) and any other size must
 * fit both ranges.
 */
export function allowedViewByComparing(range: DayRange, previous: DayRange | null): ViewBy[] {
  const fallback = defaultViewBy(range);
  const fitsPrevious = previous ? allowedViewBy(previous) : VIEW_BY;
  return allowedViewBy(range).filter((viewBy) => viewBy === fallback || fitsPrevious.includes(viewBy));
}

/** `wanted` when allowed, else the allowed size closest to it (day < week < month). */
export function nearestViewBy(wanted: ViewBy, allowed: readonly ViewBy[]): ViewBy {
  if (allowed.includes(wanted)) return wanted;
  const rank = VIEW_BY.indexOf(wanted);
  const byDistance = [...allowed].sort(
    (a, b) => Math.abs(VIEW_BY.indexOf(a) - rank) - Math.abs(VIEW_BY.indexOf(b) - rank),
  );
  return byDistance[0] ?? 'week';
}

const DAY_MS = 86_400_000;

/** A range of inclusive UTC instants in days, one second resolution: how the ten-year cap measures it. */
export function instantRangeDays(start: Date, end: Date): number {
  return (end.getTime() - start.getTime() + 1000) / DAY_MS;
}

/**
 * The sizes the API allows for inclusive UTC instants `start`..`end`, measured in the calendar days of
 * `tz` that the range touches (no hours, no DST slack). This is the one place the API measures a range
 * for viewBy: the server checks requests with it, and the browser's request builder predicts the default.
 */
export function allowedViewByForInstants(start: Date, end: Date, tz: string): ViewBy[] {
  return allowedViewBy({ start: calendarDateIn(start, tz), end: calendarDateIn(end, tz) });
}

/** The API's default for inclusive UTC instants: the finest size allowed. */
export function defaultViewByForInstants(start: Date, end: Date, tz: string): ViewBy {
  return allowedViewByForInstants(start, end, tz)[0] ?? 'month';
}

export function viewByRule(): string {
  const { dayMaxDays, weekMaxDays, monthMinDays } = VIEW_BY_LIMITS;
  return `day is available up to ${dayMaxDays} days, week up to ${weekMaxDays} days, month from ${monthMinDays} days`;
}
