/** The CSV of one bucket's conversations: a header block saying what it is, then one line each. */
import type { DrilldownConversation } from '../../../../contract/api/schemas.ts';
import { helpScoutConversationUrl } from '../../../../contract/requests/history-query.ts';
import { toCsv, type CsvCell } from '../../../lib/format/csv.ts';

export const DRILLDOWN_CSV_COLUMNS = ['Number', 'Subject', 'Customer', 'Type', 'Status', 'Assigned', 'Tags', 'Mailbox id', 'Help Scout'] as const;

export function buildDrilldownCsv(header: readonly (readonly [string, string])[], rows: readonly DrilldownConversation[]): string {
  const lines: CsvCell[][] = header.map(([label, value]) => [label, value]);
  lines.push([]);
  lines.push([...DRILLDOWN_CSV_COLUMNS]);
  for (const row of rows) {
    lines.push([
      row.number,
      row.subject,
      row.customerName,
      row.type ?? null,
      row.status ?? null,
      row.assignedName,
      row.tags.map((tag) => tag.name).join(', '),
      row.mailboxid,
      helpScoutConversationUrl(row),
    ]);
  }
  return toCsv(lines);
}
