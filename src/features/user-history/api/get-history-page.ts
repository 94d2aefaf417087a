import { queryOptions } from '@tanstack/react-query';
import { apiGet, type RequestOptions } from '../../../lib/api/client.ts';
import { historyReportSchema, type HistoryReport } from '../../../../contract/api/schemas.ts';
import { HISTORY_PATH, historyPageRequestParams, type HistoryPageRequest, type HistoryParams } from '../../../../contract/requests/history-query.ts';
import { historyKeys } from './history-keys.ts';

export function getHistoryPage(params: HistoryParams, request: HistoryPageRequest, init: RequestOptions = {}): Promise<HistoryReport> {
  const query = historyPageRequestParams(params, request);
  return apiGet(HISTORY_PATH, query, historyReportSchema, init);
}

export function historyPageQueryOptions(params: HistoryParams, request: HistoryPageRequest) {
  return queryOptions({
    queryKey: historyKeys.page(params, request),
    queryFn: ({ signal }) => getHistoryPage(params, request, { signal }),
  });
}
