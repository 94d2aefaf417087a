import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api/client.ts';
import { newConversationsReportSchema, type NewConversationsReport, type ViewBy } from '../../../lib/api/schemas.ts';
import type { ReportQuery } from '../../filters/lib/report-query.ts';
import { defaultViewByForInstants } from '../../../lib/dates/view-by.ts';

/** Query of the report, as the API takes it: the shared filters' own form. */
export type NewConversationsParams = ReportQuery;

export const newConversationsKeys = {
  all: ['new-conversations'] as const,
  reports: () => [...newConversationsKeys.all, 'report'] as const,
  report: (params: NewConversationsParams) => [...newConversationsKeys.reports(), params] as const,
};

const list = (values: readonly (number | string)[]) => (values.length > 0 ? values.join(',') : undefined);

/** The report together with the query it answers, so a kept previous chart keeps its own labels. */
export interface NewConversationsResult {
  params: NewConversationsParams;
  report: NewConversationsReport;
}

/**
 * viewBy goes out only when it differs from the API's default: the API checks an explicit viewBy
 * against the previous range too, and 120 days of days against 122 days of whole months would fail.
 */
function viewByToSend(params: NewConversationsParams): ViewBy | undefined {
  const fallback = defaultViewByForInstants(new Date(params.start), new Date(params.end));
  return params.viewBy === fallback ? undefined : params.viewBy;
}

export async function getNewConversations(params: NewConversationsParams, signal?: AbortSignal): Promise<NewConversationsResult> {
  const query = {
    start: params.start,
    end: params.end,
    previousStart: params.previousStart,
    previousEnd: params.previousEnd,
    viewBy: viewByToSend(params),
    tz: params.tz,
    mailboxes: list(params.mailboxes),
    folders: list(params.folders),
    tags: list(params.tags),
    types: list(params.types),
  };
  const report = await apiGet('/v1/reports/conversations/new.json', query, newConversationsReportSchema, signal ? { signal } : {});
  return { params, report };
}

export function newConversationsQueryOptions(params: NewConversationsParams) {
  return queryOptions({
    queryKey: newConversationsKeys.report(params),
    queryFn: ({ signal }) => getNewConversations(params, signal),
  });
}
