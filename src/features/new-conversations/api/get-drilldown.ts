import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiGet, type RequestOptions } from '../../../lib/api/client.ts';
import { drilldownReportSchema, type DrilldownConversation, type DrilldownReport } from '../../../../contract/api/schemas.ts';
import { drilldownRequestParams, NEW_DRILLDOWN_PATH, type DrilldownParams } from '../../../../contract/requests/drilldown-request.ts';
import { newConversationsKeys } from './get-new-conversations.ts';

export const drilldownKeys = {
  all: () => [...newConversationsKeys.all, 'drilldown'] as const,
  page: (params: DrilldownParams) => [...drilldownKeys.all(), params] as const,
};

export function getDrilldown(params: DrilldownParams, init: RequestOptions = {}): Promise<DrilldownReport> {
  return apiGet(NEW_DRILLDOWN_PATH, drilldownRequestParams(params), drilldownReportSchema, init);
}

/** The page stays on screen while the next one loads. */
export function drilldownQueryOptions(params: DrilldownParams) {
  return queryOptions({
    queryKey: drilldownKeys.page(params),
    queryFn: ({ signal }) => getDrilldown(params, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** A bucket bigger than this is exported in part, and the file says so. */
export const MAX_EXPORT_PAGES = 40;

/** Every conversation of the bucket for the CSV: page 1 says how many pages, the rest come in parallel. */
export async function getEveryDrilldownRow(params: Omit<DrilldownParams, 'page' | 'rows'>, rows: number): Promise<{ count: number; results: DrilldownConversation[] }> {
  const first = await getDrilldown({ ...params, page: 1, rows });
  const rest = Array.from({ length: Math.min(first.conversations.pages, MAX_EXPORT_PAGES) - 1 }, (_, i) => getDrilldown({ ...params, page: i + 2, rows }));
  const pages = await Promise.all(rest);
  return { count: first.conversations.count, results: [first, ...pages].flatMap((page) => page.conversations.results) };
}
