/**
 * Office hours over a fixed span, as sorted intervals with prefix sums: office seconds
 * between two instants and "when does the office next open" both cost a binary search.
 * Outside the span it falls back to the day-by-day reference, so answers never change.
 */
import { isWeekday, localDay, officeDay, officeSecondsBetween } from './office-hours.ts';

const DAY_MS = 86_400_000;

export class OfficeCalendar {
  readonly tz: string;
  readonly fromSec: number;
  readonly toSec: number;
  private readonly open: Float64Array;
  private readonly close: Float64Array;
  /** Office seconds in all intervals before interval i. */
  private readonly before: Float64Array;

  constructor(tz: string, fromSec: number, toSec: number) {
    this.tz = tz;
    this.fromSec = fromSec;
    this.toSec = toSec;
    const opens: number[] = [];
    const closes: number[] = [];
    // One day of margin each side so intervals straddling the span's edges are whole.
    const last = localDay(toSec, tz) + DAY_MS;
    for (let day = localDay(fromSec, tz) - DAY_MS; day <= last; day += DAY_MS) {
      if (!isWeekday(day)) continue;
      const [o, c] = officeDay(day, tz);
      opens.push(o);
      closes.push(c);
    }
    this.open = Float64Array.from(opens);
    this.close = Float64Array.from(closes);
    this.before = new Float64Array(opens.length + 1);
    for (let i = 0; i < opens.length; i++) {
      this.before[i + 1] = (this.before[i] as number) + (closes[i] as number) - (opens[i] as number);
    }
  }

  private covers(sec: number): boolean {
    return sec >= this.fromSec && sec <= this.toSec;
  }

  /** Index of the last interval opening at or before `sec` (-1 when none). */
  private lastOpenAtOrBefore(sec: number): number {
    let lo = 0;
    let hi = this.open.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.open[mid] as number) <= sec) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** Office seconds from the start of the calendar up to `sec`. */
  private cumulative(sec: number): number {
    const i = this.lastOpenAtOrBefore(sec);
    if (i < 0) return 0;
    return (this.before[i] as number) + Math.min(sec, this.close[i] as number) - (this.open[i] as number);
  }

  /** Same contract as officeSecondsBetween. */
  secondsBetween(fromSec: number, toSec: number): number {
    if (!(fromSec < toSec)) return 0;
    if (!this.covers(fromSec) || !this.covers(toSec)) return officeSecondsBetween(fromSec, toSec, this.tz);
    return this.cumulative(toSec) - this.cumulative(fromSec);
  }

  /** `sec` itself when the office is open then, else the next opening. */
  nextOpen(sec: number): number {
    const i = this.lastOpenAtOrBefore(sec);
    if (i >= 0 && sec < (this.close[i] as number)) return sec;
    const next = this.open[i + 1];
    if (next !== undefined && this.covers(sec)) return next;
    return this.nextOpenSlow(sec);
  }

  private nextOpenSlow(sec: number): number {
    for (let day = localDay(sec, this.tz); ; day += DAY_MS) {
      if (!isWeekday(day)) continue;
      const [o, c] = officeDay(day, this.tz);
      if (sec < c) return Math.max(o, sec);
    }
  }
}
