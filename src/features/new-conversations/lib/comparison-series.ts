/**
 * Current and previous buckets side by side. The API buckets each range from its own start
 * (day, week or month steps in the report's zone), lists empty buckets with count 0 and cuts
 * the last bucket at the range end, so previous[i] pairs with current[i] by position.
 */
import type { Bucket, NewConversationsReport } from '../../../../contract/api/schemas.ts';

/** complete: over; partial: holds "now"; future: starts after now (the API counts nothing there yet). */
export type BucketStatus = 'complete' | 'partial' | 'future';

export interface SeriesBucket {
  /** UTC instants; end is the bucket's last second. */
  start: string;
  end: string;
  count: number;
}

export interface ComparisonRow {
  index: number;
  current: (SeriesBucket & { status: BucketStatus }) | null;
  previous: SeriesBucket | null;
}

export interface SeriesBounds {
  /** Inclusive end of the current range (UTC instant). */
  end: string;
  /** Inclusive end of the comparison range; absent without a comparison. */
  previousEnd?: string;
  now: Date;
}

function withEnds(buckets: readonly Bucket[], rangeEnd: string): SeriesBucket[] {
  return buckets.map((bucket, i) => {
    const next = buckets[i + 1];
    const end = next ? new Date(Date.parse(next.start) - 1000).toISOString().replace('.000Z', 'Z') : rangeEnd;
    return { start: bucket.start, end, count: bucket.count };
  });
}

export function bucketStatus(bucket: SeriesBucket, now: Date): BucketStatus {
  const t = now.getTime();
  if (Date.parse(bucket.start) > t) return 'future';
  return t < Date.parse(bucket.end) + 1000 ? 'partial' : 'complete';
}

export function toComparisonSeries(report: NewConversationsReport, bounds: SeriesBounds): ComparisonRow[] {
  const current = withEnds(report.current, bounds.end);
  const previous = report.previous && bounds.previousEnd ? withEnds(report.previous, bounds.previousEnd) : [];
  const length = Math.max(current.length, previous.length);
  return Array.from({ length }, (_, index) => {
    const bucket = current[index];
    return {
      index,
      current: bucket ? { ...bucket, status: bucketStatus(bucket, bounds.now) } : null,
      previous: previous[index] ?? null,
    };
  });
}
