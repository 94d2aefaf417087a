/**
 * The queries behind the page, turned into what the table and the summary show. Paged mode asks
 * the API for one page; collapsed mode for every row of the range at once (assembled and cached
 * on the server). The summary strip is the user overall report: one request in either mode, so
 * opening an agent's history costs two requests, and switching modes costs no new summary.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { HISTORY_PAGE_SIZE } from '../../../../contract/api/schemas.ts';
import { everyHistoryRowQueryOptions } from '../api/get-every-history-row.ts';
import { historyPageQueryOptions } from '../api/get-history-page.ts';
import { userReportQueryOptions } from '../api/get-user-report.ts';
import type { ExportRow } from '../lib/history-csv.ts';
import { toPageRequest, type HistoryParams } from '../../../../contract/requests/history-query.ts';
import type { HistoryOptions } from '../../../../contract/url-state/history-url-state.ts';
import { COLLAPSE_DONE_MARK } from '../lib/marks.ts';
import { summaryFromUserReport, type RangeSummary } from '../lib/range-summary.ts';
import { sortConversations } from '../lib/sort-conversations.ts';

interface Failure {
  error: Error;
  retry: () => void;
  retrying: boolean;
}

export type TableModel =
  | { kind: 'loading' }
  | ({ kind: 'error' } & Failure)
  | { kind: 'too-many-pages'; pages: number; count: number; pageCap: number | null }
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
  | { kind: 'ready'; summary: RangeSummary; updating: boolean };

type View = Pick<HistoryOptions, 'page' | 'sortField' | 'sortOrder' | 'collapse'>;

export function useHistoryReport(params: HistoryParams, view: View) {
  const pageQuery = useQuery({ ...historyPageQueryOptions(params, toPageRequest(view)), enabled: !view.collapse, placeholderData: keepPreviousData });
  const everyRow = useQuery({ ...everyHistoryRowQueryOptions(params), enabled: view.collapse, placeholderData: keepPreviousData });
  const userReport = useQuery({ ...userReportQueryOptions(params), placeholderData: keepPreviousData });
  const complete = everyRow.data?.kind === 'complete' ? everyRow.data : undefined;

  const sorted = useMemo(
    () => (view.collapse && complete ? sortConversations(complete.conversations, view.sortField, view.sortOrder) : []),
    [view.collapse, complete, view.sortField, view.sortOrder],
  );
  const summary = useMemo(() => (userReport.data ? summaryFromUserReport(userReport.data.data.current) : undefined), [userReport.data]);
  const collapsedShown = view.collapse && complete !== undefined && !everyRow.isPlaceholderData;

  useEffect(() => {
    if (collapsedShown) performance.mark(COLLAPSE_DONE_MARK, { detail: { replies: complete.count, pages: complete.pages, conversations: complete.conversations.length } });
  }, [collapsedShown, complete]);

  let table: TableModel;
  if (view.collapse) {
    if (everyRow.isError) table = { kind: 'error', error: everyRow.error, retry: () => void everyRow.refetch(), retrying: everyRow.isFetching };
    else if (everyRow.data?.kind === 'too-many-pages') table = { kind: 'too-many-pages', pages: everyRow.data.pages, count: everyRow.data.count, pageCap: everyRow.data.pageCap };
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
  if (userReport.isError) summaryModel = { kind: 'error', error: userReport.error, retry: () => void userReport.refetch(), retrying: userReport.isFetching };
  else if (summary) summaryModel = { kind: 'ready', summary, updating: userReport.isPlaceholderData };
  else summaryModel = { kind: 'loading' };

  return { table, summary: summaryModel, stale: userReport.data?.stale ?? null };
}
