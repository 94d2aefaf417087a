/**
 * The shared tier behind each instance's own cache (Redis when REDIS_URL is set): entries every
 * instance can read, and one fetch across instances for a key that is missing everywhere.
 * Implementations never throw: when the store is unreachable, `get` finds nothing and
 * `coalesce` runs the work here, so an instance keeps serving on its own.
 */
export interface CacheEntry<T = unknown> {
  value: T;
  /** When the value came from the upstream (ms since the epoch, the storing instance's clock). */
  storedAt: number;
}

export interface SharedCache {
  get(key: string): Promise<CacheEntry | undefined>;
  set(key: string, entry: CacheEntry, keepMs: number): Promise<void>;
  /**
   * Runs `work` on one instance at a time for `key` (a lock that expires); an instance that finds
   * the lock taken waits for the holder's entry instead, and runs `work` itself only if the holder
   * stored nothing new before its lock went (it failed, or died).
   */
  coalesce(key: string, work: () => Promise<CacheEntry>): Promise<{ entry: CacheEntry; waited: boolean }>;
}
