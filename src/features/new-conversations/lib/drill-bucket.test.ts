import { describe, expect, it } from 'vitest';
import type { ComparisonRow } from './comparison-series.ts';
import { drillDateOf, findDrillBucket } from './drill-bucket.ts';

const row = (index: number, start: string, end: string, status: 'complete' | 'partial' | 'future' = 'complete'): ComparisonRow => ({
  index,
  current: { start, end, count: index, status, partial: false },
  previous: null,
});

// Berlin days: local midnight is 23:00Z the evening before (winter time).
const rows = [
  row(0, '2026-01-04T23:00:00Z', '2026-01-05T22:59:59Z'),
  row(1, '2026-01-05T23:00:00Z', '2026-01-06T22:59:59Z', 'partial'),
  row(2, '2026-01-06T23:00:00Z', '2026-01-07T22:59:59Z', 'future'),
];

describe(findDrillBucket.name, () => {
  it("finds the bucket by its first day in the report's zone, not in UTC", () => {
    expect(findDrillBucket(rows, '2026-01-05', 'Europe/Berlin')?.count).toBe(0);
    expect(findDrillBucket(rows, '2026-01-06', 'Europe/Berlin')?.count).toBe(1);
    expect(findDrillBucket(rows, '2026-01-04', 'Europe/Berlin')).toBeNull();
  });

  it('opens nothing for a bucket that has not started, or a date outside the range', () => {
    expect(findDrillBucket(rows, '2026-01-07', 'Europe/Berlin')).toBeNull();
    expect(findDrillBucket(rows, '2025-12-01', 'Europe/Berlin')).toBeNull();
  });

  it('round-trips with drillDateOf', () => {
    for (const r of rows.slice(0, 2)) expect(findDrillBucket(rows, drillDateOf(r.current!, 'Europe/Berlin'), 'Europe/Berlin')).toBe(r.current);
  });
});
