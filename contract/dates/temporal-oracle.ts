/**
 * Test-only (imported by *.oracle.test.ts alone): an independent reference for the zoned calendar, built on Temporal
 * (@js-temporal/polyfill), and a fast-check arbitrary of (zone, day) cases over every IANA zone,
 * weighted toward the days around offset changes, where skipped and repeated midnights live.
 */
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';

export const ALL_ZONES: readonly string[] = Intl.supportedValuesOf('timeZone');

const FROM = Date.UTC(1971, 0, 1);
const TO = Date.UTC(2037, 0, 1);

/** The first instant of `day` in `tz`, per Temporal (the end of the gap when midnight is skipped). */
export function temporalStartOfDay(day: string, tz: string): number {
  return Temporal.PlainDate.from(day).toZonedDateTime({ timeZone: tz }).epochMilliseconds;
}

export function temporalDateOf(ms: number, tz: string): string {
  return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(tz).toPlainDate().toString();
}

export function temporalAddDays(day: string, days: number): string {
  return Temporal.PlainDate.from(day).add({ days }).toString();
}

/** Months clamp to the month's end (Temporal's default overflow: 'constrain'). */
export function temporalAddMonths(day: string, months: number): string {
  return Temporal.PlainDate.from(day).add({ months }).toString();
}

/** Calendar days from `a` to `b`, both included. */
export function temporalDayCount(a: string, b: string): number {
  return Temporal.PlainDate.from(a).until(Temporal.PlainDate.from(b), { largestUnit: 'day' }).days + 1;
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function temporalDayOfWeek(day: string): number {
  return Temporal.PlainDate.from(day).dayOfWeek;
}

/** The local day of the zone's first offset change after `ms` (or `ms`'s own day when it has none). */
function dayOfNextTransition(tz: string, ms: number): string {
  const zdt = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(tz);
  const next = zdt.getTimeZoneTransition('next');
  return (next && next.epochMilliseconds < TO ? next : zdt).toPlainDate().toString();
}

export interface ZoneDay {
  tz: string;
  day: string;
}

/** Three in four cases fall within two days of an offset change; the rest anywhere in 1971–2036. */
export const zoneDayArb: fc.Arbitrary<ZoneDay> = fc
  .tuple(fc.constantFrom(...ALL_ZONES), fc.integer({ min: FROM, max: TO }), fc.integer({ min: -2, max: 2 }), fc.nat(3))
  .map(([tz, ms, shift, pick]) => ({
    tz,
    day: pick === 0 ? temporalDateOf(ms, tz) : temporalAddDays(dayOfNextTransition(tz, ms), shift),
  }));

/** Cases that every zone gets at least once, at its offset changes, before the random ones. */
export function transitionDaysOfEveryZone(): ZoneDay[] {
  return ALL_ZONES.map((tz) => ({ tz, day: dayOfNextTransition(tz, Date.UTC(2023, 0, 1)) }));
}

/** The named defects: skipped midnights, repeated midnights east of UTC, two-hour moves, skipped days. */
export const KNOWN_EDGE_DAYS: readonly ZoneDay[] = [
  { tz: 'America/Havana', day: '2025-03-09' },
  { tz: 'America/Santiago', day: '2026-09-06' },
  { tz: 'Asia/Beirut', day: '2024-03-31' },
  { tz: 'Atlantic/Azores', day: '2025-03-30' },
  { tz: 'Antarctica/Casey', day: '2023-03-09' },
  { tz: 'Asia/Amman', day: '2021-10-29' },
  { tz: 'Antarctica/Troll', day: '2023-10-29' },
  { tz: 'Pacific/Apia', day: '2011-12-30' },
  { tz: 'Pacific/Fakaofo', day: '2011-12-30' },
];
