/**
 * A client-side budget of upstream requests per rolling minute, plus the upstream's own
 * "slow down until" (Retry-After). Checking it costs no upstream request.
 */
const WINDOW_MS = 60_000;

export type BudgetVerdict =
  | { ok: true }
  | { ok: false; reason: 'budget' | 'throttled'; retryAfterSeconds: number };

export class RateBudget {
  private readonly sent: number[] = [];
  private throttledUntil = 0;

  constructor(
    readonly perMinute: number,
    private readonly now: () => number,
  ) {}

  /** Takes one request from the budget, or says how long to wait. */
  take(): BudgetVerdict {
    const now = this.now();
    if (now < this.throttledUntil) {
      return { ok: false, reason: 'throttled', retryAfterSeconds: secondsUntil(this.throttledUntil, now) };
    }
    while (this.sent.length > 0 && this.sent[0]! <= now - WINDOW_MS) this.sent.shift();
    if (this.sent.length >= this.perMinute) {
      return { ok: false, reason: 'budget', retryAfterSeconds: secondsUntil(this.sent[0]! + WINDOW_MS, now) };
    }
    this.sent.push(now);
    return { ok: true };
  }

  /** The upstream said to wait: no request goes out before then. */
  throttleFor(seconds: number): void {
    this.throttledUntil = Math.max(this.throttledUntil, this.now() + seconds * 1000);
  }

  /** Requests sent in the current rolling minute. */
  used(): number {
    const now = this.now();
    return this.sent.filter((t) => t > now - WINDOW_MS).length;
  }
}

function secondsUntil(when: number, now: number): number {
  return Math.max(1, Math.ceil((when - now) / 1000));
}
