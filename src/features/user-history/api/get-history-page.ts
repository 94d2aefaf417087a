import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api/client.ts';
import { historyReportSchema, type HistoryReport } from '../../../lib/api/schemas.ts';
import type { HistoryPageRequest, HistoryParams } from '../lib/history-query.ts';
import { historyKeys } from './history-keys.ts';

export const HISTORY_PATH = '/v1/reports/user/conversation-history.json';

const list = (values: readonly (number | string)[]) => (values.length > 0 ? values.join(',') : undefined);

export function getHistoryPage(params: HistoryParams, request: HistoryPageRequest, signal?: AbortSignal): Promise<HistoryReport> {
  const query = {
    user: params.user,
    start: params.start,
    end: params.end,
    mailboxes: list(params.mailboxes),
    folders: list(params.folders),
    tags: list(params.tags),
    types: list(params.types),
    officeHours: params.officeHours ? 1 : undefined,
    page: request.page,
    sortField: request.sortField ?? undefined,
    sortOrder: request.sortOrder,
  };
  return apiGet(HISTORY_PATH, query, historyReportSchema, signal ? { signal } : {});
}

export function historyPageQueryOptions(params: HistoryParams, request: HistoryPageRequest) {
  return queryOptions({
    queryKey: historyKeys.page(params, request),
    queryFn: ({ signal }) => getHistoryPage(params, request, signal),
  });
}
