import { describe, expect, it } from 'vitest';
import type { BucketStatus, ComparisonRow } from './comparison-series.ts';
import { toChartPoints } from './chart-points.ts';

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
