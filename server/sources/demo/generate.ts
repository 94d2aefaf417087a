/**
 * Builds the demo dataset hour by hour. Each hour draws from its own stream, rngFor(seed,
 * hour), so the same seed and clock always give the same data, and extending the dataset
 * later (as real time passes) appends exactly the hours a bigger first run would have made.
 */
import { MAX_CUSTOMERS, MAX_REPLIES, appendConversation } from './conversation.ts';
import { DemoDataset } from './dataset.ts';
import { attachHostileCustomers } from './hostile.ts';
import { OfficeCalendar } from './office-calendar.ts';
import { randInt, randPoisson, rngFor } from './prng.ts';
import { buildUserIndex } from './user-index.ts';
import { VolumeModel } from './volume.ts';

const HOUR = 3600;
const DAY = 86_400;
/** History starts this long before the clock: two years and a few days, on a UTC midnight. */
const HISTORY_DAYS = 735;
/** Conversations are generated this far past the clock, so "now" can move without work. */
export const LOOKAHEAD_SEC = 2 * DAY;
/** Replies and closings land at most ~9 days after creation; the calendar covers that. */
const CALENDAR_TAIL_SEC = 30 * DAY;

export interface GenerateOptions {
  seed: number;
  nowSec: number;
  conversations: number;
  tz: string;
  /** Generate through this instant instead of nowSec + LOOKAHEAD_SEC (tests). */
  untilSec?: number;
}

export function generateDataset(opts: GenerateOptions): DemoDataset {
  const originSec = Math.floor((opts.nowSec - HISTORY_DAYS * DAY) / DAY) * DAY;
  const params = {
    seed: opts.seed,
    now0Sec: opts.nowSec,
    originSec,
    tz: opts.tz,
    conversations: opts.conversations,
    customerPool: Math.max(500, Math.round(opts.conversations * 0.45)),
  };
  const until = opts.untilSec ?? opts.nowSec + LOOKAHEAD_SEC;
  const calendar = new OfficeCalendar(opts.tz, originSec - 2 * DAY, until + CALENDAR_TAIL_SEC);
  const ds = new DemoDataset(params, calendar, originSec - 1);
  const expected = opts.conversations * 1.15;
  ds.reserve(expected, expected * 2.2, expected * 1.25);
  appendHours(ds, until);
  ds.trim();
  attachHostileCustomers(ds, opts.nowSec);
  return ds;
}

/** Generates every hour up to `untilSec` not generated yet, then reindexes. */
export function extendDataset(ds: DemoDataset, untilSec: number): void {
  if (untilSec <= ds.horizonSec) return;
  const { tz, originSec } = ds.params;
  if (ds.calendar.toSec < untilSec + CALENDAR_TAIL_SEC / 2) {
    ds.calendar = new OfficeCalendar(tz, originSec - 2 * DAY, untilSec + CALENDAR_TAIL_SEC);
  }
  appendHours(ds, untilSec);
}

function appendHours(ds: DemoDataset, untilSec: number): void {
  const { seed, tz, originSec, now0Sec, conversations } = ds.params;
  const volume = new VolumeModel(seed, tz, originSec, now0Sec, conversations);
  for (let hour = ds.horizonSec + 1; hour <= untilSec; hour += HOUR) {
    const rng = rngFor(seed, hour / HOUR);
    const n = randPoisson(rng, volume.expected(hour));
    const offsets = new Int32Array(n);
    for (let i = 0; i < n; i++) offsets[i] = randInt(rng, HOUR);
    offsets.sort();
    ds.reserve(n, n * MAX_REPLIES, n * MAX_CUSTOMERS);
    for (let i = 0; i < n; i++) appendConversation(ds, rng, hour + (offsets[i] as number));
    ds.horizonSec = hour + HOUR - 1;
  }
  buildUserIndex(ds);
}
