/**
 * The new-conversations report: conversations matching the filters with
 * start <= createdAt <= min(end, now), counted into calendar buckets (buckets.ts). Every
 * bucket is listed, empty ones included, up to `end` even when that lies past now.
 * Conversations are sorted by creation, so each bucket is a binary-searched slice; without
 * filters its count is the slice length. With align=calendar the buckets follow the calendar and
 * carry end and partial; with cutoff, likeForLike counts the elapsed parts of both ranges.
 */
import type { Bucket, LikeForLike, NewConversationsReport } from '../../../contract/api/schemas.ts';
import type { NewConversationsQuery } from '../types.ts';
import { bucketStarts, calendarBuckets, isoSeconds, type CalendarBucket } from './buckets.ts';
import type { DemoDataset } from './dataset.ts';
import { compileFilter, matches, type CompiledFilter } from './filters.ts';
import { lowerBound, upperBound } from './search.ts';

export interface Range {
  startMs: number;
  endMs: number;
}

/** Timestamps are whole seconds: created >= x ms <=> created >= ceil(x / 1000) s. */
function firstCreatedAtOrAfter(ds: DemoDataset, ms: number, from = 0, to = ds.convCount): number {
  return lowerBound(ds.created, Math.ceil(ms / 1000), from, to);
}

function countSlice(ds: DemoDataset, filter: CompiledFilter, from: number, to: number): number {
  if (filter.all) return to - from;
  let count = 0;
  for (let c = from; c < to; c++) if (matches(filter, ds, c)) count++;
  return count;
}

/** The conversations created in [startMs, min(endMs, now)]: indices [from, to) (the drilldown lists them). */
export function createdSlice(ds: DemoDataset, range: Range, nowSec: number): { from: number; to: number } {
  const from = firstCreatedAtOrAfter(ds, range.startMs);
  return { from, to: Math.max(from, upperBound(ds.created, Math.min(Math.floor(range.endMs / 1000), nowSec), 0, ds.convCount)) };
}

/** Conversations created in [startMs, endMs] and by now. */
function countRange(ds: DemoDataset, filter: CompiledFilter, range: Range, nowSec: number): number {
  const from = firstCreatedAtOrAfter(ds, range.startMs);
  const to = Math.max(from, upperBound(ds.created, Math.min(Math.floor(range.endMs / 1000), nowSec), 0, ds.convCount));
  return countSlice(ds, filter, from, to);
}

function countBuckets(ds: DemoDataset, filter: CompiledFilter, range: Range, starts: readonly number[], nowSec: number): number[] {
  let i = firstCreatedAtOrAfter(ds, range.startMs);
  const stop = Math.max(i, upperBound(ds.created, Math.min(Math.floor(range.endMs / 1000), nowSec), 0, ds.convCount));
  return starts.map((_, k) => {
    const nextMs = starts[k + 1];
    const next = nextMs === undefined ? stop : firstCreatedAtOrAfter(ds, nextMs, i, stop);
    const count = countSlice(ds, filter, i, next);
    i = next;
    return count;
  });
}

function rangeBuckets(ds: DemoDataset, filter: CompiledFilter, range: Range, q: NewConversationsQuery, nowSec: number): Bucket[] {
  if (q.align === 'calendar') {
    const buckets: CalendarBucket[] = calendarBuckets(range.startMs, range.endMs, q.viewBy, q.tz, q.weekStart ?? 'monday');
    const counts = countBuckets(ds, filter, range, buckets.map((b) => b.startMs), nowSec);
    return buckets.map((b, k) => ({ start: isoSeconds(b.startMs), count: counts[k] ?? 0, end: isoSeconds(b.endMs), partial: b.partial }));
  }
  const starts = bucketStarts(range.startMs, range.endMs, q.viewBy, q.tz);
  const counts = countBuckets(ds, filter, range, starts, nowSec);
  return starts.map((startMs, k) => ({ start: isoSeconds(startMs), count: counts[k] ?? 0 }));
}

function likeForLike(ds: DemoDataset, filter: CompiledFilter, q: NewConversationsQuery, nowSec: number): LikeForLike | undefined {
  if (!q.cutoff) return undefined;
  const current = countRange(ds, filter, { startMs: q.start.getTime(), endMs: q.cutoff.getTime() }, nowSec);
  const out: LikeForLike = { cutoff: isoSeconds(q.cutoff.getTime()), current };
  if (!q.previous || !q.previousCutoff) return out;
  const previous = countRange(ds, filter, { startMs: q.previous.start.getTime(), endMs: q.previousCutoff.getTime() }, nowSec);
  return { ...out, previousCutoff: isoSeconds(q.previousCutoff.getTime()), previous };
}

export function newConversationsReport(ds: DemoDataset, q: NewConversationsQuery, nowSec: number): NewConversationsReport {
  const filter = compileFilter(q);
  const current = rangeBuckets(ds, filter, { startMs: q.start.getTime(), endMs: q.end.getTime() }, q, nowSec);
  const previous = q.previous ? rangeBuckets(ds, filter, { startMs: q.previous.start.getTime(), endMs: q.previous.end.getTime() }, q, nowSec) : undefined;
  const lfl = likeForLike(ds, filter, q, nowSec);
  return { current, ...(previous ? { previous } : {}), ...(lfl ? { likeForLike: lfl } : {}) };
}
