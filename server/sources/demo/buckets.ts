/**
 * Bucket starts for the new-conversations report: bucket k starts at addDays / addWeeks /
 * addMonths(start, k) on the wall clock of `tz` (date-fns on TZDate semantics; months
 * counted from the original start, so Jan 31 + 1 month = Feb 28/29), while <= end.
 * Wall-clock arithmetic is done here directly for speed; within 15 hours of a DST change
 * it defers to TZDate so the edge cases resolve exactly as date-fns resolves them.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, addWeeks } from 'date-fns';
import type { ViewBy } from '../../../contract/api/schemas.ts';
import { offsetMs, wallToInstant } from './zone-offsets.ts';

const DAY_MS = 86_400_000;

function viaTZDate(startMs: number, k: number, viewBy: ViewBy, tz: string): number {
  const start = new TZDate(startMs, tz);
  const step = viewBy === 'month' ? addMonths : viewBy === 'week' ? addWeeks : addDays;
  return step(start, k).getTime();
}

/** Bucket start instants (ms) from `startMs` while <= `endMs`. */
export function bucketStarts(startMs: number, endMs: number, viewBy: ViewBy, tz: string): number[] {
  const out: number[] = [];
  if (startMs > endMs) return out;
  out.push(startMs);
  const wall = startMs + offsetMs(tz, startMs);
  const d = new Date(wall);
  const [year, month, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  const timeOfDay = wall - Date.UTC(year, month, day);
  for (let k = 1; ; k++) {
    let target: number;
    if (viewBy === 'month') {
      const daysInMonth = new Date(Date.UTC(year, month + k + 1, 0)).getUTCDate();
      target = Date.UTC(year, month + k, Math.min(day, daysInMonth)) + timeOfDay;
    } else {
      target = wall + k * (viewBy === 'week' ? 7 : 1) * DAY_MS;
    }
    const b = wallToInstant(target, tz) ?? viaTZDate(startMs, k, viewBy, tz);
    if (b > endMs) return out;
    out.push(b);
  }
}

/** "2015-01-01T00:00:00Z": ISO 8601 to the second, as Help Scout writes bucket starts. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19) + 'Z';
}
