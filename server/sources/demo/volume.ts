/**
 * How many conversations to expect in a given hour: busy weekdays and quiet weekends,
 * a business-hours peak on the account's wall clock, ~30 % growth a year, and a little
 * day-to-day weather (with the odd incident day). Scaled so that the two years before
 * the construction-time clock hold about `total` conversations.
 */
import { hash32 } from './prng.ts';
import { offsetMs } from './zone-offsets.ts';

const HOUR_SEC = 3600;
const YEAR_SEC = 365.25 * 86_400;
const GROWTH_PER_YEAR = 1.3;

/** Relative traffic by local hour of day. */
const BY_HOUR = [
  0.12, 0.1, 0.08, 0.08, 0.1, 0.15, 0.3, 0.55, 0.95, 1.35, 1.5, 1.45, 1.2, 1.35, 1.4, 1.3, 1.1, 0.85, 0.6, 0.5, 0.42,
  0.35, 0.25, 0.18,
];
/** Relative traffic by local day of week, Sunday first. */
const BY_WEEKDAY = [0.32, 1.15, 1.1, 1.05, 1.05, 0.92, 0.38];

export class VolumeModel {
  private readonly seed: number;
  private readonly tz: string;
  private readonly now0Sec: number;
  private readonly base: number;

  constructor(seed: number, tz: string, originSec: number, now0Sec: number, total: number) {
    this.seed = seed;
    this.tz = tz;
    this.now0Sec = now0Sec;
    let shape = 0;
    for (let h = originSec; h < now0Sec; h += HOUR_SEC) shape += this.shape(h);
    this.base = shape > 0 ? total / shape : 0;
  }

  /** The deterministic part: season of the week and hour, times growth. */
  private shape(hourSec: number): number {
    const localHour = Math.floor((hourSec * 1000 + offsetMs(this.tz, hourSec * 1000)) / 3_600_000);
    const weekday = (Math.floor(localHour / 24) + 4) % 7; // 1970-01-01 was a Thursday
    const growth = Math.pow(GROWTH_PER_YEAR, (hourSec - this.now0Sec) / YEAR_SEC);
    return (BY_HOUR[localHour % 24] as number) * (BY_WEEKDAY[weekday] as number) * growth;
  }

  /** Day-level noise: lognormal around 1, and about one day in 60 with an incident. */
  private weather(hourSec: number): number {
    const day = Math.floor(hourSec / 86_400);
    const u1 = (hash32(this.seed, day, 0xda1) + 1) / 4294967297;
    const u2 = hash32(this.seed, day, 0xda2) / 4294967296;
    const normal = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    const incident = hash32(this.seed, day, 0xda3) % 60 === 0 ? 1.8 : 1;
    return Math.exp(0.12 * normal) * incident;
  }

  /** Expected conversations created in [hourSec, hourSec + 1 h). */
  expected(hourSec: number): number {
    return this.base * this.shape(hourSec) * this.weather(hourSec);
  }
}
