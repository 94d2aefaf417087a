/**
 * Office hours: Monday to Friday, 09:00–17:00 on the wall clock of the account's zone.
 * This is the plain, day-by-day reference; OfficeCalendar answers the same questions in
 * O(log n) for the generator and the reports, and its tests hold it to this one.
 */
import { TZDate } from '@date-fns/tz';

export const OFFICE_OPEN_HOUR = 9;
export const OFFICE_CLOSE_HOUR = 17;
const DAY_MS = 86_400_000;

/** One local calendar day, as the UTC-midnight timestamp of its date (a zone-free key). */
type DayKey = number;

const dayCache = new Map<string, readonly [number, number]>();

/** [open, close) of the office on local day `day` in `tz`, in epoch seconds (DST-correct). */
export function officeDay(day: DayKey, tz: string): readonly [number, number] {
  const key = `${tz}|${day}`;
  let hit = dayCache.get(key);
  if (!hit) {
    const d = new Date(day);
    const at = (hour: number) =>
      new TZDate(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), hour, 0, 0, tz).getTime() / 1000;
    hit = [at(OFFICE_OPEN_HOUR), at(OFFICE_CLOSE_HOUR)] as const;
    // A bounded memo: the reports only ever look at a few years of days per zone.
    if (dayCache.size > 200_000) dayCache.clear();
    dayCache.set(key, hit);
  }
  return hit;
}

/** The local calendar day (as a DayKey) that instant `sec` falls on in `tz`. */
export function localDay(sec: number, tz: string): DayKey {
  const local = new TZDate(sec * 1000, tz);
  return Date.UTC(local.getFullYear(), local.getMonth(), local.getDate());
}

export function isWeekday(day: DayKey): boolean {
  const dow = new Date(day).getUTCDay();
  return dow >= 1 && dow <= 5;
}

/** Seconds of [fromSec, toSec] that fall inside office hours; 0 when from >= to. */
export function officeSecondsBetween(fromSec: number, toSec: number, tz: string): number {
  if (!(fromSec < toSec)) return 0;
  let total = 0;
  const last = localDay(toSec, tz);
  for (let day = localDay(fromSec, tz); day <= last; day += DAY_MS) {
    if (!isWeekday(day)) continue;
    const [open, close] = officeDay(day, tz);
    const overlap = Math.min(close, toSec) - Math.max(open, fromSec);
    if (overlap > 0) total += overlap;
  }
  return total;
}
