/**
 * The zoned calendar held to an independent implementation (Temporal) over every IANA zone,
 * three cases in four within two days of an offset change: day starts, day ranges, the day an
 * instant falls on, presets and the viewBy limits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  KNOWN_EDGE_DAYS,
  temporalAddDays,
  temporalAddMonths,
  temporalDateOf,
  temporalDayCount,
  temporalDayOfWeek,
  temporalStartOfDay,
  transitionDaysOfEveryZone,
  zoneDayArb,
  type ZoneDay,
} from './temporal-oracle.ts';
import { addDays } from './calendar-date.ts';
import { rangeFromPreset, RANGE_PRESETS, type RangePreset } from './range-presets.ts';
import { VIEW_BY_LIMITS, defaultViewByForInstants } from './view-by.ts';
import { WEEK_STARTS, type WeekStart } from './week-start.ts';
import { calendarDateIn, calendarDaysIn, dayRangeToInstants, startOfDayIn } from './zoned.ts';

/** Cases per property (finding an offset change costs Temporal about 1 ms, so a deep run raises this locally). */
const RUNS = 400;

function checkDay({ tz, day }: ZoneDay) {
  const start = startOfDayIn(day, tz).getTime();
  expect(start, `${tz} ${day}`).toBe(temporalStartOfDay(day, tz));
  const { start: s, end: e } = dayRangeToInstants({ start: day, end: addDays(day, 2) }, tz);
  expect(s.getTime()).toBe(start);
  expect(e.getTime()).toBe(temporalStartOfDay(temporalAddDays(day, 3), tz) - 1000);
  expect(calendarDateIn(new Date(e.getTime()), tz)).toBe(temporalDateOf(e.getTime(), tz));
  expect(calendarDateIn(new Date(start + 3_600_000), tz)).toBe(temporalDateOf(start + 3_600_000, tz));
}

/** A few seconds alone; room for a machine shared with other test runs. */
const ORACLE_TIMEOUT_MS = 60_000;

describe('the zoned calendar against Temporal', () => {
  it('starts days and day ranges at the first instant of the day in every zone', () => {
    for (const c of [...KNOWN_EDGE_DAYS, ...transitionDaysOfEveryZone()]) checkDay(c);
    fc.assert(fc.property(zoneDayArb, checkDay), { numRuns: RUNS });
  }, ORACLE_TIMEOUT_MS);

  it('fixes the named defects: a skipped midnight, a repeated one east of UTC', () => {
    expect(startOfDayIn('2025-03-10', 'America/Havana').toISOString()).toBe('2025-03-10T04:00:00.000Z');
    expect(startOfDayIn('2025-03-09', 'America/Havana').toISOString()).toBe('2025-03-09T05:00:00.000Z');
    expect(startOfDayIn('2023-03-09', 'Antarctica/Casey').toISOString()).toBe('2023-03-08T13:00:00.000Z');
  }, ORACLE_TIMEOUT_MS);

  it('measures viewBy limits in calendar days, whatever the hours', () => {
    const limits = [VIEW_BY_LIMITS.dayMaxDays, VIEW_BY_LIMITS.weekMaxDays, VIEW_BY_LIMITS.monthMinDays];
    const lengthArb = fc.oneof(fc.constantFrom(...limits.flatMap((n) => [n - 1, n, n + 1])), fc.integer({ min: 1, max: 800 }));
    fc.assert(
      fc.property(zoneDayArb, lengthArb, fc.boolean(), ({ tz, day }, n, endsThere) => {
        // Half the ranges end on the offset change, half start there.
        const [first, last] = endsThere ? [temporalAddDays(day, 1 - n), day] : [day, temporalAddDays(day, n - 1)];
        const { start, end } = dayRangeToInstants({ start: first, end: last }, tz);
        fc.pre(end >= start); // one day the zone skipped (Kwajalein, 1993-08-21) has no time
        // Days with time in the range: a skipped day at either end (Apia, 2011-12-30) does not count.
        const days = temporalDayCount(temporalDateOf(start.getTime(), tz), temporalDateOf(end.getTime(), tz));
        expect(calendarDaysIn(start, end, tz)).toBe(days);
        const expected = days <= VIEW_BY_LIMITS.dayMaxDays ? 'day' : days <= VIEW_BY_LIMITS.weekMaxDays ? 'week' : 'month';
        expect(defaultViewByForInstants(start, end, tz)).toBe(expected);
      }),
      { numRuns: RUNS },
    );
    // Antarctica/Troll moves by two hours: 120 local days are 120 days, not "120 days and 2 hours".
    const troll = dayRangeToInstants({ start: '2023-10-03', end: '2024-01-30' }, 'Antarctica/Troll');
    expect(defaultViewByForInstants(troll.start, troll.end, 'Antarctica/Troll')).toBe('day');
  }, ORACLE_TIMEOUT_MS);

  it('resolves every preset to the calendar days Temporal gives, in every zone', () => {
    fc.assert(
      fc.property(zoneDayArb, fc.constantFrom(...RANGE_PRESETS), fc.constantFrom(...WEEK_STARTS), ({ tz, day }, preset, weekStart) => {
        const now = new Date(temporalStartOfDay(day, tz) + 3_600_000);
        const today = calendarDateIn(now, tz);
        expect(today).toBe(temporalDateOf(now.getTime(), tz));
        const range = rangeFromPreset(preset, { today, weekStart });
        expect(range).toEqual(temporalPreset(preset, today, weekStart));
        const instants = dayRangeToInstants(range, tz);
        expect(instants.start.getTime()).toBe(temporalStartOfDay(range.start, tz));
        expect(instants.end.getTime()).toBe(temporalStartOfDay(temporalAddDays(range.end, 1), tz) - 1000);
      }),
      { numRuns: RUNS },
    );
  }, ORACLE_TIMEOUT_MS);
});

