import { describe, expect, it } from 'vitest';
import { addDays, type DayRange } from './calendar-date.ts';
import { allowedViewBy, allowedViewByComparing, defaultViewBy, defaultViewByForInstants, nearestViewBy } from './view-by.ts';
import { dayRangeToInstants } from './zoned.ts';

const days = (n: number): DayRange => ({ start: '2026-01-01', end: addDays('2026-01-01', n - 1) });

describe(allowedViewBy.name, () => {
  it.each([
    [1, ['day', 'week']],
    [60, ['day', 'week']],
    [61, ['day', 'week', 'month']],
    [120, ['day', 'week', 'month']],
    [121, ['week', 'month']],
    [366, ['week', 'month']],
    [367, ['month']],
  ])('%i days allow %j', (n, expected) => {
    expect(allowedViewBy(days(n))).toEqual(expected);
  });
});

describe(defaultViewBy.name, () => {
  it('picks the finest allowed size, as the API does', () => {
    expect(defaultViewBy(days(30))).toBe('day');
    expect(defaultViewBy(days(365))).toBe('week');
    expect(defaultViewBy(days(400))).toBe('month');
  });
});

describe(nearestViewBy.name, () => {
  it('keeps an allowed choice', () => {
    expect(nearestViewBy('week', allowedViewBy(days(30)))).toBe('week');
    expect(nearestViewBy('month', allowedViewBy(days(90)))).toBe('month');
  });

  it('moves to the closest allowed size', () => {
    expect(nearestViewBy('day', allowedViewBy(days(200)))).toBe('week');
    expect(nearestViewBy('day', allowedViewBy(days(500)))).toBe('month');
    expect(nearestViewBy('month', allowedViewBy(days(30)))).toBe('week');
    expect(nearestViewBy('week', allowedViewBy(days(500)))).toBe('month');
  });
});

describe(allowedViewByComparing.name, () => {
  it('needs a non-default size to fit the comparison range too', () => {
    // March + April (61 days) against January + February (59 days): month fits only the first.
    const range = { start: '2026-03-01', end: '2026-04-30' };
    const previous = { start: '2026-01-01', end: '2026-02-28' };
    expect(allowedViewByComparing(range, previous)).toEqual(['day', 'week']);
    expect(allowedViewByComparing(range, null)).toEqual(['day', 'week', 'month']);
  });

  it('always keeps the default, which the API does not check against the comparison', () => {
    const range = { start: '2027-01-01', end: '2027-04-30' };
    const previous = { start: '2026-09-01', end: '2026-12-31' };
    expect(allowedViewByComparing(range, previous)).toEqual(['day', 'week', 'month']);
  });
});

describe(defaultViewByForInstants.name, () => {
  it('agrees with the whole-day rule across DST changes', () => {
    for (const n of [1, 60, 61, 120, 121, 366, 367, 800]) {
      for (const tz of ['UTC', 'Europe/Berlin', 'America/New_York']) {
        const range = { start: '2026-03-01', end: addDays('2026-03-01', n - 1) };
        const { start, end } = dayRangeToInstants(range, tz);
        expect(defaultViewByForInstants(start, end, tz)).toBe(defaultViewBy(range));
      }
    }
  });
});
