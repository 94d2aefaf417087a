/**
 * The queries behind the page, turned into what the table and the summary show. Paged mode asks
 * the API for one page; once it is on screen, every page of the range loads in the background
 * for the summary. Collapsed mode needs every page for the table itself. Both read the same
 * every-row query, so switching between them costs no request.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { HISTORY_PAGE_SIZE } from '../../../../contract/api/schemas.ts';
import { everyHistoryRowProgressQueryOptions, everyHistoryRowQueryOptions, MAX_HISTORY_PAGES } from '../api/get-every-history-row.ts';
import { historyPageQueryOptions } from '../api/get-history-page.ts';
import type { ExportRow } from '../lib/history-csv.ts';
import { toPageRequest, type HistoryParams } from '../../../../contract/requests/history-query.ts';
import { summarizeHistory, type HistorySummary } from '../lib/history-summary.ts';
import type { HistoryOptions } from '../../../../contract/url-state/history-url-state.ts';
import { COLLAPSE_DONE_MARK } from '../lib/marks.ts';
import { sortConversations } from '../lib/sort-conversations.ts';

interface Failure {
  error: Error;
  retry: () => void;
  retrying: boolean;
}

export type TableModel =
  | { kind: 'loading' }
  | ({ kind: 'error' } & Failure)
  | { kind: 'too-many-pages'; pages: number; count: number }
  | {
      kind: 'rows';
      /** On screen. */
      rows: ExportRow[];
      /** What an export holds: the page on screen, or every collapsed conversation in table order. */
      exportRows: ExportRow[];
      page: number;
      pages: number;
      replies: number;
      /** null: paged, one row per reply. */
      conversations: number | null;
      updating: boolean;
    };

export type SummaryModel =
  | { kind: 'loading' }
  | ({ kind: 'error' } & Failure)
  | { kind: 'too-many-pages'; pages: number }
  | { kind: 'ready'; summary: HistorySummary; updating: boolean };

type View = Pick<HistoryOptions, 'page' | 'sortField' | 'sortOrder' | 'collapse'>;

export function useHistoryReport(params: HistoryParams, view: View) {
  const pageQuery = useQuery({ ...historyPageQueryOptions(params, toPageRequest(view)), enabled: !view.collapse, placeholderData: keepPreviousData });
  const page = pageQuery.isPlaceholderData ? undefined : pageQuery.data;
  const wantsEveryRow = view.collapse || (page !== undefined && page.count > 0 && page.pages <= MAX_HISTORY_PAGES);
  const everyRow = useQuery({ ...everyHistoryRowQueryOptions(params), enabled: wantsEveryRow, placeholderData: keepPreviousData });
  const progress = useQuery(everyHistoryRowProgressQueryOptions(params)).data;
  const complete = everyRow.data?.kind === 'complete' ? everyRow.data : undefined;
  const everyRowFailure: Failure | undefined = everyRow.isError
    ? { error: everyRow.error, retry: () => void everyRow.refetch(), retrying: everyRow.isFetching }
    : undefined;

  const sorted = useMemo(
    () => (view.collapse && complete ? sortConversations(complete.conversations, view.sortField, view.sortOrder) : []),
    [view.collapse, complete, view.sortField, view.sortOrder],
  );
  const summary = useMemo(() => (complete ? summarizeHistory(complete.conversations) : undefined), [complete]);
  const collapsedShown = view.collapse && complete !== undefined && !everyRow.isPlaceholderData;

  useEffect(() => {
    if (collapsedShown) performance.mark(COLLAPSE_DONE_MARK, { detail: { replies: complete.count, pages: complete.pages, conversations: complete.conversations.length } });
  }, [collapsedShown, complete]);

  let table: TableModel;
  if (view.collapse) {
    if (everyRowFailure) table = { kind: 'error', ...everyRowFailure };
    else if (everyRow.data?.kind === 'too-many-pages') table = { kind: 'too-many-pages', pages: everyRow.data.pages, count: everyRow.data.count };
    else if (!complete) table = { kind: 'loading' };
    else {
      const from = (view.page - 1) * HISTORY_PAGE_SIZE;
      table = {
        kind: 'rows',
        rows: sorted.slice(from, from + HISTORY_PAGE_SIZE),
        exportRows: sorted,
        page: view.page,
        pages: Math.ceil(sorted.length / HISTORY_PAGE_SIZE),
        replies: complete.count,
        conversations: complete.conversations.length,
        updating: everyRow.isPlaceholderData,
      };
    }
  } else if (pageQuery.isError) {
    table = { kind: 'error', error: pageQuery.error, retry: () => void pageQuery.refetch(), retrying: pageQuery.isFetching };
  } else if (!pageQuery.data) {
    table = { kind: 'loading' };
  } else {
    const data = pageQuery.data;
    table = { kind: 'rows', rows: data.results, exportRows: data.results, page: data.page, pages: data.pages, replies: data.count, conversations: null, updating: pageQuery.isPlaceholderData };
  }

  let summaryModel: SummaryModel;
  if (everyRowFailure) summaryModel = { kind: 'error', ...everyRowFailure };
  else if (everyRow.data?.kind === 'too-many-pages') summaryModel = { kind: 'too-many-pages', pages: everyRow.data.pages };
  else if (!view.collapse && page && page.pages > MAX_HISTORY_PAGES) summaryModel = { kind: 'too-many-pages', pages: page.pages };
  else if (summary) summaryModel = { kind: 'ready', summary, updating: everyRow.isPlaceholderData || (wantsEveryRow && everyRow.isFetching) };
  else summaryModel = { kind: 'loading' };

  return { table, summary: summaryModel, progress: everyRow.isFetching ? progress : undefined };
}
