/**
 * The CSV export: a header block recording the view (user, range, filters, office hours, zone,
 * sort), a blank line, then the rows on screen with exact seconds rather than rounded durations.
 */
import type { HistoryRow } from '../../../../contract/api/schemas.ts';
import { toCsv, type CsvCell } from '../../../lib/format/csv.ts';
import { helpScoutConversationUrl } from '../../../../contract/requests/history-query.ts';

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

export function buildHistoryCsv(header: readonly (readonly [string, string])[], rows: readonly ExportRow[], collapsed: boolean): string {
  const lines: CsvCell[][] = header.map(([label, value]) => [label, value]);
  lines.push([], collapsed ? [...COLUMNS, 'Your replies'] : [...COLUMNS]);
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
      // 0 means not resolved yet: left empty, as the table shows a dash.
      row.resolveTime > 0 ? row.resolveTime : null,
      row.repliesSent,
      row.avgHandleTime,
    ];
    if (collapsed) cells.push(row.yourReplies ?? null);
    lines.push(cells);
  }
  return toCsv(lines);
}
