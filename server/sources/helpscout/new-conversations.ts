/**
 * The new-conversations report from Help Scout: the planned upstream calls (plan.ts), each loaded
 * (cached, coalesced) on its own, their buckets joined into Pulseboard's; with `cutoff`, one more
 * call counts the like-for-like ranges (the coarsest viewBy Help Scout allows, summed).
 */
import type { Loaded } from '../../cache/cached-loader.ts';
import type { Bucket, NewConversationsReport, ViewBy } from '../../../contract/api/schemas.ts';
import type { NewConversationsQuery } from '../types.ts';
import type { UpstreamCall } from './adapter.ts';
import { calendarSpans, type CalendarSpan } from './calendar.ts';
import { coarsestViewBy, joinCounts, pairCalls, planPieces, stepSpans, type Piece, type PlannedCall, type Span, type UpstreamBucket } from './plan.ts';
import { isoSeconds } from './query.ts';
import { v2, type NewConversationsAnswer } from './v2.ts';

export type LoadPiece = (call: UpstreamCall<NewConversationsAnswer>, piece: Piece) => Promise<Loaded<{ data: NewConversationsAnswer }>>;

type Part = { piece: Piece; buckets: UpstreamBucket[] };

function spansOf(q: NewConversationsQuery, start: Date, end: Date): Array<Span | CalendarSpan> {
  return q.align === 'calendar'
    ? calendarSpans(start.getTime(), end.getTime(), q.viewBy, q.tz, q.weekStart)
    : stepSpans(start.getTime(), end.getTime(), q.viewBy, q.tz);
}

function buckets(spans: Array<Span | CalendarSpan>, parts: Part[]): Bucket[] {
  const counts = joinCounts(spans, parts);
  return spans.map((s, i) => ({
    start: isoSeconds(s.start),
    count: counts[i]!,
    ...('partial' in s ? { end: isoSeconds(s.next - 1000), partial: s.partial } : {}),
  }));
}

/** Like-for-like: [start, cutoff] and [previousStart, previousCutoff], in one call when one viewBy fits both. */
function likeForLikeCalls(q: NewConversationsQuery): PlannedCall[] {
  if (!q.cutoff) return [];
  const current: Piece = { start: q.start.getTime(), end: Math.floor(q.cutoff.getTime() / 1000) * 1000, viewBy: 'week' };
  current.viewBy = coarsestViewBy(current.start, current.end);
  if (!q.previous || !q.previousCutoff) return [{ current }];
  const previous: Piece = { start: q.previous.start.getTime(), end: Math.floor(q.previousCutoff.getTime() / 1000) * 1000, viewBy: 'week' };
  previous.viewBy = coarsestViewBy(previous.start, previous.end);
  const both = bothFit(current, previous);
  return both ? [{ current: { ...current, viewBy: both }, previous: { ...previous, viewBy: both } }] : [{ current }, { previous }];
}

/** A viewBy Help Scout allows for both ranges: week up to 364 days, month from 61. */
function bothFit(a: Piece, b: Piece): ViewBy | undefined {
  const days = (p: Piece) => (p.end - p.start + 1000) / 86_400_000;
  if (days(a) >= 61 && days(b) >= 61) return 'month';
  if (days(a) <= 364 && days(b) <= 364) return 'week';
  return undefined;
}

const sum = (parts: UpstreamBucket[]) => parts.reduce((s, b) => s + b.count, 0);

export async function newConversationsFromHelpScout(
  q: NewConversationsQuery,
  load: LoadPiece,
): Promise<{ report: NewConversationsReport; loaded: Array<Loaded<unknown>>; pieces: Piece[] }> {
  const current = spansOf(q, q.start, q.end);
  const previous = q.previous ? spansOf(q, q.previous.start, q.previous.end) : [];
  const calendar = q.align === 'calendar';
  const calls = pairCalls(planPieces(current, q.viewBy, q.tz, calendar), planPieces(previous, q.viewBy, q.tz, calendar));
  const extra = likeForLikeCalls(q);
  const all = [...calls, ...extra];
  const loaded = await Promise.all(all.map((c) => load(v2.newConversations(q, c), c.current ?? c.previous)));
  const answers = loaded.map((l) => l.value.data);
  const currentParts: Part[] = [];
  const previousParts: Part[] = [];
  calls.forEach((c, i) => {
    const answer = answers[i]!;
    if (c.current) currentParts.push({ piece: c.current, buckets: answer.current });
    if (c.current && c.previous) previousParts.push({ piece: c.previous, buckets: answer.previous ?? [] });
    if (!c.current) previousParts.push({ piece: c.previous, buckets: answer.current });
  });
  const report: NewConversationsReport = {
    current: buckets(current, currentParts),
    ...(q.previous ? { previous: buckets(previous, previousParts) } : {}),
  };
  if (q.cutoff) {
    const lfl = answers.slice(calls.length);
    const previousCount = extra.length === 2 ? sum(lfl[1]!.current) : lfl[0]!.previous ? sum(lfl[0]!.previous) : undefined;
    report.likeForLike = {
      cutoff: isoSeconds(q.cutoff),
      current: sum(lfl[0]!.current),
      ...(q.previousCutoff && previousCount !== undefined ? { previousCutoff: isoSeconds(q.previousCutoff), previous: previousCount } : {}),
    };
  }
  return { report, loaded, pieces: all.map((c) => c.current ?? c.previous) };
}
