/**
 * The upstream budget's state in Redis, shared by every instance (the same rules as
 * MemoryRateBudgetState). Sends are a sorted set (score: when, member: ticket); tickets come from one
 * counter, so "sends after the one Help Scout's answer counted" means the same on every instance.
 * Each step is one script, so checking and recording cannot interleave between instances.
 * Times come from each instance's clock (keep them NTP-synced: the window is a minute).
 * Every method rejects when Redis fails; the shared budget then decides on its local twin.
 */
import type { BudgetStore, Learned, Reservation } from './budget-store.ts';
import { BUDGET_WINDOW_MS } from './budget-store.ts';
import type { SharedStore } from './shared-store.ts';

const RESERVE = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local sends = redis.call('ZRANGE', KEYS[1], 0, -1, 'WITHSCORES')
for i = 0, tonumber(ARGV[3]) - 1 do
  local max = tonumber(ARGV[4 + 2 * i])
  local after = tonumber(ARGV[5 + 2 * i])
  local count = 0
  local oldest = ''
  for j = 1, #sends, 2 do
    if after < 0 or tonumber(sends[j]) > after then
      count = count + 1
      if oldest == '' then oldest = sends[j + 1] end
    end
  end
  if count >= max then return {0, oldest} end
end
local ticket = redis.call('INCR', KEYS[2])
redis.call('ZADD', KEYS[1], now, ticket)
redis.call('PEXPIRE', KEYS[1], window)
return {1, ticket}`;

const LEARN = `
local current = redis.call('GET', KEYS[1])
if current and cjson.decode(current).ticket > tonumber(ARGV[2]) then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
return 1`;

const RAISE = `
local at = tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if at > current then redis.call('SET', KEYS[1], ARGV[1], 'PX', math.max(1, at - tonumber(ARGV[2]))) end
return 1`;

const SENT = 'budget:sent';
const TICKETS = 'budget:tickets';
const LEARNED = 'budget:learned';
const THROTTLED = 'budget:throttled-until';
/** What was learned is kept an hour: a plan change shows in the next answer anyway. */
const LEARNED_TTL_MS = 3_600_000;

export function createRedisBudgetStore(store: SharedStore, now: () => number = Date.now): BudgetStore {
  const live = <T>(run: (r: SharedStore['redis']) => Promise<T>): Promise<T> =>
    store.isUp() ? run(store.redis) : Promise.reject(new Error('shared store is down'));
  return {
    reserve: (at, constraints) =>
      live(async (r) => {
        const args = constraints.flatMap((c) => [c.max, c.afterTicket ?? -1]);
        const [ok, value] = (await r.eval(RESERVE, 2, SENT, TICKETS, at, BUDGET_WINDOW_MS, constraints.length, ...args)) as [number, string | number];
        return (ok === 1 ? { ok: true, ticket: Number(value) } : { ok: false, oldest: value === '' ? undefined : Number(value) }) satisfies Reservation;
      }),
    learned: () =>
      live(async (r) => {
        const text = await r.get(LEARNED);
        return text ? (JSON.parse(text) as Learned) : undefined;
      }),
    learn: (value) => live(async (r) => void (await r.eval(LEARN, 1, LEARNED, JSON.stringify(value), value.ticket, LEARNED_TTL_MS))),
    throttledUntil: () => live(async (r) => Number((await r.get(THROTTLED)) ?? 0)),
    throttleUntil: (t) => live(async (r) => void (await r.eval(RAISE, 1, THROTTLED, t, now()))),
    sentSince: (since) => live((r) => r.zcount(SENT, `(${since}`, '+inf')),
  };
}
