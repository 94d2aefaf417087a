/**
 * The kept Redis connection (REDIS_URL) that several instances share, and the one rule every
 * use of it follows: a command that fails, or is tried while Redis is away, answers the local
 * fallback at once (no queueing, a short timeout), is counted in /metrics, and the instance goes
 * on serving on its own. ioredis reconnects in the background; the first ready connection ends it.
 */
import { Redis } from 'ioredis';
import type { AppLogger } from '../logging/request-log.ts';
import type { Metrics } from '../ops/metrics.ts';

export interface SharedStore {
  readonly redis: Redis;
  isUp(): boolean;
  /** `run` against Redis, or `fallback` when Redis is away or the command fails. */
  attempt<T>(operation: string, run: (redis: Redis) => Promise<T>, fallback: () => T | Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface SharedStoreOptions {
  url: string;
  logger?: Pick<AppLogger, 'info' | 'warn'>;
  metrics?: Pick<Metrics, 'sharedStoreUp' | 'sharedStoreError'>;
  /** Keys are namespaced, so one Redis can serve other things (or two Pulseboards, with two prefixes). */
  keyPrefix?: string;
  commandTimeoutMs?: number;
}

export function connectSharedStore({ url, logger, metrics, keyPrefix = 'pulseboard:', commandTimeoutMs = 500 }: SharedStoreOptions): SharedStore {
  const redis = new Redis(url, {
    keyPrefix,
    // Fail fast while disconnected: a request must not wait for Redis to come back.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
    commandTimeout: commandTimeoutMs,
    retryStrategy: (times) => Math.min(100 * times, 2000),
  });
  // Undefined until the first connection succeeds or fails, so that a Redis down at start is logged too.
  let state: boolean | undefined;
  metrics?.sharedStoreUp(false);
  const setUp = (next: boolean, reason?: string) => {
    if (next === state) return;
    state = next;
    metrics?.sharedStoreUp(next);
    if (next) logger?.info({ component: 'redis' }, 'shared store connected: cache, coalescing and budget are shared');
    // The URL is never logged: it may hold a password.
    else logger?.warn({ component: 'redis', reason }, 'shared store unreachable: serving on the local cache and budget until it returns');
  };
  redis.on('ready', () => setUp(true));
  redis.on('error', (error: Error) => setUp(false, error.message));
  redis.on('close', () => setUp(false, 'connection closed'));

  return {
    redis,
    isUp: () => state === true && redis.status === 'ready',
    async attempt(operation, run, fallback) {
      if (!(state === true && redis.status === 'ready')) return fallback();
      try {
        return await run(redis);
      } catch {
        metrics?.sharedStoreError(operation);
        return fallback();
      }
    },
    async close() {
      redis.disconnect();
    },
  };
}
