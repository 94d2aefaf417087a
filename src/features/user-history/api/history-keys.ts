/** Query keys of the history report, generic to specific. */
import type { HistoryPageRequest, HistoryParams } from '../../../../contract/requests/history-query.ts';

export const historyKeys = {
  all: ['user-history'] as const,
  pages: () => [...historyKeys.all, 'page'] as const,
  page: (params: HistoryParams, request: HistoryPageRequest) => [...historyKeys.pages(), params, request] as const,
  /** Every row of the range: feeds the collapsed table and its export. */
  everyRow: (params: HistoryParams) => [...historyKeys.all, 'every-row', params] as const,
  /** The user overall report behind the summary strip. */
  userReport: (params: HistoryParams) => [...historyKeys.all, 'user-report', params] as const,
};
