import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, dayCount, isWholeMonths, type DayRange } from './calendar-date.ts';
import { previousPeriod, previousPeriodByWeeks, previousYear } from './comparison.ts';
import { dayOfWeek } from './calendar-date.ts';

const r = (start: string, end: string): DayRange => ({ start, end });

describe(previousPeriod.name, () => {
  it('takes the same number of days right before', () => {
    expect(previousPeriod(r('2026-10-22', '2026-11-20'))).toEqual(r('2026-09-22', '2026-10-21'));
    expect(previousPeriod(r('2026-11-20', '2026-11-20'))).toEqual(r('2026-11-19', '2026-11-19'));
    expect(previousPeriod(r('2026-11-16', '2026-11-22'))).toEqual(r('2026-11-09', '2026-11-15'));
    expect(previousPeriod(r('2028-03-01', '2028-03-07'))).toEqual(r('2028-02-23', '2028-02-29'));
  });

  it('compares whole months with whole months', () => {
    expect(previousPeriod(r('2026-10-01', '2026-10-31'))).toEqual(r('2026-09-01', '2026-09-30'));
    expect(previousPeriod(r('2028-03-01', '2028-03-31'))).toEqual(r('2028-02-01', '2028-02-29'));
    expect(previousPeriod(r('2026-10-01', '2026-12-31'))).toEqual(r('2026-07-01', '2026-09-30'));
    expect(previousPeriod(r('2025-12-01', '2026-11-30'))).toEqual(r('2024-12-01', '2025-11-30'));
    expect(previousPeriod(r('2026-01-01', '2026-12-31'))).toEqual(r('2025-01-01', '2025-12-31'));
  });

  it('always ends the day before and matches the length of day ranges', () => {
    const day = fc.integer({ min: 0, max: 30_000 }).map((n) => addDays('1975-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 800 }), (start, days) => {
        const range = r(start, addDays(start, days - 1));
        const prev = previousPeriod(range);
        expect(addDays(prev.end, 1)).toBe(range.start);
        if (!isWholeMonths(range)) expect(dayCount(prev)).toBe(days);
        else expect(isWholeMonths(prev)).toBe(true);
      }),
    );
  });
});

describe(previousYear.name, () => {
  it('shifts the dates back one year', () => {
    expect(previousYear(r('2026-10-22', '2026-11-20'))).toEqual(r('2025-10-22', '2025-11-20'));
  });

  it('maps Feb 29 to Feb 28', () => {
    expect(previousYear(r('2028-02-29', '2028-02-29'))).toEqual(r('2027-02-28', '2027-02-28'));
    expect(previousYear(r('2028-02-20', '2028-03-05'))).toEqual(r('2027-02-20', '2027-03-05'));
  });

  it('keeps whole months whole, leap day included', () => {
    expect(previousYear(r('2029-02-01', '2029-02-28'))).toEqual(r('2028-02-01', '2028-02-29'));
    expect(previousYear(r('2028-02-01', '2028-02-29'))).toEqual(r('2027-02-01', '2027-02-28'));
    expect(previousYear(r('2026-10-01', '2026-12-31'))).toEqual(r('2025-10-01', '2025-12-31'));
  });
});

describe(previousPeriodByWeeks.name, () => {
  it('keeps the length and each weekday, ending before the range starts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 400 }), (offset, extra) => {
        const start = addDays('1980-01-01', offset);
        const range = { start, end: addDays(start, extra) };
        const previous = previousPeriodByWeeks(range);
        expect(dayCount(previous)).toBe(dayCount(range));
        expect(dayOfWeek(previous.start)).toBe(dayOfWeek(range.start));
        expect(previous.end < range.start).toBe(true);
        expect(addDays(previous.end, 7) >= range.start).toBe(true); // less than a week's gap
      }),
    );
  });

  it('compares 30 days with the 30 days that start 35 days earlier', () => {
    expect(previousPeriodByWeeks({ start: '2026-10-22', end: '2026-11-20' })).toEqual({ start: '2026-09-17', end: '2026-10-16' });
  });
});
