/** The export's header block: who, when, which filters, and which rows the file holds. */
import { describeFilters, type FilterNames } from '../../../lib/report-filters/describe-filters.ts';
import type { ResolvedReportFilters } from '../../../../contract/url-state/report-filters.ts';
import { describeSort } from './history-columns.ts';
import type { HistoryParams } from '../../../../contract/requests/history-query.ts';
import type { HistoryState } from '../../../../contract/url-state/history-url-state.ts';

/** The rows in the file: as the table shows them, or every reply of the range. */
export type ExportedRows =
  | { kind: 'collapsed'; conversations: number; replies: number }
  | { kind: 'page'; page: number; pages: number; rows: number; replies: number }
  /** Every reply of the range, whatever the page: the all-rows answer, in reply order. */
  | { kind: 'all-replies'; replies: number };

/** The history report has no comparison and no bucket size. */
const NOT_APPLICABLE = new Set(['Comparison', 'View by']);

function describeRows(rows: ExportedRows): string {
  const n = (value: number) => value.toLocaleString('en-US');
  switch (rows.kind) {
    case 'collapsed':
      return `One line per conversation (duplicates collapsed): ${n(rows.conversations)} conversations, ${n(rows.replies)} replies`;
    case 'page':
      return `One line per reply: page ${n(rows.page)} of ${n(rows.pages)}, ${n(rows.rows)} of ${n(rows.replies)} replies`;
    case 'all-replies':
      return `One line per reply: every reply of the range, all ${n(rows.replies)} replies`;
  }
}

export function historyExportHeader(input: {
  state: HistoryState;
  resolved: ResolvedReportFilters;
  names: FilterNames;
  params: HistoryParams;
  userLabel: string;
  rows: ExportedRows;
  exportedAt: string;
}): [string, string][] {
  const { state, resolved, names, params, rows } = input;
  return [
    ['Report', 'User conversation history'],
    ['User', input.userLabel],
    ...describeFilters(state, resolved, names).filter(([label]) => !NOT_APPLICABLE.has(label)),
    ['Instants sent (UTC)', `${params.start} to ${params.end}`],
    ['Office hours', state.officeHours ? 'Yes: times count only office hours' : 'No: times count every hour'],
    ['Rows', describeRows(rows)],
    // The all-rows answer comes in reply order, whatever order the table is in.
    ['Sorted by', rows.kind === 'all-replies' ? describeSort(null, 'asc') : describeSort(state.sortField, state.sortOrder)],
    ['Exported at', input.exportedAt],
  ];
}
