/**
 * Every row of the range, for the collapsed table and the summary. The listing is fetched in the
 * API's default order (the order replies were sent): new replies only append to its end, so its
 * pages cannot shift under us while they load, as a sorted listing's could.
 */
import { queryOptions, skipToken } from '@tanstack/react-query';
import type { HistoryRow } from '../../../../contract/api/schemas.ts';
import { collapseRepliesByConversation, mergePages, type ConversationRow } from '../lib/collapse.ts';
import { replyOrderPage, type HistoryParams } from '../../../../contract/requests/history-query.ts';
import { loadAllPages, throttleProgress, type PageProgress } from '../lib/load-all-pages.ts';
import type { RequestExtras } from '../../../lib/api/client.ts';
import { getHistoryPage } from './get-history-page.ts';
import { historyKeys } from './history-keys.ts';

/** Past this, the page asks for a narrower range instead of sending hundreds of requests. */
export const MAX_HISTORY_PAGES = 200;
export const HISTORY_CONCURRENCY = 4;
/** How often the "page n of m" progress may change on screen. */
const PROGRESS_INTERVAL_MS = 250;

export type EveryHistoryRow =
  | { kind: 'complete'; count: number; pages: number; rows: HistoryRow[]; conversations: ConversationRow[] }
  | { kind: 'too-many-pages'; count: number; pages: number };

export async function getEveryHistoryRow(
  params: HistoryParams,
  options: { signal?: AbortSignal; onProgress?: (progress: PageProgress) => void; request?: RequestExtras } = {},
): Promise<EveryHistoryRow> {
  const { request, ...loading } = options;
  const result = await loadAllPages({
    fetchPage: (page, signal) => getHistoryPage(params, replyOrderPage(page), { ...request, signal }),
    pageCount: (page) => page.pages,
    concurrency: HISTORY_CONCURRENCY,
    maxPages: MAX_HISTORY_PAGES,
    ...loading,
  });
  if (result.kind === 'too-many-pages') return { kind: 'too-many-pages', count: result.first.count, pages: result.total };
  const rows = mergePages(result.pages);
  return {
    kind: 'complete',
    count: rows.length,
    pages: result.pages[0]?.pages ?? 0,
    rows,
    conversations: collapseRepliesByConversation(rows),
  };
}

/** `request`: what the screen adds to each call (the wall: its token and cache mode); not part of the key. */
export function everyHistoryRowQueryOptions(params: HistoryParams, request: RequestExtras = {}) {
  return queryOptions({
    queryKey: historyKeys.everyRow(params),
    queryFn: ({ signal, client }) =>
      getEveryHistoryRow(params, {
        signal,
        request,
        onProgress: throttleProgress((progress) => client.setQueryData(historyKeys.everyRowProgress(params), progress), PROGRESS_INTERVAL_MS),
      }),
    // Hundreds of requests: worth keeping a little longer than a single page.
    staleTime: 2 * 60_000,
  });
}

/** The loader's progress, written into the cache as pages land; never fetched on its own. */
export function everyHistoryRowProgressQueryOptions(params: HistoryParams) {
  return queryOptions<PageProgress>({
    queryKey: historyKeys.everyRowProgress(params),
    queryFn: skipToken,
    staleTime: Infinity,
  });
}
