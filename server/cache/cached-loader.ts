/**
 * Server-side cache in front of an upstream: a fresh entry is answered from memory,
 * identical misses in flight together share one upstream call, and when the upstream is
 * throttled or failing, the last good answer stands in (marked stale) if there is one.
 */
import { HttpError } from '../api/http-error.ts';
import type { StaleReason } from './response-notes.ts';
import { SingleFlight } from './single-flight.ts';
import { TtlCache } from './ttl-cache.ts';

export interface Loaded<T> {
  value: T;
  ageSeconds: number;
  stale?: StaleReason;
}

export interface CachedLoaderOptions {
  now: () => number;
  maxEntries?: number;
  /** How long a stale entry may still stand in for a throttled or failing upstream. */
  keepStaleSeconds?: number;
}

/** Statuses after which a stale answer beats an error: the data was fine, the upstream is not. */
const STALE_OK = new Set([429, 502, 503, 504]);

export class CachedLoader {
  private readonly now: () => number;
  private readonly cache: TtlCache<unknown>;
  private readonly flights = new SingleFlight<Loaded<unknown>>();

  constructor(options: CachedLoaderOptions) {
    this.now = options.now;
    this.cache = new TtlCache(options.maxEntries ?? 2000, (options.keepStaleSeconds ?? 86_400) * 1000);
  }

  load<T>(key: string, ttlSeconds: number, fetch: () => Promise<T>): Promise<Loaded<T>> {
    const now = this.now();
    const entry = this.cache.get(key, now);
    if (entry && now - entry.storedAt < ttlSeconds * 1000) {
      return Promise.resolve({ value: entry.value as T, ageSeconds: ageSeconds(entry.storedAt, now) });
    }
    return this.flights.run(key, async () => {
      try {
        const value = await fetch();
        this.cache.set(key, value, this.now());
        return { value, ageSeconds: 0 };
      } catch (error) {
        const fallback = this.cache.get(key, this.now());
        if (!fallback || !(error instanceof HttpError) || !STALE_OK.has(error.status)) throw error;
        return {
          value: fallback.value,
          ageSeconds: ageSeconds(fallback.storedAt, this.now()),
          stale: error.status === 429 ? 'throttled' : 'upstream-error',
        };
      }
    }) as Promise<Loaded<T>>;
  }

  get inFlight(): number {
    return this.flights.size;
  }
}

function ageSeconds(storedAt: number, now: number): number {
  return Math.max(0, Math.floor((now - storedAt) / 1000));
}
