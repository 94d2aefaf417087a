/** The page's URL state as the history endpoint takes it: one user, inclusive UTC instants, ids. */
import { listParam, type QueryParams } from '../api/query-string.ts';
import type { ConversationType, HistoryStatusFilter, SortField, SortOrder } from '../api/schemas.ts';
import { resolveReportFilters, type ResolvedReportFilters } from '../url-state/report-filters.ts';
import { toReportQuery } from '../url-state/report-query.ts';
import type { ParseContext } from '../url-state/url-schema.ts';
import { parseHistoryState, type HistoryState } from '../url-state/history-url-state.ts';
import { isServerSortField } from '../url-state/sort-fields.ts';

/** What selects the rows: everything but the page and the order. */
export interface HistoryParams {
  user: number;
  start: string;
  end: string;
  mailboxes: number[];
  folders: number[];
  tags: number[];
  types: ConversationType[];
  officeHours: boolean;
  /** The history report's status filter; the user overall report has none. */
  status: HistoryStatusFilter[];
}

export interface HistoryPageRequest {
  page: number;
  sortField: SortField | null;
  sortOrder: SortOrder;
}

/** null without a user: the page asks for one and requests nothing. */
export function toHistoryParams(state: HistoryState, resolved: ResolvedReportFilters): HistoryParams | null {
  if (state.user === null) return null;
  const { start, end, mailboxes, folders, tags, types } = toReportQuery(state, resolved);
  return { user: state.user, start, end, mailboxes, folders, tags, types, officeHours: state.officeHours, status: [...state.status].sort() };
}

/** A column only the collapsed table can sort falls back to the API's reply order. */
export function toPageRequest(state: Pick<HistoryState, 'page' | 'sortField' | 'sortOrder'>): HistoryPageRequest {
  const sortField = state.sortField !== null && isServerSortField(state.sortField) ? state.sortField : null;
  return { page: state.page, sortField, sortOrder: sortField === state.sortField ? state.sortOrder : 'asc' };
}

export const HISTORY_PATH = '/v1/reports/user/conversation-history.json';
/** Every row of the view in one answer, assembled and cached on the server (a Pulseboard extension). */
export const ALL_HISTORY_PATH = '/v1/reports/user/conversation-history/all.json';
/** The user overall report: the summary strip's figures in one call. */
export const USER_REPORT_PATH = '/v1/reports/user.json';

/** A page of the listing in the API's own order, the order replies were sent (the collapsed table reads these). */
export const replyOrderPage = (page: number): HistoryPageRequest => ({ page, sortField: null, sortOrder: 'asc' });

/**
 * The first request a page URL stands for, or null without a user: the page of the URL, or the
 * first reply-order page when the table is collapsed. Used by the route loader, and by the server
 * to preload it with the page (server/page-hints.ts).
 */
export function firstHistoryRequestFromUrl(search: URLSearchParams, ctx: ParseContext): { state: HistoryState; params: HistoryParams; request: HistoryPageRequest } | null {
  const { state } = parseHistoryState(search, ctx);
  const params = toHistoryParams(state, resolveReportFilters(state, ctx.now, ctx.browserTz));
  if (!params) return null;
  return { state, params, request: state.collapse ? replyOrderPage(1) : toPageRequest(state) };
}

/** The user overall report for the same user, range and filters; it has no status filter. */
export function userReportRequestParams(params: HistoryParams): QueryParams {
  return {
    user: params.user,
    start: params.start,
    end: params.end,
    mailboxes: listParam(params.mailboxes),
    folders: listParam(params.folders),
    tags: listParam(params.tags),
    types: listParam(params.types),
    officeHours: params.officeHours ? 1 : undefined,
  };
}

/** What selects the rows, for the page and the all-rows endpoint alike. */
export function allRowsRequestParams(params: HistoryParams): QueryParams {
  return { ...userReportRequestParams(params), status: listParam(params.status) };
}

/** The table's first request as a path and query: every row when collapsed, else the page. */
export function firstHistoryApiRequest(first: { state: HistoryState; params: HistoryParams; request: HistoryPageRequest }): { path: string; params: QueryParams } {
  if (first.state.collapse) return { path: ALL_HISTORY_PATH, params: allRowsRequestParams(first.params) };
  return { path: HISTORY_PATH, params: historyPageRequestParams(first.params, first.request) };
}

export function historyPageRequestParams(params: HistoryParams, request: HistoryPageRequest): QueryParams {
  return { ...allRowsRequestParams(params), page: request.page, sortField: request.sortField ?? undefined, sortOrder: request.sortOrder };
}

/** Where Help Scout opens the conversation. */
export function helpScoutConversationUrl(row: { id: number; number: number }): string {
  return `https://secure.helpscout.net/conversation/${row.id}/${row.number}/`;
}
