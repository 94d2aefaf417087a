/**
 * The current upstream budget (cache/rate-budget.ts: N requests a rolling minute, plus Help
 * Scout's "wait until"), with its state in a BudgetStore shared by every instance. When the
 * shared store fails, each instance decides on its local twin, which has counted every request
 * this instance sent, and goes back to the shared state as soon as it answers again.
 */
import type { BudgetVerdict } from '../cache/rate-budget.ts';
import { BUDGET_WINDOW_MS, MemoryBudgetStore, type BudgetStore } from './budget-store.ts';

export interface SharedBudget {
  readonly perMinute: number;
  take(): Promise<BudgetVerdict>;
  throttleFor(seconds: number): void;
  /** Requests sent in the current minute, as the shared store counts them (else this instance). */
  used(): Promise<number>;
}

export interface SharedBudgetOptions {
  perMinute: number;
  now: () => number;
  shared: BudgetStore;
  onStoreError?: (operation: string) => void;
}

export function createSharedBudget({ perMinute, now, shared, onStoreError }: SharedBudgetOptions): SharedBudget {
  const local = new MemoryBudgetStore();
  async function either<T>(operation: string, run: (store: BudgetStore) => Promise<T>): Promise<T> {
    try {
      return await run(shared);
    } catch {
      onStoreError?.(operation);
      return run(local);
    }
  }
  const secondsUntil = (at: number, t: number) => Math.max(1, Math.ceil((at - t) / 1000));

  return {
    perMinute,
    async take() {
      const t = now();
      const until = Math.max(await either('budget-throttled', (s) => s.throttledUntil()), await local.throttledUntil());
      if (t < until) return { ok: false, reason: 'throttled', retryAfterSeconds: secondsUntil(until, t) };
      let usedShared = true;
      const verdict = await either('budget-take', (s) => {
        usedShared = s === shared;
        return s.reserve(t, [{ max: perMinute }]);
      });
      // Counted here too, so this instance's own view is right if the shared store goes away.
      if (verdict.ok && usedShared) await local.reserve(t, []);
      if (verdict.ok) return { ok: true };
      return { ok: false, reason: 'budget', retryAfterSeconds: secondsUntil((verdict.oldest ?? t) + BUDGET_WINDOW_MS, t) };
    },
    throttleFor(seconds) {
      const at = now() + seconds * 1000;
      void local.throttleUntil(at);
      void shared.throttleUntil(at).catch(() => onStoreError?.('budget-throttle'));
    },
    used: () => either('budget-used', (s) => s.sentSince(now() - BUDGET_WINDOW_MS)),
  };
}
