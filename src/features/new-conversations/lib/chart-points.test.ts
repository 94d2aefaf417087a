import { describe, expect, it } from 'vitest';
import type { BucketStatus, ComparisonRow } from './comparison-series.ts';
import { clickedBucket, toChartPoints } from './chart-points.ts';

const row = (index: number, count: number, status: BucketStatus, previous: number | null = 1): ComparisonRow => ({
  index,
  current: { start: `s${index}`, end: `e${index}`, count, status, partial: false },
  previous: previous === null ? null : { start: `p${index}`, end: `q${index}`, count: previous, partial: false },
});

describe(toChartPoints.name, () => {
  it('draws the partial bucket as its own segment from the last complete one', () => {
    expect(toChartPoints([row(0, 5, 'complete'), row(1, 6, 'complete'), row(2, 2, 'partial'), row(3, 0, 'future')])).toEqual([
      { index: 0, current: 5, currentPartial: null, previous: 1 },
      { index: 1, current: 6, currentPartial: 6, previous: 1 },
      { index: 2, current: null, currentPartial: 2, previous: 1 },
      { index: 3, current: null, currentPartial: null, previous: 1 },
    ]);
  });

  it('draws a lone partial bucket (today) as a point', () => {
    expect(toChartPoints([row(0, 4, 'partial', null)])).toEqual([{ index: 0, current: null, currentPartial: 4, previous: null }]);
  });

  it('has no dashed segment when every bucket is complete', () => {
    expect(toChartPoints([row(0, 1, 'complete')])).toEqual([{ index: 0, current: 1, currentPartial: null, previous: 1 }]);
  });
});

describe(clickedBucket.name, () => {
  const rows = [row(0, 5, 'complete'), row(1, 2, 'partial'), row(2, 0, 'future')];

  it('opens the bucket under the pointer, counted or in progress', () => {
    expect(clickedBucket(rows, 0)).toBe(rows[0]);
    expect(clickedBucket(rows, '1')).toBe(rows[1]);
  });

  it('opens nothing for a click with no bucket under the pointer, not the first bucket', () => {
    for (const index of [null, undefined, '', 'x', 1.5, -1, 9]) expect(clickedBucket(rows, index)).toBeNull();
  });

  it('opens nothing for a bucket still in the future', () => {
    expect(clickedBucket(rows, 2)).toBeNull();
  });
});
