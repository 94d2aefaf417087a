/**
 * Which columns sort where. The API sorts four fields across pages; the collapsed table holds
 * every conversation in memory, so it sorts on every column.
 */
import { SORT_FIELDS, type SortField, type SortOrder } from '../api/schemas.ts';

export const HISTORY_SORT_FIELDS = [
  ...SORT_FIELDS,
  'firstResponseTime',
  'avgHandleTime',
  'yourReplies',
  'status',
  'customers',
] as const;
export type HistorySortField = (typeof HISTORY_SORT_FIELDS)[number];

export function isServerSortField(field: HistorySortField): field is SortField {
  return (SORT_FIELDS as readonly string[]).includes(field);
}

/** The API's rule: with a field, newest/largest first; without one, the order the replies were sent. */
export function defaultSortOrder(field: HistorySortField | null): SortOrder {
  return field === null ? 'asc' : 'desc';
}

/** Columns of words, which a first click sorts A to Z (status in its lifecycle order) rather than largest first. */
const WORD_FIELDS: ReadonlySet<HistorySortField> = new Set(['customers', 'status']);

/**
 * A click on a column header: the same column flips direction, another starts at its first
 * direction: largest first for figures, A to Z for words.
 */
export function nextSort(
  current: { sortField: HistorySortField | null; sortOrder: SortOrder },
  clicked: HistorySortField,
): { sortField: HistorySortField; sortOrder: SortOrder } {
  if (current.sortField === clicked) return { sortField: clicked, sortOrder: current.sortOrder === 'asc' ? 'desc' : 'asc' };
  return { sortField: clicked, sortOrder: WORD_FIELDS.has(clicked) ? 'asc' : defaultSortOrder(clicked) };
}
