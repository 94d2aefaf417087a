/** REDIS_URL: the shared state of several instances (docs/deploy.md); unset: each instance on its own, as ever. */
import type { Env } from '../env.ts';
import type { AppLogger } from '../logging/request-log.ts';
import type { Metrics } from '../ops/metrics.ts';
import { createRedisBudgetStore } from './redis-budget-store.ts';
import { createRedisSharedCache } from './redis-shared-cache.ts';
import { connectSharedStore, type SharedStore } from './shared-store.ts';
import type { BudgetStore } from './budget-store.ts';
import type { SharedCache } from '../cache/shared-cache.ts';
import { createSharedEvents, type SharedEvents } from './shared-events.ts';

export interface SharedState {
  store: SharedStore;
  cache: SharedCache;
  budget: BudgetStore;
  events: SharedEvents;
}

export function sharedStateFor(
  url: string,
  options: { timeoutMs: number; logger?: Pick<AppLogger, 'info' | 'warn'>; metrics?: Metrics; now?: () => number; keyPrefix?: string },
): SharedState {
  const { timeoutMs, logger, metrics, now = Date.now, keyPrefix } = options;
  const store = connectSharedStore({ url, ...(logger ? { logger } : {}), ...(metrics ? { metrics } : {}), ...(keyPrefix ? { keyPrefix } : {}) });
  // A holder's upstream call may take a token request, the call and one retry: past that its lock is void.
  const lockMs = 3 * timeoutMs + 1000;
  const events = createSharedEvents(store);
  return {
    store: { ...store, close: async () => (events.close(), store.close()) },
    cache: createRedisSharedCache(store, { lockMs, now }),
    budget: createRedisBudgetStore(store, now),
    events,
  };
}

export function sharedStateFromEnv(env: Env, options: { logger?: Pick<AppLogger, 'info' | 'warn'>; metrics?: Metrics }): SharedState | undefined {
  if (!env.REDIS_URL) return undefined;
  return sharedStateFor(env.REDIS_URL, { timeoutMs: env.HELPSCOUT_TIMEOUT_SECONDS * 1000, ...options });
}
