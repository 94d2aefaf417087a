/** Everything the page draws from one API answer, derived in one place. */
import type { ViewBy } from '../../../../contract/api/schemas.ts';
import { formatCutoff, formatDayRange } from '../../../lib/dates/format.ts';
import { calendarDateIn } from '../../../../contract/dates/zoned.ts';
import type { NewConversationsResult } from '../api/get-new-conversations.ts';
import { toComparisonSeries, type ComparisonRow } from './comparison-series.ts';
import { summarizeComparison, type Headline } from './headline.ts';

export interface ReportView {
  rows: ComparisonRow[];
  headline: Headline;
  viewBy: ViewBy;
  tz: string;
  hasComparison: boolean;
  /** "Oct 22 – Nov 20, 2026", in the report's zone. */
  rangeLabel: string;
  previousLabel: string | null;
  /** No conversation in either range. */
  isEmpty: boolean;
  /** The current range starts after now: empty because it has not begun, not because of the filters. */
  notStarted: boolean;
  /** "Thu, Nov 19, 15:30": where the comparison's "so far" stops; null without one. */
  samePointLabel: string | null;
  /** The position whose comparison bucket holds that point, for the chart's mark. */
  samePointIndex: number | null;
}

function rowHolding(rows: readonly ComparisonRow[], instant: string): number | null {
  const t = Date.parse(instant);
  const row = rows.find((r) => r.previous && Date.parse(r.previous.start) <= t && t < Date.parse(r.previous.end) + 1000);
  return row ? row.index : null;
}

function daysLabel(start: string, end: string, tz: string): string {
  return formatDayRange({ start: calendarDateIn(new Date(start), tz), end: calendarDateIn(new Date(end), tz) });
}

/** Labels come from the answer's own query, so a chart kept while the next one loads stays truthful. */
export function toReportView({ params, report }: Pick<NewConversationsResult, 'params' | 'report'>, now: Date): ReportView {
  const hasComparison = params.previousStart !== undefined && params.previousEnd !== undefined;
  const rows = toComparisonSeries(report, {
    end: params.end,
    ...(hasComparison && params.previousEnd ? { previousEnd: params.previousEnd } : {}),
    now,
  });
  const headline = summarizeComparison(rows, hasComparison, report.likeForLike);
  const sameAt = headline.soFar?.previousCutoff;
  return {
    rows,
    headline,
    viewBy: params.viewBy,
    tz: params.tz,
    hasComparison,
    rangeLabel: daysLabel(params.start, params.end, params.tz),
    previousLabel: hasComparison && params.previousStart && params.previousEnd ? daysLabel(params.previousStart, params.previousEnd, params.tz) : null,
    isEmpty: headline.currentTotal === 0 && (headline.previousTotal ?? 0) === 0,
    notStarted: now.getTime() < Date.parse(params.start),
    samePointLabel: sameAt ? formatCutoff(sameAt, params.tz) : null,
    samePointIndex: sameAt ? rowHolding(rows, sameAt) : null,
  };
}
