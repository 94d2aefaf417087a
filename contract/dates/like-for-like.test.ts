import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, type DayRange } from './calendar-date.ts';
import { previousPeriod, previousYear } from './comparison.ts';
import { likeForLikeCutoffs } from './like-for-like.ts';
import { rangeFromPreset } from './range-presets.ts';
import { ALL_ZONES } from './temporal-oracle.ts';
import { calendarDateIn, dayRangeToInstants, toApiInstant, wallClockMs } from './zoned.ts';

const iso = (d: Date | null | undefined) => (d ? toApiInstant(d) : d);
const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Kathmandu'];
const zoneArb = fc.oneof(fc.constantFrom(...ZONES), fc.constantFrom(...ALL_ZONES));
/** An instant in 2000–2035, and the zone it is read in. */
const nowArb = fc.tuple(zoneArb, fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2035, 0, 1) }));

function cutoffsAt(tz: string, nowMs: number, preset: 'today' | 'last-7-days' | 'this-week' | 'this-month' | 'this-quarter', rule: 'previous-period' | 'previous-year') {
  const now = new Date(nowMs);
  const range = rangeFromPreset(preset, { today: calendarDateIn(now, tz), weekStart: 'monday' });
  const previous = rule === 'previous-year' ? previousYear(range) : previousPeriod(range);
  const c = likeForLikeCutoffs(rule, range, previous, now, tz)!;
  return { range, previous, c, cur: dayRangeToInstants(range, tz), prev: dayRangeToInstants(previous, tz) };
}

/** A few seconds alone; room for a machine shared with other test runs. */
const ORACLE_TIMEOUT_MS = 60_000;

