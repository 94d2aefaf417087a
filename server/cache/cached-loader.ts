/**
 * Server-side cache in front of an upstream: a fresh entry is answered from memory,
 * identical misses in flight together share one upstream call, and when the upstream is
 * throttled or failing, the last good answer stands in (marked stale) if there is one.
 * With a shared tier (Redis), a miss here is looked up there first, and a miss everywhere is
 * fetched by one instance only.
 *
 * The memory tier is lru-cache: its `fetch` shares an in-flight fetch between callers, and its
 * ttl bounds how long an entry may stand in when stale. Freshness is decided here, per call,
 * from the entry's age, because the same key's lifetime depends on the clock (a live range settles).
 */
import { LRUCache } from 'lru-cache';
import { HttpError } from '../api/http-error.ts';
import type { StaleReason } from './response-notes.ts';
import type { CacheEntry, SharedCache } from './shared-cache.ts';

export interface Loaded<T> {
  value: T;
  ageSeconds: number;
  stale?: StaleReason;
}

export type CacheTier = 'local' | 'shared';
export type CacheResult = 'hit' | 'miss' | 'stale' | 'coalesced';

/** Told about every lookup, for /metrics. */
export interface CacheObserver {
  lookup(tier: CacheTier, result: CacheResult): void;
}

export interface CachedLoaderOptions {
  now: () => number;
  maxEntries?: number;
  /** How long a stale entry may still stand in for a throttled or failing upstream. */
  keepStaleSeconds?: number;
  shared?: SharedCache;
  observer?: CacheObserver;
}

/** Statuses after which a stale answer beats an error: the data was fine, the upstream is not. */
const STALE_OK = new Set([429, 502, 503, 504]);

interface Entry extends CacheEntry {
  stale?: StaleReason;
}

interface FetchContext {
  ttlMs: number;
  fetch: () => Promise<unknown>;
}

export class CachedLoader {
  private readonly now: () => number;
  private readonly keepMs: number;
  private readonly shared: SharedCache | undefined;
  private readonly observer: CacheObserver | undefined;
  private readonly cache: LRUCache<string, Entry, FetchContext>;

  constructor(options: CachedLoaderOptions) {
    this.now = options.now;
    this.keepMs = (options.keepStaleSeconds ?? 86_400) * 1000;
    this.shared = options.shared;
    this.observer = options.observer;
    this.cache = new LRUCache<string, Entry, FetchContext>({
      max: options.maxEntries ?? 2000,
      ttl: this.keepMs,
      perf: { now: options.now },
      // A failed refresh (a 400, a 404) must not throw away the last good answer.
      noDeleteOnFetchRejection: true,
      fetchMethod: (key, stale, { options: setOptions, context }) => this.refresh(key, stale, context, setOptions),
    });
  }

  async load<T>(key: string, ttlSeconds: number, fetch: () => Promise<T>): Promise<Loaded<T>> {
    const ttlMs = ttlSeconds * 1000;
    const cached = this.cache.get(key);
    if (cached && !cached.stale && this.isFresh(cached, ttlMs)) {
      this.observer?.lookup('local', 'hit');
      return this.loaded<T>(cached);
    }
    const status: LRUCache.Status<string, Entry, FetchContext> = {};
    // forceRefresh: the entry may be within lru-cache's ttl (how long it may stand in) but past ours.
    // A fetch already in flight for the key is joined, not repeated.
    const entry = (await this.cache.fetch(key, { forceRefresh: true, context: { ttlMs, fetch }, status }))!;
    this.observer?.lookup('local', status.fetch === 'inflight' ? 'coalesced' : entry.stale ? 'stale' : 'miss');
    return this.loaded<T>(entry);
  }

  private async refresh(
    key: string,
    stale: Entry | undefined,
    { ttlMs, fetch }: FetchContext,
    setOptions: { ttl?: number },
  ): Promise<Entry> {
    let sharedStale: CacheEntry | undefined;
    try {
      if (!this.shared) return await this.fetchEntry(fetch);
      const found = await this.shared.get(key);
      if (found && this.isFresh(found, ttlMs)) {
        this.observer?.lookup('shared', 'hit');
        return this.keepFor(found, setOptions);
      }
      sharedStale = found;
      const { entry, waited } = await this.shared.coalesce(key, async () => {
        const fetched = await this.fetchEntry(fetch);
        await this.shared!.set(key, fetched, this.keepMs);
        return fetched;
      });
      this.observer?.lookup('shared', waited ? 'coalesced' : 'miss');
      return this.keepFor(entry, setOptions);
    } catch (error) {
      const fallback = [stale, sharedStale]
        .filter((e): e is CacheEntry => e !== undefined && this.now() - e.storedAt <= this.keepMs)
        .sort((a, b) => b.storedAt - a.storedAt)[0];
      if (!fallback || !(error instanceof HttpError) || !STALE_OK.has(error.status)) throw error;
      // Stored again with its own storedAt, so it is never taken for fresh.
      return this.keepFor({ value: fallback.value, storedAt: fallback.storedAt, stale: error.status === 429 ? 'throttled' : 'upstream-error' }, setOptions);
    }
  }

  private async fetchEntry(fetch: () => Promise<unknown>): Promise<Entry> {
    const value = await fetch();
    return { value, storedAt: this.now() };
  }

  /** An entry fetched earlier (elsewhere, or a stale stand-in) may stand in only until keepMs after it was fetched. */
  private keepFor(entry: Entry, setOptions: { ttl?: number }): Entry {
    setOptions.ttl = Math.max(1, this.keepMs - (this.now() - entry.storedAt));
    return entry;
  }

  private isFresh(entry: CacheEntry, ttlMs: number): boolean {
    return this.now() - entry.storedAt < ttlMs;
  }

  private loaded<T>(entry: Entry): Loaded<T> {
    return {
      value: entry.value as T,
      ageSeconds: Math.max(0, Math.floor((this.now() - entry.storedAt) / 1000)),
      ...(entry.stale ? { stale: entry.stale } : {}),
    };
  }
}
