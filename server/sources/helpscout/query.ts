/**
 * Upstream query strings, rebuilt from the typed (already validated) queries: only the
 * parameters Help Scout documents, in a fixed order, so equal questions make equal cache keys.
 * Nothing from the browser's own query string or headers reaches Help Scout.
 */
import type { DrilldownQuery, HistoryQuery, ReportFilters, UserReportQuery } from '../types.ts';
import type { Piece, PlannedCall } from './plan.ts';

/** Help Scout's documented form: UTC, whole seconds (milliseconds are rejected). */
export function isoSeconds(date: Date | number): string {
  return new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function setFilters(params: URLSearchParams, q: ReportFilters): void {
  if (q.mailboxes.length) params.set('mailboxes', q.mailboxes.join(','));
  if (q.folders.length) params.set('folders', q.folders.join(','));
  if (q.tags.length) params.set('tags', q.tags.join(','));
  if (q.types.length) params.set('types', q.types.join(','));
}

/**
 * One planned call. viewBy is always sent: without it Help Scout does not answer by day
 * (a recorded 7-day answer was one bucket). q.tz never goes upstream: Help Scout has no zone.
 */
export function newConversationsParams(q: ReportFilters, call: PlannedCall): URLSearchParams {
  const main: Piece = call.current ?? call.previous;
  const params = new URLSearchParams({ start: isoSeconds(main.start), end: isoSeconds(main.end) });
  if (call.current && call.previous) {
    params.set('previousStart', isoSeconds(call.previous.start));
    params.set('previousEnd', isoSeconds(call.previous.end));
  }
  setFilters(params, q);
  params.set('viewBy', main.viewBy);
  return params;
}

export function historyParams(q: HistoryQuery): URLSearchParams {
  const params = new URLSearchParams({
    start: isoSeconds(q.start),
    end: isoSeconds(q.end),
    user: String(q.user),
    page: String(q.page),
  });
  setFilters(params, q);
  if (q.status?.length) params.set('status', q.status.join(','));
  params.set('officeHours', String(q.officeHours));
  if (q.sortField) {
    params.set('sortField', q.sortField);
    params.set('sortOrder', q.sortOrder.toUpperCase());
  }
  return params;
}

/** /v2/reports/user (docs reports-user; helpscout-api-php src/Reports/User/OverallReport.php): the same filters, officeHours as true/false. */
export function userReportParams(q: UserReportQuery): URLSearchParams {
  const params = new URLSearchParams({ user: String(q.user), start: isoSeconds(q.start), end: isoSeconds(q.end) });
  if (q.previous) {
    params.set('previousStart', isoSeconds(q.previous.start));
    params.set('previousEnd', isoSeconds(q.previous.end));
  }
  setFilters(params, q);
  params.set('officeHours', String(q.officeHours));
  return params;
}

export function drilldownParams(q: DrilldownQuery): URLSearchParams {
  const params = new URLSearchParams({ start: isoSeconds(q.start), end: isoSeconds(q.end) });
  setFilters(params, q);
  params.set('page', String(q.page));
  params.set('rows', String(q.rows));
  return params;
}

export function pageParams(page: number): URLSearchParams {
  return new URLSearchParams({ page: String(page) });
}
