/**
 * Where the upstream budget keeps its state, so that instances can share it: our sends in the
 * rolling minute (numbered by tickets, in one order for all instances), what Help Scout's headers
 * taught, and its "wait until" (a 429's Retry-After). The shape is the budget-state interface of
 * the learning budget (cache/rate-budget.ts on the Help Scout side): `reserve` checks every
 * constraint and records a send in one step, so two instances cannot both take the last slot.
 * MemoryBudgetStore is the one-process twin of the Redis store (redis-budget-store.ts).
 */
export const BUDGET_WINDOW_MS = 60_000;

/** At most `max` of our sends within the minute, counting only those after `afterTicket` when given. */
export interface Constraint {
  max: number;
  afterTicket?: number;
}

/** What an upstream answer said (X-RateLimit-Limit-Minute / -Remaining-Minute), when, for which send. */
export interface Learned {
  limit: number;
  remaining: number;
  at: number;
  ticket: number;
}

export type Reservation = { ok: true; ticket: number } | { ok: false; oldest: number | undefined };

export interface BudgetStore {
  reserve(now: number, constraints: Constraint[]): Promise<Reservation>;
  learned(): Promise<Learned | undefined>;
  /** Keeps `value` unless what is kept answered a later send. */
  learn(value: Learned): Promise<void>;
  throttledUntil(): Promise<number>;
  /** Raises "no request before `t`" (never lowers it). */
  throttleUntil(t: number): Promise<void>;
  /** Our sends after `since`. */
  sentSince(since: number): Promise<number>;
}

export class MemoryBudgetStore implements BudgetStore {
  private sent: Array<{ at: number; ticket: number }> = [];
  private tickets = 0;
  private lastLearned: Learned | undefined;
  private until = 0;

  async reserve(now: number, constraints: Constraint[]): Promise<Reservation> {
    this.sent = this.sent.filter((s) => s.at > now - BUDGET_WINDOW_MS);
    for (const c of constraints) {
      const counted = this.sent.filter((s) => c.afterTicket === undefined || s.ticket > c.afterTicket);
      if (counted.length >= c.max) return { ok: false, oldest: counted[0]?.at };
    }
    const ticket = ++this.tickets;
    this.sent.push({ at: now, ticket });
    return { ok: true, ticket };
  }

  async learned(): Promise<Learned | undefined> {
    return this.lastLearned;
  }

  async learn(value: Learned): Promise<void> {
    if (!this.lastLearned || value.ticket >= this.lastLearned.ticket) this.lastLearned = value;
  }

  async throttledUntil(): Promise<number> {
    return this.until;
  }

  async throttleUntil(t: number): Promise<void> {
    this.until = Math.max(this.until, t);
  }

  async sentSince(since: number): Promise<number> {
    return this.sent.filter((s) => s.at > since).length;
  }
}
