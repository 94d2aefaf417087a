/**
 * A BudgetStore that uses the shared one (Redis) while it answers, and its local twin when it
 * does not, so an instance keeps pacing itself through an outage. Sends the shared store admits
 * are counted locally too, so the twin is right the moment it takes over; a Retry-After is kept
 * in both. The learning budget takes one of these as its state: `resilientBudgetStore(redis, memory)`.
 */
import type { BudgetStore } from './budget-store.ts';

export function resilientBudgetStore(shared: BudgetStore, local: BudgetStore, onError?: (operation: string) => void): BudgetStore {
  async function either<T>(operation: string, run: (store: BudgetStore) => Promise<T>): Promise<T> {
    try {
      return await run(shared);
    } catch {
      onError?.(operation);
      return run(local);
    }
  }
  return {
    async reserve(now, constraints) {
      try {
        const verdict = await shared.reserve(now, constraints);
        if (verdict.ok) await local.reserve(now, []);
        return verdict;
      } catch {
        onError?.('budget-reserve');
        return local.reserve(now, constraints);
      }
    },
    learned: () => either('budget-learned', (s) => s.learned()),
    learn: async (value) => {
      await local.learn(value);
      await shared.learn(value).catch(() => onError?.('budget-learn'));
    },
    throttledUntil: async () => Math.max(await local.throttledUntil(), await either('budget-throttled', (s) => s.throttledUntil())),
    throttleUntil: async (t) => {
      await local.throttleUntil(t);
      await shared.throttleUntil(t).catch(() => onError?.('budget-throttle'));
    },
    sentSince: (since) => either('budget-sent', (s) => s.sentSince(since)),
  };
}
