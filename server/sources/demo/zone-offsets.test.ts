import { tzOffset } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offsetMs, wallToInstant } from './zone-offsets.ts';

const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Kathmandu', 'Pacific/Chatham'];
const instant = fc.integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: Date.parse('2040-01-01T00:00:00Z') });

describe(offsetMs.name, () => {
  it('agrees with Intl at random instants', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instant, (tz, t) => {
        expect(offsetMs(tz, t)).toBe(Math.round(tzOffset(tz, new Date(t)) * 60) * 1000);
      }),
      { numRuns: 2000 },
    );
  });

  it('switches at the exact second of a transition', () => {
    const t = Date.parse('2026-03-08T07:00:00Z'); // 02:00 EST → 03:00 EDT
    expect(offsetMs('America/New_York', t - 1)).toBe(-5 * 3_600_000);
    expect(offsetMs('America/New_York', t)).toBe(-4 * 3_600_000);
  });

  it('rejects unknown zones', () => {
    expect(() => offsetMs('Mars/Olympus_Mons', 0)).toThrow(RangeError);
  });
});

describe(wallToInstant.name, () => {
  it('maps wall-clock times far from transitions', () => {
    expect(wallToInstant(Date.parse('2026-01-14T09:00:00Z'), 'America/New_York')).toBe(Date.parse('2026-01-14T14:00:00Z'));
    expect(wallToInstant(Date.parse('2026-07-14T09:00:00Z'), 'Europe/Berlin')).toBe(Date.parse('2026-07-14T07:00:00Z'));
  });

  it('declines near a transition, where the wall time may not exist or repeat', () => {
    expect(wallToInstant(Date.parse('2026-03-29T02:30:00Z'), 'Europe/Berlin')).toBeUndefined();
    expect(wallToInstant(Date.parse('2026-11-01T01:30:00Z'), 'America/New_York')).toBeUndefined();
  });
});
