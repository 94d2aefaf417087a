/**
 * Where the upstream budget keeps its state, so that instances can share it: our sends in the
 * rolling minute (numbered by tickets, in one order for all instances), what Help Scout's headers
 * taught, and its "wait until" (a 429's Retry-After). The shape is the budget-state interface of
 * the learning budget (cache/rate-budget.ts on the Help Scout side): `reserve` checks every
 * constraint and records a send in one step, so two instances cannot both take the last slot.
 * MemoryRateBudgetState (cache/rate-budget.ts) is the one-process twin of the Redis store (redis-budget-store.ts).
 */
export const BUDGET_WINDOW_MS = 60_000;

export type { Constraint, Learned } from '../cache/rate-budget.ts';
import type { RateBudgetState } from '../cache/rate-budget.ts';

export type Reservation = Awaited<ReturnType<RateBudgetState['reserve']>>;

/** The learning budget's state interface: a store for it is a RateBudgetState. */
export type BudgetStore = RateBudgetState;
