/**
 * The demo engine's buckets and the API's viewBy measure (contract/dates/view-by.ts, which server/api/params.ts checks with) held to Temporal over every IANA zone,
 * three cases in four within two days of an offset change.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VIEW_BY, type ViewBy } from '../../../contract/api/schemas.ts';
import { WEEK_STARTS } from '../../../contract/dates/week-start.ts';
import {
  KNOWN_EDGE_DAYS,
  temporalAddDays,
  temporalAddMonths,
  temporalDateOf,
  temporalDayCount,
  temporalDayOfWeek,
  temporalStartOfDay,
  zoneDayArb,
} from '../../../contract/dates/temporal-oracle.ts';
import { allowedViewByForInstants as allowedViewBy, VIEW_BY_LIMITS } from '../../../contract/dates/view-by.ts';
import { bucketStarts, calendarBuckets } from './buckets.ts';

const RUNS = 400;
const caseArb = fc.oneof(fc.constantFrom(...KNOWN_EDGE_DAYS), zoneDayArb, zoneDayArb, zoneDayArb);

function stepDay(day: string, k: number, viewBy: ViewBy): string {
  if (viewBy === 'month') return temporalAddMonths(day, k);
  return temporalAddDays(day, k * (viewBy === 'week' ? 7 : 1));
}

/** A few seconds alone; room for a machine shared with other test runs. */
const ORACLE_TIMEOUT_MS = 60_000;

describe('engine buckets against Temporal', () => {
  it('starts every bucket of a whole-day range at the first instant of its local day', () => {
    fc.assert(
      fc.property(caseArb, fc.constantFrom(...VIEW_BY), fc.integer({ min: 1, max: 6 }), ({ tz, day }, viewBy, n) => {
        const startMs = temporalStartOfDay(day, tz);
        // A range from a day the zone skipped (Apia, 2011-12-30) starts on the next day.
        const first = temporalDateOf(startMs, tz);
        const endMs = temporalStartOfDay(stepDay(first, n, viewBy), tz) - 1000;
        const expected = Array.from({ length: n }, (_, k) => temporalStartOfDay(stepDay(first, k, viewBy), tz));
        expect(bucketStarts(startMs, endMs, viewBy, tz), `${tz} ${day} ${viewBy}`).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  }, ORACLE_TIMEOUT_MS);

  it('cuts align=calendar buckets at local period starts, marking the partial ones', () => {
    fc.assert(
      fc.property(caseArb, fc.constantFrom(...VIEW_BY), fc.constantFrom(...WEEK_STARTS), fc.integer({ min: 1, max: 40 }), ({ tz, day }, viewBy, weekStart, n) => {
        const last = temporalAddDays(day, n - 1);
        const startMs = temporalStartOfDay(day, tz);
        const endMs = temporalStartOfDay(temporalAddDays(last, 1), tz) - 1000;
        const first = viewBy === 'month' ? `${day.slice(0, 8)}01` : viewBy === 'day' ? day : temporalAddDays(day, -((temporalDayOfWeek(day) - (weekStart === 'monday' ? 1 : 7) + 7) % 7));
        const expected = [];
        for (let k = 0; ; k++) {
          const periodStart = temporalStartOfDay(stepDay(first, k, viewBy), tz);
          if (periodStart > endMs) break;
          const nextStart = temporalStartOfDay(stepDay(first, k + 1, viewBy), tz);
          const s = Math.max(startMs, periodStart);
          const e = Math.min(endMs, nextStart - 1000);
          if (e >= s) expected.push({ startMs: s, endMs: e, partial: s !== periodStart || e !== nextStart - 1000 });
        }
        expect(calendarBuckets(startMs, endMs, viewBy, tz, weekStart), `${tz} ${day} ${viewBy}`).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  }, ORACLE_TIMEOUT_MS);

  it('lets the API measure viewBy limits in calendar days of tz', () => {
    const limits = [VIEW_BY_LIMITS.dayMaxDays, VIEW_BY_LIMITS.weekMaxDays, VIEW_BY_LIMITS.monthMinDays];
    fc.assert(
      fc.property(caseArb, fc.constantFrom(...limits.flatMap((n) => [n - 1, n, n + 1])), ({ tz, day }, n) => {
        const last = temporalAddDays(day, n - 1);
        const start = new Date(temporalStartOfDay(day, tz));
        // A range that starts on a day the zone skipped (Apia, 2011-12-30) starts on the next one.
        const days = temporalDayCount(temporalDateOf(start.getTime(), tz), last);
        const end = new Date(temporalStartOfDay(temporalAddDays(last, 1), tz) - 1000);
        const expected = VIEW_BY.filter((v) =>
          v === 'day' ? days <= VIEW_BY_LIMITS.dayMaxDays : v === 'week' ? days <= VIEW_BY_LIMITS.weekMaxDays : days >= VIEW_BY_LIMITS.monthMinDays,
        );
        expect(allowedViewBy(start, end, tz)).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  }, ORACLE_TIMEOUT_MS);
});
