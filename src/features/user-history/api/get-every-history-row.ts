/**
 * Every row of the range, for the collapsed table, its export and the wall's panels: one request.
 * The server reads the pages (in reply order, which only appends) and keeps the assembled answer
 * in its cache, so a second viewer of the same view costs the account nothing.
 */
import { queryOptions } from '@tanstack/react-query';
import { allHistoryRowsSchema, type HistoryRow } from '../../../../contract/api/schemas.ts';
import { ALL_HISTORY_PATH, allRowsRequestParams, type HistoryParams } from '../../../../contract/requests/history-query.ts';
import { apiGet, type RequestExtras, type RequestOptions } from '../../../lib/api/client.ts';
import { collapseRepliesByConversation, type ConversationRow } from '../lib/collapse.ts';
import { historyKeys } from './history-keys.ts';

export type EveryHistoryRow =
  | { kind: 'complete'; count: number; pages: number; rows: HistoryRow[]; conversations: ConversationRow[] }
  /** More pages than the server may read for one answer (`pageCap`): it sent none. */
  | { kind: 'too-many-pages'; count: number; pages: number; pageCap: number | null };

export async function getEveryHistoryRow(params: HistoryParams, init: RequestOptions = {}): Promise<EveryHistoryRow> {
  const answer = await apiGet(ALL_HISTORY_PATH, allRowsRequestParams(params), allHistoryRowsSchema, init);
  if (!answer.complete) return { kind: 'too-many-pages', count: answer.count, pages: answer.pages, pageCap: answer.pageCap ?? null };
  return {
    kind: 'complete',
    count: answer.results.length,
    pages: answer.pages,
    rows: answer.results,
    conversations: collapseRepliesByConversation(answer.results),
  };
}

/** `request`: what the screen adds to each call (the wall: its token and cache mode); not part of the key. */
export function everyHistoryRowQueryOptions(params: HistoryParams, request: RequestExtras = {}) {
  return queryOptions({
    queryKey: historyKeys.everyRow(params),
    queryFn: ({ signal }) => getEveryHistoryRow(params, { ...request, signal }),
    // The whole range: worth keeping a little longer than a single page.
    staleTime: 2 * 60_000,
  });
}
