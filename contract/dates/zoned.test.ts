import { afterEach, describe, expect, it, vi } from 'vitest';
import { calendarDateIn, dayRangeToInstants, startOfDayIn, toApiInstant, toLocalIsoString } from './zoned.ts';

const iso = (date: Date) => toApiInstant(date);

describe(dayRangeToInstants.name, () => {
  it('turns whole days in UTC into midnight .. 23:59:59', () => {
    const r = dayRangeToInstants({ start: '2026-11-01', end: '2026-11-30' }, 'UTC');
    expect(iso(r.start)).toBe('2026-11-01T00:00:00Z');
    expect(iso(r.end)).toBe('2026-11-30T23:59:59Z');
  });

  it('gives Europe/Berlin a 23-hour day when DST starts (last Sunday of March)', () => {
    const r = dayRangeToInstants({ start: '2026-03-29', end: '2026-03-29' }, 'Europe/Berlin');
    expect(iso(r.start)).toBe('2026-03-28T23:00:00Z');
    expect(iso(r.end)).toBe('2026-03-29T21:59:59Z');
    expect((r.end.getTime() - r.start.getTime() + 1000) / 3_600_000).toBe(23);
  });

  it('gives America/New_York a 25-hour day when DST ends (first Sunday of November)', () => {
    const r = dayRangeToInstants({ start: '2026-11-01', end: '2026-11-01' }, 'America/New_York');
    expect(iso(r.start)).toBe('2026-11-01T04:00:00Z');
    expect(iso(r.end)).toBe('2026-11-02T04:59:59Z');
    expect((r.end.getTime() - r.start.getTime() + 1000) / 3_600_000).toBe(25);
  });

  it('keeps a week across a DST change whole in local time', () => {
    const r = dayRangeToInstants({ start: '2026-03-23', end: '2026-03-29' }, 'Europe/Berlin');
    expect(iso(r.start)).toBe('2026-03-22T23:00:00Z');
    expect(iso(r.end)).toBe('2026-03-29T21:59:59Z');
  });

  it('handles zones east of UTC whose day starts the evening before', () => {
    const r = dayRangeToInstants({ start: '2028-02-29', end: '2028-02-29' }, 'Asia/Tokyo');
    expect(iso(r.start)).toBe('2028-02-28T15:00:00Z');
    expect(iso(r.end)).toBe('2028-02-29T14:59:59Z');
  });
});

describe(startOfDayIn.name, () => {
  it('starts a day whose midnight does not exist at the first real local time', () => {
    // Chile moves clocks from 00:00 to 01:00 on 2026-09-06.
    expect(toLocalIsoString(startOfDayIn('2026-09-06', 'America/Santiago'), 'America/Santiago')).toBe(
      '2026-09-06T01:00:00-03:00',
    );
  });
});

describe(calendarDateIn.name, () => {
  const now = new Date('2026-11-20T23:30:00Z');
  it('reads the day in the given zone, not the browser one', () => {
    expect(calendarDateIn(now, 'UTC')).toBe('2026-11-20');
    expect(calendarDateIn(now, 'Europe/Berlin')).toBe('2026-11-21');
    expect(calendarDateIn(now, 'America/Los_Angeles')).toBe('2026-11-20');
    expect(calendarDateIn(new Date('2026-11-21T04:59:59Z'), 'America/New_York')).toBe('2026-11-20');
  });
});

describe(toLocalIsoString.name, () => {
  it('writes the local time with the offset in force then', () => {
    expect(toLocalIsoString('2026-03-28T23:00:00Z', 'Europe/Berlin')).toBe('2026-03-29T00:00:00+01:00');
    expect(toLocalIsoString('2026-03-29T22:00:00Z', 'Europe/Berlin')).toBe('2026-03-30T00:00:00+02:00');
    expect(toLocalIsoString('2026-11-20T00:00:00Z', 'UTC')).toBe('2026-11-20T00:00:00Z');
  });
});

describe('under a patched global Date', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps zone math right when fake timers replace Date (as Playwright’s clock does)', () => {
    vi.useFakeTimers({ now: new Date('2026-11-20T15:30:00Z') });
    const r = dayRangeToInstants({ start: '2026-03-29', end: '2026-03-29' }, 'Europe/Berlin');
    expect(iso(r.start)).toBe('2026-03-28T23:00:00Z');
    expect(calendarDateIn(new Date(), 'Asia/Tokyo')).toBe('2026-11-21');
    expect(toLocalIsoString('2026-10-28T23:00:00Z', 'Europe/Berlin')).toBe('2026-10-29T00:00:00+01:00');
  });
});
