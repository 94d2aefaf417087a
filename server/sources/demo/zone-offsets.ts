/**
 * Fast UTC offsets for IANA zones. Intl costs a few microseconds per call, too slow for a
 * report that steps through hundreds of buckets or a generator that visits every hour, so
 * each ~398-day chunk of a zone is scanned once (every 6 hours, bisecting each change to
 * the second) and later lookups are a short search. Assumes at most one transition per
 * 6 hours, which holds for every real zone.
 */
import { offsetMs as intlOffset } from '../../../contract/dates/zoned.ts';

const CHUNK_MS = 2 ** 35;
const SAMPLE_MS = 6 * 3_600_000;
const HOUR_MS = 3_600_000;

interface Chunk {
  /** Instants (ms) where each offset starts; the first is the chunk start. */
  starts: number[];
  offsets: number[];
}

const zones = new Map<string, Map<number, Chunk>>();

function intlOffsetMs(tz: string, t: number): number {
  try {
    return intlOffset(tz, t);
  } catch {
    throw new RangeError(`Unknown time zone: ${tz}`);
  }
}

function scanChunk(tz: string, k: number): Chunk {
  const from = k * CHUNK_MS;
  const to = from + CHUNK_MS;
  const starts = [from];
  const offsets = [intlOffsetMs(tz, from)];
  let prevT = from;
  let prevOffset = offsets[0] as number;
  while (prevT < to) {
    const t = Math.min(prevT + SAMPLE_MS, to);
    if (intlOffsetMs(tz, t) !== prevOffset) {
      // Transitions fall on whole seconds: find the first second with the new offset.
      let lo = Math.floor(prevT / 1000);
      let hi = Math.ceil(t / 1000);
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (intlOffsetMs(tz, mid * 1000) === prevOffset) lo = mid;
        else hi = mid;
      }
      prevOffset = intlOffsetMs(tz, hi * 1000);
      starts.push(hi * 1000);
      offsets.push(prevOffset);
    }
    prevT = t;
  }
  return { starts, offsets };
}

/** UTC offset of `tz` at instant `t` (ms), in ms: wall clock = t + offset. */
export function offsetMs(tz: string, t: number): number {
  let zone = zones.get(tz);
  if (!zone) {
    zone = new Map();
    zones.set(tz, zone);
  }
  const k = Math.floor(t / CHUNK_MS);
  let chunk = zone.get(k);
  if (!chunk) {
    chunk = scanChunk(tz, k);
    zone.set(k, chunk);
  }
  let i = chunk.starts.length - 1;
  while (i > 0 && (chunk.starts[i] as number) > t) i--;
  return chunk.offsets[i] as number;
}

/**
 * The instant at which the wall clock in `tz` reads `wall` (wall-clock fields encoded as a
 * UTC timestamp), or undefined when a DST change lies within 15 hours and the wall time
 * may be skipped or repeated: callers then defer to TZDate for its exact resolution.
 */
export function wallToInstant(wall: number, tz: string): number | undefined {
  const before = offsetMs(tz, wall - 15 * HOUR_MS);
  if (before !== offsetMs(tz, wall + 15 * HOUR_MS)) return undefined;
  return wall - before;
}
