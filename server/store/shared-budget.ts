/**
 * The current upstream budget (cache/rate-budget.ts: N requests a rolling minute, plus Help
 * Scout's "wait until") with its state in a BudgetStore shared by every instance, falling back
 * to a local twin while the shared store is away (resilient-budget-store.ts).
 */
import type { BudgetVerdict } from '../cache/rate-budget.ts';
import { BUDGET_WINDOW_MS, MemoryBudgetStore, type BudgetStore } from './budget-store.ts';
import { resilientBudgetStore } from './resilient-budget-store.ts';

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
  const state = resilientBudgetStore(shared, new MemoryBudgetStore(), onStoreError);
  const secondsUntil = (at: number, t: number) => Math.max(1, Math.ceil((at - t) / 1000));
  return {
    perMinute,
    async take() {
      const t = now();
      const until = await state.throttledUntil();
      if (t < until) return { ok: false, reason: 'throttled', retryAfterSeconds: secondsUntil(until, t) };
      const verdict = await state.reserve(t, [{ max: perMinute }]);
      if (verdict.ok) return { ok: true };
      return { ok: false, reason: 'budget', retryAfterSeconds: secondsUntil((verdict.oldest ?? t) + BUDGET_WINDOW_MS, t) };
    },
    throttleFor(seconds) {
      void state.throttleUntil(now() + seconds * 1000);
    },
    used: () => state.sentSince(now() - BUDGET_WINDOW_MS),
  };
}
