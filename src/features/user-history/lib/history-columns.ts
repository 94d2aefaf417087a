/** Column names, shared by the table, the sort description and the export. */
import type { SortOrder } from '../../../../contract/api/schemas.ts';
import type { HistorySortField } from '../../../../contract/url-state/sort-fields.ts';
import { officeHoursLabel } from './resolve-state.ts';

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

/** The columns whose seconds count only office hours when office hours are on (handle time is work time, unaffected). */
export const OFFICE_HOURS_FIELDS: ReadonlySet<HistorySortField> = new Set(['responseTime', 'firstResponseTime', 'resolveTime']);

/** A column's header: time columns say when they count office hours only. */
export function columnLabel(field: HistorySortField, officeHours: boolean): string {
  return officeHours && OFFICE_HOURS_FIELDS.has(field) ? officeHoursLabel(COLUMN_LABELS[field], true) : COLUMN_LABELS[field];
}

export function describeSort(field: HistorySortField | null, order: SortOrder): string {
  if (field === null) return order === 'asc' ? 'Reply time, oldest first' : 'Reply time, newest first';
  return `${COLUMN_LABELS[field]}, ${order === 'asc' ? 'ascending' : 'descending'}`;
}
