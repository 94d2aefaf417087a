import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRedis, type TestRedis } from '../test/redis-server.ts';
import { MemoryRateBudgetState } from '../cache/rate-budget.ts';
import type { BudgetStore, Constraint } from './budget-store.ts';
import { createRedisBudgetStore } from './redis-budget-store.ts';
import { connectSharedStore, type SharedStore } from './shared-store.ts';

let redis: TestRedis;
const stores: SharedStore[] = [];
beforeAll(async () => {
  redis = await startTestRedis();
});
afterAll(async () => {
  await Promise.all(stores.map((s) => s.close()));
  await redis?.stop();
});

async function redisStore(): Promise<BudgetStore> {
  const store = connectSharedStore({ url: redis.url, keyPrefix: `budget-${Math.random().toString(36).slice(2)}:` });
  stores.push(store);
  while (!store.isUp()) await new Promise((r) => setTimeout(r, 10));
  return createRedisBudgetStore(store);
}

type Op =
  | { op: 'reserve'; advance: number; constraints: Constraint[] }
  | { op: 'learn'; limit: number; remaining: number; ticket: number }
  | { op: 'throttle'; by: number }
  | { op: 'sentSince'; back: number };

const constraint = fc.record({ max: fc.integer({ min: 0, max: 6 }), afterTicket: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }) }, { requiredKeys: ['max'] });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('reserve' as const), advance: fc.integer({ min: 0, max: 30_000 }), constraints: fc.array(constraint, { maxLength: 2 }) }),
  fc.record({ op: fc.constant('learn' as const), limit: fc.integer({ min: 1, max: 400 }), remaining: fc.integer({ min: 0, max: 400 }), ticket: fc.integer({ min: 0, max: 12 }) }),
  fc.record({ op: fc.constant('throttle' as const), by: fc.integer({ min: -5_000, max: 60_000 }) }),
  fc.record({ op: fc.constant('sentSince' as const), back: fc.integer({ min: 0, max: 70_000 }) }),
);

describe(createRedisBudgetStore.name, () => {
  it('answers every sequence of operations exactly as its in-memory twin does', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 25 }), async (ops) => {
        const memory = new MemoryRateBudgetState();
        const shared = await redisStore();
        let now = 1_800_000_000_000;
        for (const o of ops) {
          const run = async (s: BudgetStore) => {
            if (o.op === 'reserve') return s.reserve(now, o.constraints);
            if (o.op === 'learn') return s.learn({ limit: o.limit, remaining: o.remaining, at: now, ticket: o.ticket }).then(() => s.learned());
            if (o.op === 'throttle') return s.throttleUntil(now + o.by).then(() => s.throttledUntil());
            return s.sentSince(now - o.back);
          };
          if (o.op === 'reserve') now += o.advance;
          expect(await run(shared)).toEqual(await run(memory));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('lets two instances take the last slots of one minute only once between them', async () => {
    const prefix = `budget-race-${Math.random().toString(36).slice(2)}:`;
    const pair = [0, 1].map(() => {
      const store = connectSharedStore({ url: redis.url, keyPrefix: prefix });
      stores.push(store);
      return store;
    });
    while (!pair.every((s) => s.isUp())) await new Promise((r) => setTimeout(r, 10));
    const [a, b] = pair.map((s) => createRedisBudgetStore(s));
    const now = 1_800_000_000_000;
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a! : b!).reserve(now, [{ max: 10 }])));
    expect(answers.filter((r) => r.ok)).toHaveLength(10);
    const tickets = answers.flatMap((r) => (r.ok ? [r.ticket] : []));
    expect(new Set(tickets).size).toBe(10);
  });
});
