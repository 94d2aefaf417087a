/** The summary strip's figures: the user overall report for the page's user, range and filters, in one call. */
import { queryOptions } from '@tanstack/react-query';
import { userReportSchema, type UserReport } from '../../../../contract/api/schemas.ts';
import { USER_REPORT_PATH, userReportRequestParams, type HistoryParams } from '../../../../contract/requests/history-query.ts';
import { apiGetAnswer, type Answer, type RequestOptions } from '../../../lib/api/client.ts';
import { historyKeys } from './history-keys.ts';

/** With its stale note: the summary may be the server's last good answer while Help Scout throttles. */
export function getUserReport(params: HistoryParams, init: RequestOptions = {}): Promise<Answer<UserReport>> {
  return apiGetAnswer(USER_REPORT_PATH, userReportRequestParams(params), userReportSchema, init);
}

/** The status filter is not a parameter of this report, so views that differ only by status share it. */
export function userReportQueryOptions(params: HistoryParams) {
  return queryOptions({
    queryKey: historyKeys.userReport({ ...params, status: [] }),
    queryFn: ({ signal }) => getUserReport(params, { signal }),
  });
}
