import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, addWeeks } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VIEW_BY } from '../../../contract/api/schemas.ts';
import { bucketStarts, isoSeconds } from './buckets.ts';

const ms = (iso: string) => Date.parse(iso);
const starts = (start: string, end: string, viewBy: 'day' | 'week' | 'month', tz = 'UTC') =>
  bucketStarts(ms(start), ms(end), viewBy, tz).map(isoSeconds);

describe(bucketStarts.name, () => {
  it('steps months from the original start, clamping to month ends', () => {
    expect(starts('2024-01-31T00:00:00Z', '2024-05-31T00:00:00Z', 'month')).toEqual([
      '2024-01-31T00:00:00Z',
      '2024-02-29T00:00:00Z',
      '2024-03-31T00:00:00Z',
      '2024-04-30T00:00:00Z',
      '2024-05-31T00:00:00Z',
    ]);
    expect(starts('2023-01-31T00:00:00Z', '2023-03-01T00:00:00Z', 'month')).toEqual(['2023-01-31T00:00:00Z', '2023-02-28T00:00:00Z']);
  });

  it('handles the leap day', () => {
    expect(starts('2024-02-28T00:00:00Z', '2024-03-01T12:00:00Z', 'day')).toEqual(['2024-02-28T00:00:00Z', '2024-02-29T00:00:00Z', '2024-03-01T00:00:00Z']);
    expect(starts('2024-02-29T00:00:00Z', '2025-03-01T00:00:00Z', 'month').slice(-2)).toEqual(['2025-01-29T00:00:00Z', '2025-02-28T00:00:00Z']);
  });

  it('keeps local midnight across the Berlin spring-forward (23-hour day)', () => {
    expect(starts('2026-03-27T23:00:00Z', '2026-03-31T00:00:00Z', 'day', 'Europe/Berlin')).toEqual([
      '2026-03-27T23:00:00Z',
      '2026-03-28T23:00:00Z',
      '2026-03-29T22:00:00Z',
      '2026-03-30T22:00:00Z',
    ]);
    expect(starts('2026-03-22T23:00:00Z', '2026-04-06T00:00:00Z', 'week', 'Europe/Berlin')).toEqual([
      '2026-03-22T23:00:00Z',
      '2026-03-29T22:00:00Z',
      '2026-04-05T22:00:00Z',
    ]);
  });

  it('keeps local midnight across the New York fall-back (25-hour day)', () => {
    expect(starts('2026-10-31T04:00:00Z', '2026-11-03T00:00:00Z', 'day', 'America/New_York')).toEqual([
      '2026-10-31T04:00:00Z',
      '2026-11-01T04:00:00Z',
      '2026-11-02T05:00:00Z',
    ]);
    expect(starts('2026-10-01T04:00:00Z', '2026-12-01T05:00:00Z', 'month', 'America/New_York')).toEqual([
      '2026-10-01T04:00:00Z',
      '2026-11-01T04:00:00Z',
      '2026-12-01T05:00:00Z',
    ]);
  });

  it('starts each later day at local midnight after a skipped one (Havana, 2025-03-09 begins at 01:00)', () => {
    expect(starts('2025-03-09T05:00:00Z', '2025-03-11T03:59:59Z', 'day', 'America/Havana')).toEqual([
      '2025-03-09T05:00:00Z',
      '2025-03-10T04:00:00Z',
    ]);
  });

  it('starts a day at the first of two midnights (Antarctica/Casey, 2023-03-09)', () => {
    expect(starts('2023-03-07T13:00:00Z', '2023-03-09T12:59:59Z', 'day', 'Antarctica/Casey')).toEqual([
      '2023-03-07T13:00:00Z',
      '2023-03-08T13:00:00Z',
    ]);
  });

  it('steps weeks of 7 days from any start', () => {
    expect(starts('2015-01-01T00:00:00Z', '2015-01-31T23:59:59Z', 'week')).toEqual([
      '2015-01-01T00:00:00Z',
      '2015-01-08T00:00:00Z',
      '2015-01-15T00:00:00Z',
      '2015-01-22T00:00:00Z',
      '2015-01-29T00:00:00Z',
    ]);
  });

  it('includes a bucket that starts exactly at end, and none when start > end', () => {
    expect(starts('2026-01-01T00:00:00Z', '2026-01-03T00:00:00Z', 'day')).toHaveLength(3);
    expect(starts('2026-01-01T00:00:00Z', '2026-01-02T23:59:59Z', 'day')).toHaveLength(2);
    expect(starts('2026-01-02T00:00:00Z', '2026-01-01T00:00:00Z', 'day')).toEqual([]);
  });

  it('agrees with date-fns on TZDate everywhere, including starts inside DST gaps and overlaps', () => {
    const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Kolkata'];
    const step = { day: addDays, week: addWeeks, month: addMonths };
    fc.assert(
      fc.property(
        fc.integer({ min: ms('2020-01-01T00:00:00Z'), max: ms('2030-01-01T00:00:00Z') }),
        fc.integer({ min: 0, max: 200 * 86_400_000 }),
        fc.constantFrom(...VIEW_BY),
        fc.constantFrom(...zones),
        (start, length, viewBy, tz) => {
          const expected: number[] = [];
          for (let k = 0; ; k++) {
            const b = step[viewBy](new TZDate(start, tz), k).getTime();
            if (b > start + length) break;
            expected.push(b);
          }
          expect(bucketStarts(start, start + length, viewBy, tz)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agrees with date-fns for starts at the wall times that DST skips or repeats', () => {
    // 02:30 on the Berlin spring-forward day does not exist; 01:30 on New York's fall-back day happens twice.
    for (const [start, tz] of [
      ['2026-03-28T01:30:00Z', 'Europe/Berlin'],
      ['2026-03-01T01:30:00Z', 'Europe/Berlin'],
      ['2026-10-31T05:30:00Z', 'America/New_York'],
      ['2026-10-01T05:30:00Z', 'America/New_York'],
    ] as const) {
      for (const viewBy of VIEW_BY) {
        const s = ms(start);
        const expected = [0, 1, 2, 3].map((k) => ({ day: addDays, week: addWeeks, month: addMonths })[viewBy](new TZDate(s, tz), k).getTime());
        expect(bucketStarts(s, expected[3]!, viewBy, tz)).toEqual(expected);
      }
    }
  });
});

describe(isoSeconds.name, () => {
  it('writes UTC to the second, dropping milliseconds', () => {
    expect(isoSeconds(ms('2015-01-01T00:00:00.999Z'))).toBe('2015-01-01T00:00:00Z');
  });
});
