/**
 * The report cache's shared tier in Redis, and coalescing across instances: the first instance
 * to miss takes a lock (SET NX with an expiry, so a crashed holder cannot block the key for
 * long) and fetches; the others poll for its entry instead of calling the upstream themselves.
 */
import { randomUUID } from 'node:crypto';
import type { CacheEntry, SharedCache } from '../cache/shared-cache.ts';
import type { SharedStore } from './shared-store.ts';

/** Deletes the lock only if it is still ours (it may have expired and been taken by another). */
const UNLOCK = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end";

export interface RedisSharedCacheOptions {
  /** Longer than an upstream call can take, retries included; past it a waiter fetches itself. */
  lockMs: number;
  pollMs?: number;
  now: () => number;
}

export function createRedisSharedCache(store: SharedStore, { lockMs, pollMs = 20, now }: RedisSharedCacheOptions): SharedCache {
  const entryKey = (key: string) => `cache:${key}`;
  const lockKey = (key: string) => `lock:${key}`;
  const parse = (text: string | null): CacheEntry | undefined => (text ? (JSON.parse(text) as CacheEntry) : undefined);

  return {
    get: (key) => store.attempt('cache-get', async (r) => parse(await r.get(entryKey(key))), () => undefined),

    set: (key, entry, keepMs) =>
      store.attempt('cache-set', async (r) => void (await r.set(entryKey(key), JSON.stringify(entry), 'PX', Math.max(1, Math.round(keepMs)))), () => undefined),

    async coalesce(key, work) {
      const token = randomUUID();
      const askedAt = now();
      const locked = await store.attempt('lock', async (r) => (await r.set(lockKey(key), token, 'PX', lockMs, 'NX')) === 'OK', () => true);
      if (locked) {
        try {
          return { entry: await work(), waited: false };
        } finally {
          await store.attempt('unlock', (r) => r.eval(UNLOCK, 1, lockKey(key), token), () => undefined);
        }
      }
      // Real time, not `now`: the report clock may be frozen (DEMO_NOW, tests).
      const deadline = performance.now() + lockMs;
      while (performance.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, pollMs));
        const [lock, text] = await store.attempt('lock-wait', (r) => r.mget(lockKey(key), entryKey(key)), () => [null, null]);
        const entry = parse(text ?? null);
        // Stored since we asked: the holder's answer (its clock; instances are assumed NTP-synced).
        if (entry && entry.storedAt >= askedAt) return { entry, waited: true };
        if (lock === null) break;
      }
      // The holder stored nothing (it failed, or died, or Redis went away): fetch here.
      return { entry: await work(), waited: false };
    },
  };
}
