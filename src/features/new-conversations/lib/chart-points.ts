import type { ViewBy } from '../../../../contract/api/schemas.ts';
import { formatBucketTick } from '../../../lib/dates/format.ts';
import type { ComparisonRow } from './comparison-series.ts';

/** One x position of the chart; null leaves a gap in that line. */
export interface ChartPoint {
  index: number;
  /** Complete buckets: the solid line. */
  current: number | null;
  /** The partial bucket and the one before it: a dashed segment that says "not over yet". */
  currentPartial: number | null;
  previous: number | null;
}

/** Future buckets are left out of the current line: a 0 there would read as a drop, not as "not yet". */
export function toChartPoints(rows: readonly ComparisonRow[]): ChartPoint[] {
  const partialIndex = rows.findIndex((row) => row.current?.status === 'partial');
  return rows.map((row) => {
    const shown = row.current && row.current.status !== 'future' ? row.current.count : null;
    const isPartial = row.index === partialIndex;
    return {
      index: row.index,
      current: row.current?.status === 'complete' ? row.current.count : null,
      currentPartial: isPartial || row.index === partialIndex - 1 ? shown : null,
      previous: row.previous?.count ?? null,
    };
  });
}

/** The x axis label of a position: the current bucket's start, "(partial)" when the range cuts it short. */
export function tickLabel(row: ComparisonRow | undefined, tz: string, viewBy: ViewBy): string {
  if (!row?.current) return '';
  const label = formatBucketTick(row.current.start, tz, viewBy);
  return row.current.partial ? `${label} (partial)` : label;
}

/**
 * The bucket a chart click opens: the one under the pointer, if it has a count. A click that
 * comes before any pointer movement (a touch tap, or a click right after load) has no active
 * index; that opens nothing rather than the first bucket (`Number(null)` is 0).
 */
export function clickedBucket(rows: readonly ComparisonRow[], activeIndex: unknown): ComparisonRow | null {
  if (activeIndex === null || activeIndex === undefined || activeIndex === '') return null;
  const index = Number(activeIndex);
  if (!Number.isInteger(index)) return null;
  const row = rows[index];
  return row?.current && row.current.status !== 'future' ? row : null;
}
