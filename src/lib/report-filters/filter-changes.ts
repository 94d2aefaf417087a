/** State transitions of the filter bar: each returns the next canonical state. */
import { defaultViewBy, nearestViewBy } from '../../../contract/dates/view-by.ts';
import { resolveReportFilters, type ReportFilters } from '../../../contract/url-state/report-filters.ts';
import { toSearchString } from '../../../contract/url-state/url-schema.ts';
import { serializeReportFilters } from '../../../contract/url-state/url-state.ts';

export interface FilterContext {
  now: Date;
  browserTz: string;
}

/**
 * Applies `patch`, then keeps the bucket size valid: a size chosen by the user survives a range
 * change when it still fits, else moves to the nearest size that does; the range's default is
 * stored as null, so the URL stays canonical.
 */
export function changeFilters(filters: ReportFilters, patch: Partial<ReportFilters>, ctx: FilterContext): ReportFilters {
  const next = { ...filters, ...patch };
  if (next.viewBy === null) return next;
  const resolved = resolveReportFilters({ ...next, viewBy: null }, ctx.now, ctx.browserTz);
  const viewBy = nearestViewBy(next.viewBy, resolved.allowedViewBy);
  return { ...next, viewBy: viewBy === defaultViewBy(resolved.range) ? null : viewBy };
}

/** The query string of a shared link: like the page's, with the time zone pinned. */
export function shareSearch(filters: ReportFilters, browserTz: string): string {
  return toSearchString(serializeReportFilters({ ...filters, tz: filters.tz ?? browserTz }));
}

/** Folders stay selected only while one of their mailboxes is. */
export function keepFoldersOfMailboxes(
  folders: readonly number[],
  foldersOfMailboxes: ReadonlyMap<number, readonly number[]>,
  mailboxes: readonly number[],
): number[] {
  const allowed = new Set(mailboxes.flatMap((id) => foldersOfMailboxes.get(id) ?? []));
  return folders.filter((id) => allowed.has(id));
}
