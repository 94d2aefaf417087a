import type { ConversationType, ViewBy } from '../api/schemas.ts';
import type { WeekStart } from '../dates/week-start.ts';
import { dayRangeToInstants, toApiInstant } from '../dates/zoned.ts';
import type { ReportFilters, ResolvedReportFilters } from './report-filters.ts';

/** The filters as a report endpoint takes them: inclusive UTC instants, ids, and the bucket zone. */
export interface ReportQuery {
  start: string;
  end: string;
  previousStart?: string;
  previousEnd?: string;
  viewBy: ViewBy;
  tz: string;
  /** Calendar buckets (align=calendar) start their weeks on this day. */
  weekStart: WeekStart;
  /** While the range contains now: count [start, cutoff] and [previousStart, previousCutoff] too. */
  cutoff?: string;
  previousCutoff?: string;
  mailboxes: number[];
  folders: number[];
  tags: number[];
  types: ConversationType[];
}

export function toReportQuery(filters: ReportFilters, resolved: ResolvedReportFilters): ReportQuery {
  const current = dayRangeToInstants(resolved.range, resolved.tz);
  const previous = resolved.previous ? dayRangeToInstants(resolved.previous, resolved.tz) : null;
  return {
    start: toApiInstant(current.start),
    end: toApiInstant(current.end),
    ...(previous ? { previousStart: toApiInstant(previous.start), previousEnd: toApiInstant(previous.end) } : {}),
    viewBy: resolved.viewBy,
    tz: resolved.tz,
    weekStart: filters.weekStart,
    ...(resolved.likeForLike ? { cutoff: toApiInstant(resolved.likeForLike.cutoff) } : {}),
    ...(resolved.likeForLike?.previousCutoff && previous ? { previousCutoff: toApiInstant(resolved.likeForLike.previousCutoff) } : {}),
    mailboxes: filters.mailboxes,
    folders: filters.folders,
    tags: filters.tags,
    types: filters.types,
  };
}
