import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OfficeCalendar } from './office-calendar.ts';
import { officeSecondsBetween } from './office-hours.ts';

const at = (iso: string) => Date.parse(iso) / 1000;
const FROM = at('2025-10-01T00:00:00Z');
const TO = at('2026-04-30T00:00:00Z');
const instant = fc.integer({ min: FROM - 40 * 86_400, max: TO + 40 * 86_400 });

describe(OfficeCalendar.name, () => {
  for (const tz of ['America/New_York', 'Europe/Berlin', 'Asia/Kolkata']) {
    const calendar = new OfficeCalendar(tz, FROM, TO);

    it(`agrees with officeSecondsBetween in ${tz}, inside and outside its span`, () => {
      fc.assert(
        fc.property(instant, fc.integer({ min: -86_400, max: 30 * 86_400 }), (a, d) => {
          expect(calendar.secondsBetween(a, a + d)).toBe(officeSecondsBetween(a, a + d, tz));
        }),
        { numRuns: 400 },
      );
    });

    it(`finds the next opening in ${tz}`, () => {
      fc.assert(
        fc.property(instant, (t) => {
          const open = calendar.nextOpen(t);
          expect(open).toBeGreaterThanOrEqual(t);
          expect(officeSecondsBetween(t, open, tz)).toBe(0);
          expect(officeSecondsBetween(open, open + 1, tz)).toBe(1);
        }),
        { numRuns: 400 },
      );
    });
  }

  it('opens Monday 09:00 after a Friday evening', () => {
    const calendar = new OfficeCalendar('America/New_York', FROM, TO);
    expect(calendar.nextOpen(at('2026-01-16T23:00:00Z'))).toBe(at('2026-01-19T14:00:00Z'));
    expect(calendar.nextOpen(at('2026-01-19T15:00:00Z'))).toBe(at('2026-01-19T15:00:00Z'));
  });
});
