/**
 * The new-conversations report: conversations matching the filters with
 * start <= createdAt <= min(end, now), counted into calendar buckets (buckets.ts). Every
 * bucket is listed, empty ones included, up to `end` even when that lies past now.
 * Conversations are sorted by creation, so each bucket is a binary-searched slice; without
 * filters its count is the slice length.
 */
import type { Bucket, NewConversationsReport, ViewBy } from '../../../contract/api/schemas.ts';
import type { NewConversationsQuery } from '../types.ts';
import { bucketStarts, isoSeconds } from './buckets.ts';
import type { DemoDataset } from './dataset.ts';
import { compileFilter, matches, type CompiledFilter } from './filters.ts';
import { lowerBound, upperBound } from './search.ts';

interface Range {
  startMs: number;
  endMs: number;
}

function countBuckets(ds: DemoDataset, filter: CompiledFilter, range: Range, viewBy: ViewBy, tz: string, nowSec: number): Bucket[] {
  const starts = bucketStarts(range.startMs, range.endMs, viewBy, tz);
  const created = ds.created;
  const n = ds.convCount;
  // Timestamps are whole seconds: created >= x ms <=> created >= ceil(x / 1000) s.
  let i = lowerBound(created, Math.ceil(range.startMs / 1000), 0, n);
  const stop = Math.max(i, upperBound(created, Math.min(Math.floor(range.endMs / 1000), nowSec), 0, n));
  return starts.map((startMs, k) => {
    const nextMs = starts[k + 1];
    const next = nextMs === undefined ? stop : lowerBound(created, Math.ceil(nextMs / 1000), i, stop);
    let count = 0;
    if (filter.all) count = next - i;
    else for (let c = i; c < next; c++) if (matches(filter, ds, c)) count++;
    i = next;
    return { start: isoSeconds(startMs), count };
  });
}

export function newConversationsReport(ds: DemoDataset, q: NewConversationsQuery, nowSec: number): NewConversationsReport {
  const filter = compileFilter(q);
  const current = countBuckets(ds, filter, { startMs: q.start.getTime(), endMs: q.end.getTime() }, q.viewBy, q.tz, nowSec);
  if (!q.previous) return { current };
  const previous = countBuckets(ds, filter, { startMs: q.previous.start.getTime(), endMs: q.previous.end.getTime() }, q.viewBy, q.tz, nowSec);
  return { current, previous };
}
