/**
 * The CSV export: a header block that records what the view shows (range, comparison, filters,
 * time zone), a blank line, then one line per bucket with its local start and both counts.
 */
import { toLocalIsoString } from '../../../../contract/dates/zoned.ts';
import { toCsv, type CsvCell } from '../../../lib/format/csv.ts';
import type { ComparisonRow } from './comparison-series.ts';

export const CSV_COLUMNS = ['Bucket start', 'New conversations', 'Note', 'Previous bucket start', 'Previous'] as const;

export function noteFor(row: ComparisonRow): string {
  if (row.current?.status === 'partial') return 'in progress';
  if (row.current?.status === 'future') return 'not started';
  return '';
}

/** Counts of buckets that have not started are left empty, as the table leaves them. */
export function buildReportCsv(header: readonly (readonly [string, string])[], rows: readonly ComparisonRow[], tz: string): string {
  const lines: CsvCell[][] = header.map(([label, value]) => [label, value]);
  lines.push([]);
  lines.push([...CSV_COLUMNS]);
  for (const row of rows) {
    const { current, previous } = row;
    lines.push([
      current ? toLocalIsoString(current.start, tz) : null,
      current && current.status !== 'future' ? current.count : null,
      noteFor(row),
      previous ? toLocalIsoString(previous.start, tz) : null,
      previous ? previous.count : null,
    ]);
  }
  return toCsv(lines);
}
