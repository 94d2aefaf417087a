/**
 * Which upstream calls answer one new-conversations request, and how their buckets join.
 *
 * Help Scout steps buckets from `start` in fixed periods (24 h, 7 × 24 h) with no zone, allows
 * `day` only up to 60 days and `month` only from 61 days (HELPSCOUT_V2 notes; docs
 * reports-conversations-new). Pulseboard's buckets are calendar periods in `tz` (the same
 * starts as the demo engine). So the wanted buckets ("spans") are cut into pieces in which
 * every span but the last lasts exactly one fixed period: a 23- or 25-hour DST day (or a
 * 167/169-hour week) is a piece of its own. Each upstream bucket then lies inside one span and
 * the counts join exactly. Months are composed from day pieces up to EXACT_MONTH_MAX_DAYS;
 * beyond that one monthly call answers, to within the DST hour (docs/helpscout.md).
 * Pure: no I/O.
 */
import type { ViewBy } from '../../../contract/api/schemas.ts';
import { bucketStarts } from '../demo/buckets.ts';
import { calendarSpans } from './calendar.ts';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
/** Help Scout's `day` limit. */
export const UPSTREAM_DAY_MAX_DAYS = 60;
/** Help Scout allows `week` up to a year; 52 weeks keeps clear of "is a leap year a year". */
export const UPSTREAM_WEEK_MAX_DAYS = 364;
export const UPSTREAM_MONTH_MIN_DAYS = 61;
/** Month buckets are exact (day pieces) for ranges up to this; longer ones use `month` upstream. */
export const EXACT_MONTH_MAX_DAYS = 366;

/** One wanted bucket: [start, next) in ms. */
export interface Span {
  start: number;
  next: number;
}

/** One upstream request's range: `end` inclusive, whole seconds. */
export interface Piece {
  start: number;
  end: number;
  viewBy: ViewBy;
}

/** The buckets Pulseboard answers for [startMs, endMs]: bucket starts stepped in `tz`. */
export function stepSpans(startMs: number, endMs: number, viewBy: ViewBy, tz: string): Span[] {
  const start = Math.floor(startMs / 1000) * 1000;
  const end = Math.floor(endMs / 1000) * 1000;
  const starts = bucketStarts(start, end, viewBy, tz);
  return starts.map((s, i) => ({ start: s, next: starts[i + 1] ?? end + 1000 }));
}

function piece(start: number, next: number, viewBy: ViewBy): Piece {
  return { start, end: next - 1000, viewBy };
}

/**
 * Runs of spans that one fixed-period upstream call answers exactly: every span but the last
 * lasts `period`, the last at most `period`, the whole run at most `maxMs`.
 */
function runs(spans: Span[], period: number, maxMs: number, viewBy: ViewBy): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  while (i < spans.length) {
    const first = spans[i]!;
    let j = i + 1;
    if (first.next - first.start === period) {
      while (j < spans.length && spans[j]!.next - first.start <= maxMs) {
        const length = spans[j]!.next - spans[j]!.start;
        if (length > period) break;
        j++;
        if (length < period) break;
      }
    }
    out.push(piece(first.start, spans[j - 1]!.next, viewBy));
    i = j;
  }
  return out;
}

/** Day spans inside each span, for composing months: calendar days, or days stepped from each span's start. */
function daySpans(spans: Span[], tz: string, calendar: boolean): Span[] {
  return spans.flatMap((s) => (calendar ? calendarSpans(s.start, s.next - 1000, 'day', tz) : stepSpans(s.start, s.next - 1000, 'day', tz)));
}

/** `calendar`: the spans are calendar-aligned (align=calendar), so months compose from calendar days. */
export function planPieces(spans: Span[], viewBy: ViewBy, tz: string, calendar = false): Piece[] {
  if (spans.length === 0) return [];
  if (viewBy === 'day') return runs(spans, DAY_MS, UPSTREAM_DAY_MAX_DAYS * DAY_MS, 'day');
  if (viewBy === 'week') return runs(spans, WEEK_MS, UPSTREAM_WEEK_MAX_DAYS * DAY_MS, 'week');
  const whole = spans[spans.length - 1]!.next - spans[0]!.start;
  if (whole <= EXACT_MONTH_MAX_DAYS * DAY_MS) return runs(daySpans(spans, tz, calendar), DAY_MS, UPSTREAM_DAY_MAX_DAYS * DAY_MS, 'day');
  return [piece(spans[0]!.start, spans[spans.length - 1]!.next, 'month')];
}

export interface UpstreamBucket {
  start: string;
  count: number;
}

/**
 * Sums upstream buckets into the spans holding their starts. When a monthly upstream answer has
 * as many buckets as there are spans (the inexact case), bucket i is span i.
 */
export function joinCounts(spans: Span[], pieces: Array<{ piece: Piece; buckets: UpstreamBucket[] }>): number[] {
  const counts = spans.map(() => 0);
  for (const { piece: p, buckets } of pieces) {
    if (p.viewBy === 'month' && buckets.length === spans.length) {
      buckets.forEach((b, i) => (counts[i]! += b.count));
      continue;
    }
    for (const b of buckets) counts[spanIndex(spans, Date.parse(b.start))]! += b.count;
  }
  return counts;
}

/** The span holding instant t (clamped to the first and last). */
function spanIndex(spans: Span[], t: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]!.start <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * One upstream call: a current piece and/or a previous piece. A previous piece alone is sent
 * as the call's own start/end, and its answer's `current` read as previous buckets.
 */
export type PlannedCall = { current: Piece; previous?: Piece } | { current?: undefined; previous: Piece };

/**
 * Pairs current and previous pieces of the same viewBy into one call each (Help Scout answers
 * `previous` beside `current`), so a 30-day view with its comparison stays one upstream call.
 */
export function pairCalls(current: Piece[], previous: Piece[]): PlannedCall[] {
  const calls: PlannedCall[] = [];
  const n = Math.max(current.length, previous.length);
  for (let i = 0; i < n; i++) {
    const c = current[i];
    const p = previous[i];
    if (c && p && c.viewBy === p.viewBy) calls.push({ current: c, previous: p });
    else {
      if (c) calls.push({ current: c });
      if (p) calls.push({ previous: p });
    }
  }
  return calls;
}

/** The coarsest viewBy Help Scout allows for a range: one call sums it with the fewest buckets. */
export function coarsestViewBy(startMs: number, endMs: number): ViewBy {
  const days = (endMs - startMs + 1000) / DAY_MS;
  return days >= UPSTREAM_MONTH_MIN_DAYS ? 'month' : 'week';
}
