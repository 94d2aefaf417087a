/**
 * Current and previous buckets side by side. Asked with align=calendar, the API cuts each range at
 * the calendar's days, weeks (from weekStart) or months in the report's zone, lists empty buckets
 * with count 0, gives each bucket its end and whether the range cuts it short, and aligns the
 * previous range the same way, so previous[i] pairs with current[i] by position. A source that
 * ignores align steps from the range start: then ends come from the next start and nothing is cut.
 */
import type { Bucket, NewConversationsReport } from '../../../../contract/api/schemas.ts';

/** complete: over; partial: holds "now"; future: starts after now (the API counts nothing there yet). */
export type BucketStatus = 'complete' | 'partial' | 'future';

export interface SeriesBucket {
  /** UTC instants; end is the bucket's last second. */
  start: string;
  end: string;
  count: number;
  /** The range cuts the bucket's calendar period short (Jan 1–4 of a Monday week). */
  partial: boolean;
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
    const end = bucket.end ?? (next ? new Date(Date.parse(next.start) - 1000).toISOString().replace('.000Z', 'Z') : rangeEnd);
    return { start: bucket.start, end, count: bucket.count, partial: bucket.partial ?? false };
  });
}

export function bucketStatus(bucket: Pick<SeriesBucket, 'start' | 'end'>, now: Date): BucketStatus {
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
