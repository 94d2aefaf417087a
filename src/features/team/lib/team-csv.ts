/** The team export: a header block recording the view, a blank line, then one line per agent with exact seconds. */
import { toCsv, type CsvCell } from '../../../lib/format/csv.ts';
import type { ReadyTeamRow } from './team-rows.ts';

export function teamCsvColumns(officeHours: boolean, comparing: boolean): string[] {
  const time = (name: string) => (officeHours ? `${name} in office hours (s)` : `${name} (s)`);
  return [
    'Agent',
    'User id',
    'Replies',
    ...(comparing ? ['Replies (comparison)', 'Replies change (%)'] : []),
    'Conversations',
    ...(comparing ? ['Conversations (comparison)', 'Conversations change (%)'] : []),
    time('Response time'),
    time('Resolve time'),
    'Handle time (s)',
  ];
}

const percent = (fraction: number | null | undefined): CsvCell => (fraction === null || fraction === undefined ? null : Math.round(fraction * 1000) / 10);

export function buildTeamCsv(header: readonly (readonly [string, string])[], rows: readonly ReadyTeamRow[], officeHours: boolean, comparing: boolean): string {
  const lines: CsvCell[][] = header.map(([label, value]) => [label, value]);
  lines.push([], teamCsvColumns(officeHours, comparing));
  for (const row of rows) {
    const { figures } = row;
    lines.push([
      row.name,
      row.id,
      figures.replies,
      ...(comparing ? [row.repliesChange?.previous ?? null, percent(row.repliesChange?.fraction)] : []),
      figures.conversations,
      ...(comparing ? [row.conversationsChange?.previous ?? null, percent(row.conversationsChange?.fraction)] : []),
      figures.responseTime,
      figures.resolutionTime,
      figures.handleTime,
    ]);
  }
  return toCsv(lines);
}
