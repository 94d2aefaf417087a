import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, dayCount, type DayRange } from './calendar-date.ts';
import { RANGE_PRESETS, rangeFromPreset, type RangePreset } from './range-presets.ts';
import type { WeekStart } from './week-start.ts';

// 2026-11-20 is a Friday in Q4.
const at = (preset: RangePreset, today = '2026-11-20', weekStart: WeekStart = 'monday') =>
  rangeFromPreset(preset, { today, weekStart });
const r = (start: string, end: string): DayRange => ({ start, end });

describe(rangeFromPreset.name, () => {
  it.each<[RangePreset, DayRange]>([
    ['today', r('2026-11-20', '2026-11-20')],
    ['yesterday', r('2026-11-19', '2026-11-19')],
    ['last-7-days', r('2026-11-14', '2026-11-20')],
    ['last-30-days', r('2026-10-22', '2026-11-20')],
    ['last-90-days', r('2026-08-23', '2026-11-20')],
    ['this-week', r('2026-11-16', '2026-11-22')],
    ['last-week', r('2026-11-09', '2026-11-15')],
    ['this-month', r('2026-11-01', '2026-11-30')],
    ['last-month', r('2026-10-01', '2026-10-31')],
    ['this-quarter', r('2026-10-01', '2026-12-31')],
    ['last-quarter', r('2026-07-01', '2026-09-30')],
    ['this-year', r('2026-01-01', '2026-12-31')],
    ['last-12-months', r('2025-12-01', '2026-11-30')],
  ])('%s on Friday 2026-11-20', (preset, expected) => {
    expect(at(preset)).toEqual(expected);
  });

  it('starts weeks on Sunday when asked', () => {
    expect(at('this-week', '2026-11-20', 'sunday')).toEqual(r('2026-11-15', '2026-11-21'));
    expect(at('last-week', '2026-11-20', 'sunday')).toEqual(r('2026-11-08', '2026-11-14'));
    // On a Sunday, that Sunday opens the week; with Monday weeks it closes one.
    expect(at('this-week', '2026-11-22', 'sunday')).toEqual(r('2026-11-22', '2026-11-28'));
    expect(at('this-week', '2026-11-22', 'monday')).toEqual(r('2026-11-16', '2026-11-22'));
  });

  it('knows leap years and month ends', () => {
    expect(at('this-month', '2028-02-15')).toEqual(r('2028-02-01', '2028-02-29'));
    expect(at('last-month', '2028-03-31')).toEqual(r('2028-02-01', '2028-02-29'));
    expect(at('last-month', '2026-03-31')).toEqual(r('2026-02-01', '2026-02-28'));
    expect(at('last-30-days', '2028-03-01')).toEqual(r('2028-02-01', '2028-03-01'));
    expect(at('last-30-days', '2026-03-01')).toEqual(r('2026-01-31', '2026-03-01'));
    expect(at('yesterday', '2028-03-01')).toEqual(r('2028-02-29', '2028-02-29'));
    expect(at('last-12-months', '2028-02-29')).toEqual(r('2027-03-01', '2028-02-29'));
  });

  it('crosses the year for January and the first quarter', () => {
    expect(at('last-month', '2027-01-05')).toEqual(r('2026-12-01', '2026-12-31'));
    expect(at('last-quarter', '2027-02-10')).toEqual(r('2026-10-01', '2026-12-31'));
    expect(at('last-week', '2027-01-01')).toEqual(r('2026-12-21', '2026-12-27'));
  });

  it('always gives a non-empty range that holds or precedes today', () => {
    const today = fc.integer({ min: 0, max: 30_000 }).map((n) => addDays('1975-01-01', n));
    fc.assert(
      fc.property(today, fc.constantFrom(...RANGE_PRESETS), fc.constantFrom<WeekStart>('monday', 'sunday'), (day, preset, weekStart) => {
        const range = rangeFromPreset(preset, { today: day, weekStart });
        expect(range.start <= range.end).toBe(true);
        if (preset === 'yesterday' || preset.startsWith('last-') && !preset.endsWith('-days') && preset !== 'last-12-months') {
          expect(range.end < day).toBe(true);
        } else {
          expect(range.start <= day && day <= range.end).toBe(true);
        }
        if (preset.endsWith('week')) expect(dayCount(range)).toBe(7);
      }),
    );
  });
});
