/** The drilldown request of one bucket: its own range, the report's filters, a page of rows. */
import type { QueryParams } from '../api/query-string.ts';
import { filterParams } from './filter-params.ts';
import type { ReportQuery } from '../url-state/report-query.ts';

export const NEW_DRILLDOWN_PATH = '/v1/reports/conversations/new-drilldown.json';

export interface DrilldownParams extends Pick<ReportQuery, 'mailboxes' | 'folders' | 'tags' | 'types'> {
  /** The bucket's first and last second (UTC instants, both inclusive). */
  start: string;
  end: string;
  page: number;
  rows: number;
}

/** The bucket's range and the report's filters; zone and bucket size play no part in a list. */
export function toDrilldownParams(report: ReportQuery, bucket: { start: string; end: string }, page: number, rows: number): DrilldownParams {
  return { start: bucket.start, end: bucket.end, mailboxes: report.mailboxes, folders: report.folders, tags: report.tags, types: report.types, page, rows };
}

export function drilldownRequestParams(params: DrilldownParams): QueryParams {
  return {
    start: params.start,
    end: params.end,
    ...filterParams(params),
    page: params.page === 1 ? undefined : params.page,
    rows: params.rows,
  };
}
