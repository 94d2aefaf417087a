/**
 * The New Conversations request a page URL stands for: used by the route loader to start it, by the
 * API module to send it, and by the server to preload it with the page (server/page-hints.ts).
 */
import { listParam, type QueryParams } from '../api/query-string.ts';
import type { ViewBy } from '../api/schemas.ts';
import { defaultViewByForInstants } from '../dates/view-by.ts';
import { resolveReportFilters } from '../url-state/report-filters.ts';
import { toReportQuery, type ReportQuery } from '../url-state/report-query.ts';
import type { ParseContext } from '../url-state/url-schema.ts';
import { parseReportFilters } from '../url-state/url-state.ts';

export const NEW_CONVERSATIONS_PATH = '/v1/reports/conversations/new.json';

/** The report query of a page URL. Relative ranges are evaluated at `ctx.now`. */
export function reportQueryFromUrl(search: URLSearchParams, ctx: ParseContext): ReportQuery {
  const { state } = parseReportFilters(search, ctx);
  return toReportQuery(state, resolveReportFilters(state, ctx.now, ctx.browserTz));
}

/**
 * viewBy goes out only when it differs from the API's default: the API checks an explicit viewBy
 * against the previous range too, and 120 days of days against 122 days of whole months would fail.
 */
function viewByToSend(params: ReportQuery): ViewBy | undefined {
  const fallback = defaultViewByForInstants(new Date(params.start), new Date(params.end), params.tz);
  return params.viewBy === fallback ? undefined : params.viewBy;
}

export function newConversationsRequestParams(params: ReportQuery): QueryParams {
  return {
    start: params.start,
    end: params.end,
    previousStart: params.previousStart,
    previousEnd: params.previousEnd,
    viewBy: viewByToSend(params),
    tz: params.tz,
    // Buckets follow the calendar (weeks from weekStart, months from the 1st), cut by the range.
    align: 'calendar',
    weekStart: params.weekStart,
    cutoff: params.cutoff,
    previousCutoff: params.previousCutoff,
    mailboxes: listParam(params.mailboxes),
    folders: listParam(params.folders),
    tags: listParam(params.tags),
    types: listParam(params.types),
  };
}
