import { queryOptions } from '@tanstack/react-query';
import { apiGetAnswer, type RequestExtras, type RequestOptions, type StaleNote } from '../../../lib/api/client.ts';
import { newConversationsReportSchema, type NewConversationsReport } from '../../../../contract/api/schemas.ts';
import type { ReportQuery } from '../../../../contract/url-state/report-query.ts';
import { NEW_CONVERSATIONS_PATH, newConversationsRequestParams } from '../../../../contract/requests/report-request.ts';

/** Query of the report, as the API takes it: the shared filters' own form. */
export type NewConversationsParams = ReportQuery;

export const newConversationsKeys = {
  all: ['new-conversations'] as const,
  reports: () => [...newConversationsKeys.all, 'report'] as const,
  report: (params: NewConversationsParams) => [...newConversationsKeys.reports(), params] as const,
};

/** The report together with the query it answers, so a kept previous chart keeps its own labels. */
export interface NewConversationsResult {
  params: NewConversationsParams;
  report: NewConversationsReport;
  /** Set when the server served its last good answer while Help Scout throttles or fails. */
  stale: StaleNote | null;
}

export async function getNewConversations(params: NewConversationsParams, init: RequestOptions = {}): Promise<NewConversationsResult> {
  const query = newConversationsRequestParams(params);
  const { data: report, stale } = await apiGetAnswer(NEW_CONVERSATIONS_PATH, query, newConversationsReportSchema, init);
  return { params, report, stale };
}

/** `request`: what the screen adds to the call (the wall: its token and cache mode); not part of the key. */
export function newConversationsQueryOptions(params: NewConversationsParams, request: RequestExtras = {}) {
  return queryOptions({
    queryKey: newConversationsKeys.report(params),
    queryFn: ({ signal }) => getNewConversations(params, { ...request, signal }),
  });
}
