import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ViewBy } from '../../../contract/api/schemas.ts';
import { fakeBucketStarts } from '../../test/fake-helpscout-reports.ts';
import { calendarSpans } from './calendar.ts';
import { EXACT_MONTH_MAX_DAYS, joinCounts, pairCalls, planPieces, stepSpans, type Piece } from './plan.ts';

const DAY = 86_400_000;
const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/Santiago'];
const LIMIT_DAYS: Record<ViewBy, number> = { day: 60, week: 366, month: Infinity };

const formatters = new Map<string, Intl.DateTimeFormat>();
function localDate(ms: number, tz: string): string {
  let f = formatters.get(tz);
  if (!f) formatters.set(tz, (f = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return f.format(new Date(ms));
}

/** The first instant of its local date: the second before it is another day (by Intl). */
function startsLocalDay(ms: number, tz: string): boolean {
  return localDate(ms - 1000, tz) !== localDate(ms, tz);
}

/** A local midnight in `tz` near `ms`, by Intl (independent of the planner). */
function localMidnight(ms: number, tz: string): number {
  const parts = localDate(ms, tz);
  // Walk to the first instant whose wall clock shows that date (offsets are within ±14 h).
  for (let t = Date.parse(`${parts}T00:00:00Z`) - 15 * 3_600_000; ; t += 900_000) if (localDate(t, tz) === parts) return t;
}

/** What Help Scout answers for one piece: buckets stepped from its start, counting `instants`. */
function upstream(p: Piece, instants: number[]) {
  const starts = fakeBucketStarts(p.start, p.end, p.viewBy);
  return starts.map((s, i) => ({
    start: new Date(s).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    count: instants.filter((t) => t >= s && t < Math.min(starts[i + 1] ?? Infinity, p.end + 1000)).length,
  }));
}

const request = fc.record({
  day: fc.integer({ min: 0, max: 700 }),
  days: fc.integer({ min: 1, max: 366 }),
  tz: fc.constantFrom(...ZONES),
  viewBy: fc.constantFrom<ViewBy>('day', 'week', 'month'),
  instants: fc.array(fc.integer({ min: 0, max: 400 * DAY }), { maxLength: 60 }),
  /** align=calendar, with the range starting anywhere in a day (a partial first bucket). */
  calendar: fc.option(fc.record({ weekStart: fc.constantFrom<'monday' | 'sunday'>('monday', 'sunday'), offsetMinutes: fc.integer({ min: 0, max: 1439 }) })),
});

describe('planning the upstream calls of one new-conversations request', () => {
  it('covers the range exactly, without overlap, within Help Scout limits, each piece at a bucket start; counts join exactly', () => {
    fc.assert(
      fc.property(request, ({ day, days, tz, viewBy, instants, calendar }) => {
        const start = localMidnight(Date.UTC(2025, 0, 1) + day * DAY + 12 * 3_600_000, tz) + (calendar?.offsetMinutes ?? 0) * 60_000;
        const endApprox = start + (viewBy === 'day' ? Math.min(days, 120) : days) * DAY;
        const end = localMidnight(endApprox + 12 * 3_600_000, tz) - 1000;
        const spans = calendar ? calendarSpans(start, end, viewBy, tz, calendar.weekStart) : stepSpans(start, end, viewBy, tz);
        const pieces = planPieces(spans, viewBy, tz, calendar !== null);
        // Calendar buckets after the first start at a local midnight.
        if (calendar) for (const span of spans.slice(1)) expect(startsLocalDay(span.start, tz)).toBe(true);
        // Exact cover, in order, no overlap.
        expect(pieces[0]!.start).toBe(start);
        expect(pieces[pieces.length - 1]!.end).toBe(end);
        for (let i = 1; i < pieces.length; i++) expect(pieces[i]!.start).toBe(pieces[i - 1]!.end + 1000);
        const starts = new Set(spans.map((s) => s.start));
        const whole = end - start + 1000;
        for (const p of pieces) {
          expect((p.end - p.start + 1000) / DAY).toBeLessThanOrEqual(LIMIT_DAYS[p.viewBy]);
          if (p.viewBy === 'month') expect((p.end - p.start + 1000) / DAY).toBeGreaterThanOrEqual(61);
          // Every piece steps from a local midnight (a bucket start, or a day start inside a month).
          if (viewBy !== 'month') expect(starts.has(p.start)).toBe(true);
          else if (p.start !== start) expect(startsLocalDay(p.start, tz)).toBe(true);
        }
        const events = instants.map((t) => start + t).filter((t) => t <= end);
        const counts = joinCounts(spans, pieces.map((piece) => ({ piece, buckets: upstream(piece, events) })));
        const exact = viewBy !== 'month' || whole <= EXACT_MONTH_MAX_DAYS * DAY;
        if (exact) expect(counts).toEqual(spans.map((s) => events.filter((t) => t >= s.start && t < s.next).length));
        expect(counts.reduce((a, b) => a + b, 0)).toBe(events.length);
      }),
      { numRuns: 200 },
    );
  });

  it('a range by day with a DST change: the 25-hour day is a piece of its own', () => {
    const tz = 'America/New_York';
    const spans = stepSpans(Date.parse('2026-10-25T04:00:00Z'), Date.parse('2026-11-15T04:59:59Z'), 'day', tz);
    const pieces = planPieces(spans, 'day', tz);
    expect(pieces.map((p) => [new Date(p.start).toISOString(), (p.end + 1000 - p.start) / 3_600_000])).toEqual([
      ['2026-10-25T04:00:00.000Z', 7 * 24],
      ['2026-11-01T04:00:00.000Z', 25],
      ['2026-11-02T05:00:00.000Z', 13 * 24],
    ]);
  });

  it('pairs current and previous pieces into one call each, and keeps the rest apart', () => {
    const piece = (start: number, viewBy: ViewBy = 'day'): Piece => ({ start, end: start + DAY - 1000, viewBy });
    expect(pairCalls([piece(0)], [piece(-DAY)])).toEqual([{ current: piece(0), previous: piece(-DAY) }]);
    expect(pairCalls([piece(0), piece(DAY)], [piece(-DAY)])).toEqual([{ current: piece(0), previous: piece(-DAY) }, { current: piece(DAY) }]);
    expect(pairCalls([piece(0)], [piece(-DAY), piece(-2 * DAY)])).toEqual([{ current: piece(0), previous: piece(-DAY) }, { previous: piece(-2 * DAY) }]);
  });
});
