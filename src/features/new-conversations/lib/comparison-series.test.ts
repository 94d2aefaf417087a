import { describe, expect, it } from 'vitest';
import { bucketStatus, toComparisonSeries } from './comparison-series.ts';

const now = new Date('2026-11-20T15:30:00Z');

describe(toComparisonSeries.name, () => {
  it('pairs buckets by position and closes each at the next start', () => {
    const rows = toComparisonSeries(
      {
        current: [
          { start: '2026-11-18T00:00:00Z', count: 4 },
          { start: '2026-11-19T00:00:00Z', count: 0 },
        ],
        previous: [
          { start: '2026-11-16T00:00:00Z', count: 7 },
          { start: '2026-11-17T00:00:00Z', count: 2 },
        ],
      },
      { end: '2026-11-19T23:59:59Z', previousEnd: '2026-11-17T23:59:59Z', now },
    );
    expect(rows).toEqual([
      {
        index: 0,
        current: { start: '2026-11-18T00:00:00Z', end: '2026-11-18T23:59:59Z', count: 4, status: 'complete', partial: false },
        previous: { start: '2026-11-16T00:00:00Z', end: '2026-11-16T23:59:59Z', count: 7, partial: false },
      },
      {
        index: 1,
        current: { start: '2026-11-19T00:00:00Z', end: '2026-11-19T23:59:59Z', count: 0, status: 'complete', partial: false },
        previous: { start: '2026-11-17T00:00:00Z', end: '2026-11-17T23:59:59Z', count: 2, partial: false },
      },
    ]);
  });

  it('runs to the longer series when the ranges differ in length', () => {
    const rows = toComparisonSeries(
      {
        current: [{ start: '2026-10-01T00:00:00Z', count: 1 }],
        previous: [
          { start: '2026-09-01T00:00:00Z', count: 2 },
          { start: '2026-09-02T00:00:00Z', count: 3 },
        ],
      },
      { end: '2026-10-01T23:59:59Z', previousEnd: '2026-09-02T23:59:59Z', now },
    );
    expect(rows).toHaveLength(2);
    expect(rows[1]?.current).toBeNull();
    expect(rows[1]?.previous?.count).toBe(3);
  });

  it('takes each bucket’s end and partial from the API when it sends them (align=calendar)', () => {
    const rows = toComparisonSeries(
      {
        current: [
          { start: '2026-01-01T00:00:00Z', end: '2026-01-04T23:59:59Z', partial: true, count: 4 },
          { start: '2026-01-05T00:00:00Z', end: '2026-01-11T23:59:59Z', partial: false, count: 9 },
        ],
        previous: [{ start: '2025-12-01T00:00:00Z', end: '2025-12-07T23:59:59Z', partial: false, count: 7 }],
      },
      { end: '2026-01-11T23:59:59Z', previousEnd: '2025-12-14T23:59:59Z', now },
    );
    expect(rows.map((r) => [r.current?.end, r.current?.partial, r.previous?.end])).toEqual([
      ['2026-01-04T23:59:59Z', true, '2025-12-07T23:59:59Z'],
      ['2026-01-11T23:59:59Z', false, undefined],
    ]);
  });

  it('has no previous buckets without a comparison', () => {
    const rows = toComparisonSeries({ current: [{ start: '2026-11-20T00:00:00Z', count: 3 }] }, { end: '2026-11-20T23:59:59Z', now });
    expect(rows).toEqual([
      { index: 0, current: { start: '2026-11-20T00:00:00Z', end: '2026-11-20T23:59:59Z', count: 3, status: 'partial', partial: false }, previous: null },
    ]);
  });

  it('gives an empty series for an empty report', () => {
    expect(toComparisonSeries({ current: [], previous: [] }, { end: '2026-11-20T23:59:59Z', now })).toEqual([]);
  });
});

describe(bucketStatus.name, () => {
  const bucket = (start: string, end: string) => ({ start, end, count: 0 });
  it('marks the bucket holding now as partial', () => {
    expect(bucketStatus(bucket('2026-11-20T00:00:00Z', '2026-11-20T23:59:59Z'), now)).toBe('partial');
    expect(bucketStatus(bucket('2026-11-16T00:00:00Z', '2026-11-22T23:59:59Z'), now)).toBe('partial');
  });

  it('tells finished buckets from ones not started', () => {
    expect(bucketStatus(bucket('2026-11-19T00:00:00Z', '2026-11-19T23:59:59Z'), now)).toBe('complete');
    expect(bucketStatus(bucket('2026-11-21T00:00:00Z', '2026-11-21T23:59:59Z'), now)).toBe('future');
  });

  it('treats the last second of a bucket as inside it', () => {
    expect(bucketStatus(bucket('2026-11-20T00:00:00Z', '2026-11-20T15:30:00Z'), now)).toBe('partial');
    expect(bucketStatus(bucket('2026-11-20T00:00:00Z', '2026-11-20T15:29:59Z'), now)).toBe('complete');
  });
});
