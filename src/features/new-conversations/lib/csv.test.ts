import { describe, expect, it } from 'vitest';
import type { ComparisonRow } from './comparison-series.ts';
import { buildReportCsv } from './csv.ts';

describe(buildReportCsv.name, () => {
  const rows: ComparisonRow[] = [
    {
      index: 0,
      current: { start: '2026-03-28T23:00:00Z', end: '2026-03-29T21:59:59Z', count: 12, status: 'complete', partial: true },
      previous: { start: '2026-03-27T23:00:00Z', end: '2026-03-28T22:59:59Z', count: 9, partial: true },
    },
    {
      index: 1,
      current: { start: '2026-03-29T22:00:00Z', end: '2026-03-30T21:59:59Z', count: 3, status: 'partial', partial: false },
      previous: null,
    },
    {
      index: 2,
      current: { start: '2026-03-30T22:00:00Z', end: '2026-03-31T21:59:59Z', count: 0, status: 'future', partial: false },
      previous: null,
    },
  ];

  it('writes the header block, a blank line, then local bucket spans, counts and notes (partial: cut by the range)', () => {
    const csv = buildReportCsv([['Range', 'Custom'], ['Time zone', 'Europe/Berlin']], rows, 'Europe/Berlin');
    expect(csv.split('\r\n')).toEqual([
      'Range,Custom',
      'Time zone,Europe/Berlin',
      '',
      'Bucket start,Bucket end,New conversations,Note,Previous bucket start,Previous bucket end,Previous,Previous note',
      '2026-03-29T00:00:00+01:00,2026-03-29T23:59:59+02:00,12,partial,2026-03-28T00:00:00+01:00,2026-03-28T23:59:59+01:00,9,partial',
      '2026-03-30T00:00:00+02:00,2026-03-30T23:59:59+02:00,3,in progress,,,,',
      '2026-03-31T00:00:00+02:00,2026-03-31T23:59:59+02:00,,not started,,,,',
      '',
    ]);
  });
});
