import { describe, expect, it } from 'vitest';
import type { BucketStatus, ComparisonRow } from './comparison-series.ts';
import { changeBetween, summarizeComparison } from './headline.ts';

function row(index: number, current: number | null, previous: number | null, status: BucketStatus = 'complete'): ComparisonRow {
  const start = `2026-11-${String(index + 1).padStart(2, '0')}T00:00:00Z`;
  const end = `2026-11-${String(index + 1).padStart(2, '0')}T23:59:59Z`;
  return {
    index,
    current: current === null ? null : { start, end, count: current, status, partial: false },
    previous: previous === null ? null : { start, end, count: previous, partial: false },
  };
}

describe('summarizeComparison with likeForLike', () => {
  it('compares the elapsed parts and keeps the full comparison total as context', () => {
    const rows = [row(0, 10, 20), row(1, 5, 30, 'partial')];
    const headline = summarizeComparison(rows, true, { cutoff: '2026-11-02T12:00:00Z', current: 15, previousCutoff: '2026-11-01T12:00:00Z', previous: 25 });
    expect(headline.previousTotal).toBe(50);
    expect(headline.soFar).toEqual({ current: 15, previous: 25, previousCutoff: '2026-11-01T12:00:00Z' });
    expect(headline.change).toEqual({ absolute: -10, relative: -0.4, direction: 'down' });
  });

  it('compares the full totals without a comparison cutoff', () => {
    const headline = summarizeComparison([row(0, 10, 20)], true, { cutoff: '2026-11-01T12:00:00Z', current: 4 });
    expect(headline.soFar).toBeNull();
    expect(headline.change?.absolute).toBe(-10);
  });
});

describe(changeBetween.name, () => {
  it('gives the absolute and relative change with its direction', () => {
    expect(changeBetween(120, 100)).toEqual({ absolute: 20, relative: 0.2, direction: 'up' });
    expect(changeBetween(75, 100)).toEqual({ absolute: -25, relative: -0.25, direction: 'down' });
    expect(changeBetween(10, 10)).toEqual({ absolute: 0, relative: 0, direction: 'flat' });
  });

  it('has no ratio when the previous total is 0', () => {
    expect(changeBetween(5, 0)).toEqual({ absolute: 5, relative: null, direction: 'up' });
    expect(changeBetween(0, 0)).toEqual({ absolute: 0, relative: null, direction: 'flat' });
  });
});

describe(summarizeComparison.name, () => {
  it('totals both series, the longer previous one included', () => {
    const headline = summarizeComparison([row(0, 3, 1), row(1, 5, 2), row(2, null, 4)], true);
    expect(headline.currentTotal).toBe(8);
    expect(headline.previousTotal).toBe(7);
    expect(headline.change).toEqual({ absolute: 1, relative: 1 / 7, direction: 'up' });
  });

  it('finds the busiest bucket, the earliest on a tie', () => {
    const headline = summarizeComparison([row(0, 3, 0), row(1, 9, 0), row(2, 9, 0)], true);
    expect(headline.busiest).toEqual({ start: '2026-11-02T00:00:00Z', end: '2026-11-02T23:59:59Z', count: 9, partial: false });
  });

  it('has no busiest bucket and no ratio when nothing came in', () => {
    const headline = summarizeComparison([row(0, 0, 0), row(1, 0, 0)], true);
    expect(headline.busiest).toBeNull();
    expect(headline.change).toEqual({ absolute: 0, relative: null, direction: 'flat' });
  });

  it('has no comparison figures without a comparison', () => {
    const headline = summarizeComparison([row(0, 2, null)], false);
    expect(headline.previousTotal).toBeNull();
    expect(headline.change).toBeNull();
  });

  it('says when the range is still in progress', () => {
    expect(summarizeComparison([row(0, 2, 1), row(1, 1, 1, 'partial'), row(2, 0, 1, 'future')], true).inProgress).toBe(true);
    expect(summarizeComparison([row(0, 2, 1)], true).inProgress).toBe(false);
  });

  it('handles an empty series', () => {
    expect(summarizeComparison([], true)).toEqual({
      currentTotal: 0,
      previousTotal: 0,
      change: { absolute: 0, relative: null, direction: 'flat' },
      busiest: null,
      inProgress: false,
      soFar: null,
    });
  });
});
