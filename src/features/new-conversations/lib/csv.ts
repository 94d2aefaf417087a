/**
 * The CSV export: a header block that records what the view shows (range, comparison, filters,
 * time zone), a blank line, then one line per bucket with its local start and end, both counts
 * and notes (a bucket the range cuts short is "partial").
 */
import { toLocalIsoString } from '../../../../contract/dates/zoned.ts';
import { toCsv, type CsvCell } from '../../../lib/format/csv.ts';
import type { ComparisonRow } from './comparison-series.ts';
import type { ReportView } from './report-view.ts';

export const CSV_COLUMNS = ['Bucket start', 'Bucket end', 'New conversations', 'Note', 'Previous bucket start', 'Previous bucket end', 'Previous', 'Previous note'] as const;

/** "partial" when the range cuts the bucket short; "in progress" or "not started" by now. */
export function noteFor(row: ComparisonRow): string {
  const notes = [row.current?.partial ? 'partial' : ''];
  if (row.current?.status === 'partial') notes.push('in progress');
  if (row.current?.status === 'future') notes.push('not started');
  return notes.filter(Boolean).join(', ');
}

export function previousNoteFor(row: ComparisonRow): string {
  return row.previous?.partial ? 'partial' : '';
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
      current ? toLocalIsoString(current.end, tz) : null,
      current && current.status !== 'future' ? current.count : null,
      noteFor(row),
      previous ? toLocalIsoString(previous.start, tz) : null,
      previous ? toLocalIsoString(previous.end, tz) : null,
      previous ? previous.count : null,
      previousNoteFor(row),
    ]);
  }
  return toCsv(lines);
}

/** While the range contains now, the CSV says what the change compares: both ranges up to the same point. */
export function soFarHeader({ headline, previousLabel, samePointLabel }: ReportView): [string, string][] {
  const { soFar, previousTotal } = headline;
  if (!soFar || previousTotal === null) return [];
  return [
    ['So far', String(soFar.current)],
    ['Comparison at the same point', `${soFar.previous} (to ${samePointLabel ?? soFar.previousCutoff})`],
    ['Comparison in all', `${previousTotal} (${previousLabel ?? ''})`],
  ];
}
