/**
 * Calendar-aligned buckets (`align=calendar`, API-EXTENSIONS): each bucket is a local day, a week
 * from `weekStart`, or a month from the 1st, in `tz`, cut by the range; the first and the last
 * may be partial. Pure.
 */
import { TZDate } from '@date-fns/tz';
import type { ViewBy } from '../../../contract/api/schemas.ts';
import { offsetMs, wallToInstant } from '../demo/zone-offsets.ts';
import type { Span } from './plan.ts';

export type WeekStart = 'monday' | 'sunday';

export interface CalendarSpan extends Span {
  /** The range cuts this bucket's calendar period short. */
  partial: boolean;
}

/** The first instant of the local date y-m-d (month 0-based, may overflow) in `tz`. */
function localMidnight(y: number, m: number, d: number, tz: string): number {
  const wall = Date.UTC(y, m, d);
  const w = new Date(wall);
  return wallToInstant(wall, tz) ?? new TZDate(w.getUTCFullYear(), w.getUTCMonth(), w.getUTCDate(), tz).getTime();
}

export function calendarSpans(startMs: number, endMs: number, viewBy: ViewBy, tz: string, weekStart: WeekStart = 'monday'): CalendarSpan[] {
  const start = Math.floor(startMs / 1000) * 1000;
  const stop = Math.floor(endMs / 1000) * 1000 + 1000;
  const wall = new Date(start + offsetMs(tz, start));
  const y = wall.getUTCFullYear();
  let m = wall.getUTCMonth();
  let d = wall.getUTCDate();
  if (viewBy === 'month') d = 1;
  if (viewBy === 'week') d -= weekStart === 'monday' ? (wall.getUTCDay() + 6) % 7 : wall.getUTCDay();
  const out: CalendarSpan[] = [];
  // Date.UTC normalises overflowing months and days, so m and d just count on from y.
  let periodStart = localMidnight(y, m, d, tz);
  while (periodStart < stop) {
    if (viewBy === 'month') m += 1;
    else d += viewBy === 'week' ? 7 : 1;
    const next = localMidnight(y, m, d, tz);
    const s = Math.max(periodStart, start);
    const n = Math.min(next, stop);
    if (n > s) out.push({ start: s, next: n, partial: periodStart < start || next > stop });
    periodStart = next;
  }
  return out;
}
