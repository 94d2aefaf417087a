/**
 * Upstream query strings, rebuilt from the typed (already validated) queries: only the
 * parameters Help Scout documents, in a fixed order, so equal questions make equal cache keys.
 * Nothing from the browser's own query string or headers reaches Help Scout.
 */
import type { HistoryQuery, NewConversationsQuery, ReportFilters } from '../types.ts';

export type ApiVersion = 'v1' | 'v2';

/** Help Scout's documented form: UTC, whole seconds. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function setFilters(params: URLSearchParams, q: ReportFilters): void {
  if (q.mailboxes.length) params.set('mailboxes', q.mailboxes.join(','));
  if (q.folders.length) params.set('folders', q.folders.join(','));
  if (q.tags.length) params.set('tags', q.tags.join(','));
  if (q.types.length) params.set('types', q.types.join(','));
}

export function newConversationsParams(q: NewConversationsQuery): URLSearchParams {
  const params = new URLSearchParams({ start: isoSeconds(q.start), end: isoSeconds(q.end) });
  if (q.previous) {
    params.set('previousStart', isoSeconds(q.previous.start));
    params.set('previousEnd', isoSeconds(q.previous.end));
  }
  setFilters(params, q);
  // Help Scout picks its own default resolution; ask for one only when the caller did.
  if (q.viewByExplicit) params.set('viewBy', q.viewBy);
  // q.tz is a Pulseboard extension for the demo account: Help Scout buckets in the account's zone.
  return params;
}

export function historyParams(q: HistoryQuery, api: ApiVersion): URLSearchParams {
  const params = new URLSearchParams({
    start: isoSeconds(q.start),
    end: isoSeconds(q.end),
    user: String(q.user),
    page: String(q.page),
  });
  setFilters(params, q);
  params.set('officeHours', api === 'v2' ? String(q.officeHours) : q.officeHours ? '1' : '0');
  if (q.sortField) {
    params.set('sortField', q.sortField);
    params.set('sortOrder', q.sortOrder.toUpperCase());
  }
  return params;
}

export function pageParams(page: number): URLSearchParams {
  return new URLSearchParams({ page: String(page) });
}
