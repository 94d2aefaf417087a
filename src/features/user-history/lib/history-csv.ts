/**
 * The CSV export: a header block recording the view (user, range, filters, office hours, zone,
 * sort), a blank line, then the rows on screen with exact seconds rather than rounded durations.
 */
import type { HistoryRow } from '../../../../contract/api/schemas.ts';
import { toCsv, type CsvCell } from '../../../lib/format/csv.ts';
import { helpScoutConversationUrl } from '../../../../contract/requests/history-query.ts';
import { resolveState } from './resolve-state.ts';

/** How a status the source did not give is shown. */
export const UNKNOWN_STATUS = '—';

export type ExportRow = HistoryRow & { yourReplies?: number };

const COLUMNS = [
  'Conversation number',
  'Conversation id',
  'Help Scout link',
  'Status',
  'Customers',
  'Response time (s)',
  'First response time (s)',
  'Resolve time (s)',
  'Replies sent',
  'Avg handle time (s)',
] as const;

/** The column names; with office hours on, the office-hours time columns say so. */
export function csvColumns(collapsed: boolean, officeHours: boolean): string[] {
  const columns = COLUMNS.map((name) => (officeHours && OFFICE_HOURS_COLUMNS.has(name) ? name.replace(' (s)', ' in office hours (s)') : name));
  return collapsed ? [...columns, 'Your replies'] : columns;
}

const OFFICE_HOURS_COLUMNS: ReadonlySet<string> = new Set(['Response time (s)', 'First response time (s)', 'Resolve time (s)']);

/** Resolve time as written: seconds when resolved (0 included), empty when open or unknown, as the table shows a dash. */
function resolveCell(row: ExportRow): CsvCell {
  const state = resolveState(row);
  return state.kind === 'resolved' ? state.seconds : null;
}

export function buildHistoryCsv(
  header: readonly (readonly [string, string])[],
  rows: readonly ExportRow[],
  collapsed: boolean,
  officeHours = false,
): string {
  const lines: CsvCell[][] = header.map(([label, value]) => [label, value]);
  lines.push([], csvColumns(collapsed, officeHours));
  for (const row of rows) {
    const cells: CsvCell[] = [
      row.number,
      row.id,
      helpScoutConversationUrl(row),
      // Unknown is written as the table shows it, never as a guess.
      row.status ?? UNKNOWN_STATUS,
      row.customers.map((c) => c.name).join('; '),
      row.responseTime,
      row.firstResponseTime,
      resolveCell(row),
      row.repliesSent,
      row.avgHandleTime,
    ];
    if (collapsed) cells.push(row.yourReplies ?? null);
    lines.push(cells);
  }
  return toCsv(lines);
}
