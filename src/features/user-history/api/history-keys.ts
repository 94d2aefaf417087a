/** Query keys of the history report, generic to specific. */
import type { HistoryPageRequest, HistoryParams } from '../../../../contract/requests/history-query.ts';

export const historyKeys = {
  all: ['user-history'] as const,
  pages: () => [...historyKeys.all, 'page'] as const,
  page: (params: HistoryParams, request: HistoryPageRequest) => [...historyKeys.pages(), params, request] as const,
  /** Every row of the range: feeds the collapsed table and the summary, so toggling collapse is free. */
  everyRow: (params: HistoryParams) => [...historyKeys.all, 'every-row', params] as const,
  everyRowProgress: (params: HistoryParams) => [...historyKeys.all, 'every-row-progress', params] as const,
};
