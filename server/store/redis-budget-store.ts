/**
 * The upstream budget's state in Redis, shared by every instance. The window is a sorted set of
 * send times, checked and added to in one script so two instances cannot both take the last slot.
 * Times come from each instance's clock (assumed NTP-synced, as the window is a minute).
 */
import { randomUUID } from 'node:crypto';
import type { BudgetStore, WindowVerdict } from './budget-store.ts';
import type { SharedStore } from './shared-store.ts';

const TAKE = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[3]) then
  redis.call('ZADD', KEYS[1], now, ARGV[4])
  redis.call('PEXPIRE', KEYS[1], window)
  return {1, 0}
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return {0, oldest[2]}`;

const RAISE = `
local at = tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if at > current then redis.call('SET', KEYS[1], ARGV[1], 'PX', math.max(1, at - tonumber(ARGV[2]))) end
return 1`;

const SENT = 'budget:sent';
const THROTTLED = 'budget:throttled-until';
const LIMIT = 'budget:limit';

/** Each method throws when Redis fails; the shared budget (shared-budget.ts) falls back to its local twin. */
export function createRedisBudgetStore(store: SharedStore, now: () => number = Date.now): BudgetStore {
  const live = <T>(run: (r: SharedStore['redis']) => Promise<T>) => {
    if (!store.isUp()) return Promise.reject(new Error('shared store is down'));
    return run(store.redis);
  };
  return {
    take: (limit, windowMs, at) =>
      live(async (r) => {
        const [ok, oldest] = (await r.eval(TAKE, 1, SENT, at, windowMs, limit, `${at}-${randomUUID()}`)) as [number, string];
        return (ok === 1 ? { ok: true } : { ok: false, retryAt: Number(oldest) + windowMs }) satisfies WindowVerdict;
      }),
    used: (windowMs, at) => live((r) => r.zcount(SENT, `(${at - windowMs}`, '+inf')),
    throttleUntil: (at) => live(async (r) => void (await r.eval(RAISE, 1, THROTTLED, at, now()))),
    throttledUntil: () => live(async (r) => Number((await r.get(THROTTLED)) ?? 0)),
    learnLimit: (limit, ttlMs) => live(async (r) => void (await r.set(LIMIT, String(limit), 'PX', ttlMs))),
    learnedLimit: () =>
      live(async (r) => {
        const value = await r.get(LIMIT);
        return value === null ? undefined : Number(value);
      }),
  };
}
