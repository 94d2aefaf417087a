import { listParam, type QueryParams } from '../api/query-string.ts';
import type { ReportQuery } from '../url-state/report-query.ts';

/** The four list filters as every report endpoint takes them: comma-separated, absent when empty. */
export function filterParams(f: Pick<ReportQuery, 'mailboxes' | 'folders' | 'tags' | 'types'>): QueryParams {
  return { mailboxes: listParam(f.mailboxes), folders: listParam(f.folders), tags: listParam(f.tags), types: listParam(f.types) };
}
