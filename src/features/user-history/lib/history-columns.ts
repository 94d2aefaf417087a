/** Column names, shared by the table, the sort description and the export. */
import type { SortOrder } from '../../../../contract/api/schemas.ts';
import type { HistorySortField } from '../../../../contract/url-state/sort-fields.ts';

export const COLUMN_LABELS: Record<HistorySortField, string> = {
  number: 'Conversation',
  status: 'Status',
  customers: 'Customers',
  responseTime: 'Response time',
  firstResponseTime: 'First response time',
  resolveTime: 'Resolve time',
  repliesSent: 'Replies sent',
  avgHandleTime: 'Avg handle time',
  yourReplies: 'Your replies',
};

export function describeSort(field: HistorySortField | null, order: SortOrder): string {
  if (field === null) return order === 'asc' ? 'Reply time, oldest first' : 'Reply time, newest first';
  return `${COLUMN_LABELS[field]}, ${order === 'asc' ? 'ascending' : 'descending'}`;
}
