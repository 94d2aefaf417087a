/**
 * Where the upstream budget keeps its state, so that instances can share it: a rolling window
 * of requests sent, the upstream's "wait until" (429 Retry-After) and the limit learned from
 * its headers. MemoryBudgetStore is the one-instance twin of RedisBudgetStore, with the same rules.
 */
export type WindowVerdict = { ok: true } | { ok: false; retryAt: number };

export interface BudgetStore {
  /** Records one request sent at `now` if fewer than `limit` were sent in the window before it. */
  take(limit: number, windowMs: number, now: number): Promise<WindowVerdict>;
  used(windowMs: number, now: number): Promise<number>;
  /** Raises "no request before `at`" (never lowers it). */
  throttleUntil(at: number): Promise<void>;
  throttledUntil(): Promise<number>;
  /** The per-minute limit the upstream announced (X-RateLimit-Limit-Minute), kept for `ttlMs`. */
  learnLimit(limit: number, ttlMs: number): Promise<void>;
  learnedLimit(): Promise<number | undefined>;
}

export class MemoryBudgetStore implements BudgetStore {
  private readonly sent: number[] = [];
  private until = 0;
  private limit: { value: number; expires: number } | undefined;

  constructor(private readonly clock: () => number = Date.now) {}

  async take(limit: number, windowMs: number, now: number): Promise<WindowVerdict> {
    this.prune(windowMs, now);
    if (this.sent.length >= limit) return { ok: false, retryAt: this.sent[0]! + windowMs };
    this.record(now);
    return { ok: true };
  }

  /** Counts a request the shared store admitted, so this instance's own view stays right if the store goes away. */
  record(now: number): void {
    this.sent.push(now);
  }

  async used(windowMs: number, now: number): Promise<number> {
    this.prune(windowMs, now);
    return this.sent.length;
  }

  async throttleUntil(at: number): Promise<void> {
    this.until = Math.max(this.until, at);
  }

  async throttledUntil(): Promise<number> {
    return this.until;
  }

  async learnLimit(limit: number, ttlMs: number): Promise<void> {
    this.limit = { value: limit, expires: this.clock() + ttlMs };
  }

  async learnedLimit(): Promise<number | undefined> {
    return this.limit && this.limit.expires > this.clock() ? this.limit.value : undefined;
  }

  private prune(windowMs: number, now: number): void {
    while (this.sent.length > 0 && this.sent[0]! <= now - windowMs) this.sent.shift();
  }
}