describe(likeForLikeCutoffs.name, () => {
  it('cuts at now floored to the minute, and the previous period at its start plus the same elapsed time', () => {
    const today = { start: '2026-11-20', end: '2026-11-20' };
    const c = likeForLikeCutoffs('previous-period', today, previousPeriod(today), new Date('2026-11-20T15:30:42.5Z'), 'UTC');
    expect([iso(c?.cutoff), iso(c?.previousCutoff)]).toEqual(['2026-11-20T15:30:00Z', '2026-11-19T15:30:00Z']);
  }, ORACLE_TIMEOUT_MS);

  it('counts elapsed time across Berlin’s March change (a 23-hour day) and New York’s November one (25 hours)', () => {
    // 12:00 in Berlin on 2026-03-29 is 11 hours after its midnight: 11:00 the day before.
    const berlin = { start: '2026-03-29', end: '2026-03-29' };
    const b = likeForLikeCutoffs('previous-period', berlin, previousPeriod(berlin), new Date('2026-03-29T10:00:00Z'), 'Europe/Berlin');
    expect([iso(b?.cutoff), iso(b?.previousCutoff)]).toEqual(['2026-03-29T10:00:00Z', '2026-03-28T10:00:00Z']);
    // 12:00 in New York on 2026-11-01 is 13 hours after its midnight: 13:00 the day before.
    const ny = { start: '2026-11-01', end: '2026-11-01' };
    const n = likeForLikeCutoffs('previous-period', ny, previousPeriod(ny), new Date('2026-11-01T17:00:00Z'), 'America/New_York');
    expect([iso(n?.cutoff), iso(n?.previousCutoff)]).toEqual(['2026-11-01T17:00:00Z', '2026-10-31T17:00:00Z']);
  }, ORACLE_TIMEOUT_MS);

  it('counts all of a shorter comparison day once the elapsed time passes its end, to its last second', () => {
    // Budapest's 25-hour 2024-10-27 at 23:00 local: 24 h elapsed, all of the 24-hour day before.
    const day = { start: '2024-10-27', end: '2024-10-27' };
    const c = likeForLikeCutoffs('previous-period', day, previousPeriod(day), new Date('2024-10-27T22:00:00Z'), 'Europe/Budapest');
    expect([iso(c?.cutoff), iso(c?.previousCutoff)]).toEqual(['2024-10-27T22:00:00Z', '2024-10-26T21:59:59Z']);
  }, ORACLE_TIMEOUT_MS);

  it('takes month to date to the same day and wall time of the previous month, clamped to its end', () => {
    const march = { start: '2026-03-01', end: '2026-03-31' };
    const c = likeForLikeCutoffs('previous-period', march, previousPeriod(march), new Date('2026-03-30T10:00:00Z'), 'Europe/Berlin');
    // 12:00 CEST on Mar 30 → Feb 28 (February has no 30th) at 12:00 CET.
    expect([iso(c?.cutoff), iso(c?.previousCutoff)]).toEqual(['2026-03-30T10:00:00Z', '2026-02-28T11:00:00Z']);
  }, ORACLE_TIMEOUT_MS);

  it('takes the previous year to the same date and wall time a year back', () => {
    const week: DayRange = { start: '2026-10-29', end: '2026-11-04' };
    const c = likeForLikeCutoffs('previous-year', week, previousYear(week), new Date('2026-11-01T17:00:00Z'), 'America/New_York');
    expect(iso(c?.previousCutoff)).toBe('2025-11-01T16:00:00Z'); // 12:00 EDT, a year before 12:00 EST
  }, ORACLE_TIMEOUT_MS);

  it('is null when the range does not contain now', () => {
    const october = { start: '2026-10-01', end: '2026-10-31' };
    expect(likeForLikeCutoffs('previous-period', october, previousPeriod(october), new Date('2026-11-20T15:30:00Z'), 'UTC')).toBeNull();
    expect(likeForLikeCutoffs('custom', { start: '2026-12-01', end: '2026-12-02' }, october, new Date('2026-11-20T15:30:00Z'), 'UTC')).toBeNull();
  }, ORACLE_TIMEOUT_MS);

  it('gives spans of equal length for elapsed-time rules, in any zone, unless the comparison ends first', () => {
    fc.assert(
      fc.property(nowArb, fc.constantFrom('today', 'last-7-days', 'this-week') as fc.Arbitrary<'today' | 'last-7-days' | 'this-week'>, ([tz, t], preset) => {
        const { c, cur, prev } = cutoffsAt(tz, t, preset, 'previous-period');
        expect(c.cutoff.getTime()).toBe(Math.max(cur.start.getTime(), Math.floor(t / 60_000) * 60_000));
        const elapsed = c.cutoff.getTime() - cur.start.getTime();
        const previousElapsed = c.previousCutoff!.getTime() - prev.start.getTime();
        if (previousElapsed !== elapsed) {
          expect(previousElapsed).toBeLessThan(elapsed);
          // Clamped to the comparison's own last second: all of it counts, nothing after it.
          expect(c.previousCutoff!.getTime()).toBe(prev.end.getTime());
        }
      }),
      { numRuns: 400 },
    );
  }, ORACLE_TIMEOUT_MS);

  it('is calendar-equal for month and quarter to date and for the previous year: same day (clamped), same wall time', () => {
    fc.assert(
      fc.property(
        nowArb,
        fc.constantFrom(['this-month', 'previous-period'], ['this-quarter', 'previous-period'], ['last-7-days', 'previous-year'], ['this-month', 'previous-year']) as fc.Arbitrary<
          ['this-month' | 'this-quarter' | 'last-7-days', 'previous-period' | 'previous-year']
        >,
        ([tz, t], [preset, rule]) => {
          const { range, c, prev } = cutoffsAt(tz, t, preset, rule);
          const months = rule === 'previous-year' ? 12 : preset === 'this-quarter' ? 3 : 1;
          const day = calendarDateIn(c.cutoff, tz);
          const wantedDay = addMonths(day, -months);
          const gotDay = calendarDateIn(c.previousCutoff!, tz);
          const clampedToEnd = c.previousCutoff!.getTime() === prev.end.getTime();
          if (!clampedToEnd) {
            // The wall time may move forward only where the clocks skipped it on that day.
            const timeOfDay = (instant: Date, d: string) => wallClockMs(instant.getTime(), tz) - Date.parse(`${d}T00:00:00Z`);
            if (gotDay === wantedDay) expect(timeOfDay(c.previousCutoff!, gotDay)).toBeGreaterThanOrEqual(timeOfDay(c.cutoff, day));
            else expect(gotDay).toBe(addDays(wantedDay, 1));
          }
          expect(c.previousCutoff!.getTime()).toBeGreaterThanOrEqual(prev.start.getTime());
          expect(range.start <= day && day <= range.end).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });
});
