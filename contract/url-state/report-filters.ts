/**
 * The filters every report page shares, as state (what the URL says) and as resolved values
 * (the days, zone and bucket size that state means right now).
 */
import type { ConversationType, ViewBy } from '../api/schemas.ts';
import type { CalendarDate, DayRange } from '../dates/calendar-date.ts';
import { previousPeriod, previousPeriodByWeeks, previousYear } from '../dates/comparison.ts';
import { DEFAULT_RANGE_PRESET, rangeFromPreset, type RangePreset } from '../dates/range-presets.ts';
import { allowedViewByComparing, defaultViewBy, nearestViewBy } from '../dates/view-by.ts';
import { DEFAULT_WEEK_START, type WeekStart } from '../dates/week-start.ts';
import { likeForLikeCutoffs, type LikeForLikeCutoffs } from '../dates/like-for-like.ts';
import { calendarDateIn } from '../dates/zoned.ts';

export type RangeSelection = { kind: 'preset'; preset: RangePreset } | { kind: 'custom'; start: CalendarDate; end: CalendarDate };

export const COMPARE_MODES = ['previous-period', 'previous-year', 'none'] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];
/** alignWeekday (previous-period only, `align=weekday`): the comparison moves back by whole weeks. */
export type Comparison = { kind: CompareMode; alignWeekday?: boolean } | { kind: 'custom'; start: CalendarDate; end: CalendarDate };

export interface ReportFilters {
  range: RangeSelection;
  compare: Comparison;
  /** null: the default for the range's length (the URL leaves it out). */
  viewBy: ViewBy | null;
  mailboxes: number[];
  folders: number[];
  tags: number[];
  types: ConversationType[];
  /** null: the browser's zone (the URL leaves it out; a shared link pins it). */
  tz: string | null;
  weekStart: WeekStart;
}

export const DEFAULT_REPORT_FILTERS: ReportFilters = {
  range: { kind: 'preset', preset: DEFAULT_RANGE_PRESET },
  compare: { kind: 'previous-period' },
  viewBy: null,
  mailboxes: [],
  folders: [],
  tags: [],
  types: [],
  tz: null,
  weekStart: DEFAULT_WEEK_START,
};

export interface ResolvedReportFilters {
  tz: string;
  today: CalendarDate;
  range: DayRange;
  previous: DayRange | null;
  viewBy: ViewBy;
  allowedViewBy: ViewBy[];
  /** While the range contains now: where "so far" stops in the range and in its comparison. */
  likeForLike: LikeForLikeCutoffs | null;
}

export function effectiveZone(filters: Pick<ReportFilters, 'tz'>, browserTz: string): string {
  return filters.tz ?? browserTz;
}

export function currentDayRange(range: RangeSelection, today: CalendarDate, weekStart: WeekStart): DayRange {
  return range.kind === 'preset' ? rangeFromPreset(range.preset, { today, weekStart }) : { start: range.start, end: range.end };
}

export function comparisonDayRange(compare: Comparison, range: DayRange): DayRange | null {
  switch (compare.kind) {
    case 'previous-period':
      return compare.alignWeekday ? previousPeriodByWeeks(range) : previousPeriod(range);
    case 'previous-year':
      return previousYear(range);
    case 'none':
      return null;
    case 'custom':
      return { start: compare.start, end: compare.end };
  }
}

/** What the filters mean at `now`: relative ranges are evaluated in the report's zone. */
export function resolveReportFilters(filters: ReportFilters, now: Date, browserTz: string): ResolvedReportFilters {
  const tz = effectiveZone(filters, browserTz);
  const today = calendarDateIn(now, tz);
  const range = currentDayRange(filters.range, today, filters.weekStart);
  const previous = comparisonDayRange(filters.compare, range);
  const allowed = allowedViewByComparing(range, previous);
  // Weeks back are not calendar months back: a weekday-aligned comparison counts elapsed time.
  const { compare } = filters;
  const rule = compare.kind === 'none' || (compare.kind === 'previous-period' && compare.alignWeekday) ? 'custom' : compare.kind;
  return {
    tz,
    today,
    range,
    previous,
    viewBy: nearestViewBy(filters.viewBy ?? defaultViewBy(range), allowed),
    allowedViewBy: allowed,
    likeForLike: likeForLikeCutoffs(rule, range, previous, now, tz),
  };
}
