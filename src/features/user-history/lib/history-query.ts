/** The page's URL state as the history endpoint takes it: one user, inclusive UTC instants, ids. */
import type { ConversationType, SortField, SortOrder } from '../../../lib/api/schemas.ts';
import type { ResolvedReportFilters } from '../../filters/lib/report-filters.ts';
import { toReportQuery } from '../../filters/lib/report-query.ts';
import type { HistoryState } from './history-url-state.ts';
import { isServerSortField } from './sort-fields.ts';

/** What selects the rows: everything but the page and the order. */
export interface HistoryParams {
  user: number;
  start: string;
  end: string;
  mailboxes: number[];
  folders: number[];
  tags: number[];
  types: ConversationType[];
  officeHours: boolean;
}

export interface HistoryPageRequest {
  page: number;
  sortField: SortField | null;
  sortOrder: SortOrder;
}

/** null without a user: the page asks for one and requests nothing. */
export function toHistoryParams(state: HistoryState, resolved: ResolvedReportFilters): HistoryParams | null {
  if (state.user === null) return null;
  const { start, end, mailboxes, folders, tags, types } = toReportQuery(state, resolved);
  return { user: state.user, start, end, mailboxes, folders, tags, types, officeHours: state.officeHours };
}

/** A column only the collapsed table can sort falls back to the API's reply order. */
export function toPageRequest(state: Pick<HistoryState, 'page' | 'sortField' | 'sortOrder'>): HistoryPageRequest {
  const sortField = state.sortField !== null && isServerSortField(state.sortField) ? state.sortField : null;
  return { page: state.page, sortField, sortOrder: sortField === state.sortField ? state.sortOrder : 'asc' };
}

/** Where Help Scout opens the conversation. */
export function helpScoutConversationUrl(row: { id: number; number: number }): string {
  return `https://secure.helpscout.net/conversation/${row.id}/${row.number}/`;
}
