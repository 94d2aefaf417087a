import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { officeSecondsBetween } from './office-hours.ts';

const at = (iso: string) => Date.parse(iso) / 1000;
const H = 3600;

describe(officeSecondsBetween.name, () => {
  const NY = 'America/New_York';

  it('counts 09:00–17:00 local on a weekday', () => {
    // Wednesday 2026-01-14; New York is UTC-5 in winter.
    expect(officeSecondsBetween(at('2026-01-14T00:00:00Z'), at('2026-01-15T00:00:00Z'), NY)).toBe(8 * H);
    expect(officeSecondsBetween(at('2026-01-14T15:00:00Z'), at('2026-01-14T16:30:00Z'), NY)).toBe(1.5 * H);
    expect(officeSecondsBetween(at('2026-01-14T13:30:00Z'), at('2026-01-14T14:30:00Z'), NY)).toBe(0.5 * H);
    expect(officeSecondsBetween(at('2026-01-14T21:59:59Z'), at('2026-01-14T22:00:01Z'), NY)).toBe(1);
  });

  it('counts nothing at weekends', () => {
    expect(officeSecondsBetween(at('2026-01-17T00:00:00Z'), at('2026-01-19T05:00:00Z'), NY)).toBe(0);
  });

  it('is 0 when from >= to', () => {
    expect(officeSecondsBetween(at('2026-01-14T15:00:00Z'), at('2026-01-14T15:00:00Z'), NY)).toBe(0);
    expect(officeSecondsBetween(at('2026-01-14T16:00:00Z'), at('2026-01-14T15:00:00Z'), NY)).toBe(0);
  });

  it('follows the local clock across DST changes', () => {
    // New York springs forward on Sunday 2026-03-08: Friday opens 14:00Z, Monday 13:00Z.
    expect(officeSecondsBetween(at('2026-03-06T17:00:00Z'), at('2026-03-09T17:00:00Z'), NY)).toBe(5 * H + 4 * H);
    expect(officeSecondsBetween(at('2026-03-09T12:00:00Z'), at('2026-03-09T14:00:00Z'), NY)).toBe(1 * H);
    // Berlin opens at 08:00Z in winter and 07:00Z in summer (after 2026-03-29).
    expect(officeSecondsBetween(at('2026-03-27T07:00:00Z'), at('2026-03-27T09:00:00Z'), 'Europe/Berlin')).toBe(1 * H);
    expect(officeSecondsBetween(at('2026-03-30T07:00:00Z'), at('2026-03-30T09:00:00Z'), 'Europe/Berlin')).toBe(2 * H);
    // New York falls back on Sunday 2026-11-01: a whole week around it still has 40 hours.
    expect(officeSecondsBetween(at('2026-10-26T04:00:00Z'), at('2026-11-02T05:00:00Z'), NY)).toBe(40 * H);
  });

  it('handles half-hour zones', () => {
    // Kolkata is UTC+5:30: 09:00 local is 03:30Z.
    expect(officeSecondsBetween(at('2026-01-14T03:00:00Z'), at('2026-01-14T04:00:00Z'), 'Asia/Kolkata')).toBe(0.5 * H);
  });

  it('adds up over spans of many weeks', () => {
    expect(officeSecondsBetween(at('2026-01-05T05:00:00Z'), at('2026-03-16T04:00:00Z'), NY)).toBe(10 * 40 * H);
    expect(officeSecondsBetween(at('2025-01-06T00:00:00Z'), at('2026-01-05T00:00:00Z'), 'UTC')).toBe(52 * 40 * H);
  });

  it('is additive over adjacent spans and never exceeds the span', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: at('2024-01-01T00:00:00Z'), max: at('2027-01-01T00:00:00Z') }),
        fc.integer({ min: 0, max: 20 * 86_400 }),
        fc.integer({ min: 0, max: 20 * 86_400 }),
        fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata'),
        (a, d1, d2, tz) => {
          const ab = officeSecondsBetween(a, a + d1, tz);
          const bc = officeSecondsBetween(a + d1, a + d1 + d2, tz);
          expect(ab + bc).toBe(officeSecondsBetween(a, a + d1 + d2, tz));
          expect(ab).toBeLessThanOrEqual(d1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
