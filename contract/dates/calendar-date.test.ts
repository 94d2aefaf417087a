import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  dayCount,
  daysBetween,
  endOfMonth,
  isWholeMonths,
  monthCount,
  parseCalendarDate,
} from './calendar-date.ts';

describe(parseCalendarDate.name, () => {
  it('accepts real days, leap days included', () => {
    expect(parseCalendarDate('2026-11-20')).toBe('2026-11-20');
    expect(parseCalendarDate('2028-02-29')).toBe('2028-02-29');
    expect(parseCalendarDate('2000-02-29')).toBe('2000-02-29');
  });

  it.each(['2026-02-29', '2100-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-1-5', '20261120', '', '1969-12-31', '2101-01-01'])(
    'rejects %j',
    (value) => {
      expect(parseCalendarDate(value)).toBeUndefined();
    },
  );
});

describe(addMonths.name, () => {
  it('clamps to the end of shorter months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2028-02-29', -12)).toBe('2027-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });
});

describe(addDays.name, () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('is undone by its opposite', () => {
    const day = fc.integer({ min: 0, max: 40_000 }).map((n) => addDays('1971-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: -2000, max: 2000 }), (d, n) => {
        expect(addDays(addDays(d, n), -n)).toBe(d);
        expect(daysBetween(d, addDays(d, n))).toBe(n);
      }),
    );
  });
});

describe(endOfMonth.name, () => {
  it('knows February in leap and common years', () => {
    expect(endOfMonth('2028-02-10')).toBe('2028-02-29');
    expect(endOfMonth('2026-02-10')).toBe('2026-02-28');
    expect(endOfMonth('2026-04-30')).toBe('2026-04-30');
    expect(endOfMonth('2026-12-01')).toBe('2026-12-31');
  });
});

describe(dayCount.name, () => {
  it('counts both ends', () => {
    expect(dayCount({ start: '2026-11-20', end: '2026-11-20' })).toBe(1);
    expect(dayCount({ start: '2028-02-01', end: '2028-02-29' })).toBe(29);
    expect(dayCount({ start: '2026-01-01', end: '2026-12-31' })).toBe(365);
  });
});

describe(isWholeMonths.name, () => {
  it('needs a 1st to start and a month end to finish', () => {
    expect(isWholeMonths({ start: '2028-02-01', end: '2028-02-29' })).toBe(true);
    expect(isWholeMonths({ start: '2026-02-01', end: '2026-02-27' })).toBe(false);
    expect(isWholeMonths({ start: '2026-02-02', end: '2026-02-28' })).toBe(false);
  });
});

describe(monthCount.name, () => {
  it('counts months across years', () => {
    expect(monthCount({ start: '2025-12-01', end: '2026-11-30' })).toBe(12);
    expect(monthCount({ start: '2026-10-01', end: '2026-12-31' })).toBe(3);
  });
});