/** docs/url-scheme.md's preset definitions, in Temporal. */
function temporalPreset(preset: RangePreset, today: string, weekStart: WeekStart): { start: string; end: string } {
  const monthStart = `${today.slice(0, 7)}-01`;
  const monthEnd = (first: string) => temporalAddDays(temporalAddMonths(first, 1), -1);
  const weekFirst = temporalAddDays(today, -((temporalDayOfWeek(today) - (weekStart === 'monday' ? 1 : 7) + 7) % 7));
  const quarterFirst = `${today.slice(0, 4)}-${String(Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  const last = (n: number) => ({ start: temporalAddDays(today, 1 - n), end: today });
  switch (preset) {
    case 'today':
      return last(1);
    case 'yesterday':
      return { start: temporalAddDays(today, -1), end: temporalAddDays(today, -1) };
    case 'last-7-days':
      return last(7);
    case 'last-30-days':
      return last(30);
    case 'last-90-days':
      return last(90);
    case 'this-week':
      return { start: weekFirst, end: temporalAddDays(weekFirst, 6) };
    case 'last-week':
      return { start: temporalAddDays(weekFirst, -7), end: temporalAddDays(weekFirst, -1) };
    case 'this-month':
      return { start: monthStart, end: monthEnd(monthStart) };
    case 'last-month': {
      const first = temporalAddMonths(monthStart, -1);
      return { start: first, end: monthEnd(first) };
    }
    case 'this-quarter':
      return { start: quarterFirst, end: temporalAddDays(temporalAddMonths(quarterFirst, 3), -1) };
    case 'last-quarter': {
      const first = temporalAddMonths(quarterFirst, -3);
      return { start: first, end: temporalAddDays(quarterFirst, -1) };
    }
    case 'this-year':
      return { start: `${today.slice(0, 4)}-01-01`, end: `${today.slice(0, 4)}-12-31` };
    case 'last-12-months':
      return { start: temporalAddMonths(monthStart, -11), end: monthEnd(monthStart) };
  }
}
