/**
 * Pulseboard's share of the Help Scout account's per-minute limit, learned from the answers.
 * Help Scout sends X-RateLimit-Limit-Minute and X-RateLimit-Remaining-Minute on every answer,
 * and the limit is per account (other integrations spend it too) and per plan (docs
 * overview/rate-limiting; 400 was recorded), so nothing here assumes a number once one answer
 * has taught it. Interactive requests (a person's page view) may use all that is left;
 * background ones (wall refreshes, all-pages loads) stop while a reserve is left for people,
 * so they slow down before the limit rather than after a 429. A Retry-After stops both.
 *
 * The state (our sends, what was learned, throttled-until) lives behind RateBudgetState, so
 * several instances can share it (e.g. in Redis); MemoryRateBudgetState serves one process.
 */
const WINDOW_MS = 60_000;
/** Before the first answer teaches the account's limit. */
export const UNLEARNED_LIMIT = 60;
/** Share of the limit that background work leaves for people. */
export const BACKGROUND_RESERVE = 0.25;

export type Priority = 'interactive' | 'background';

/** `ticket` numbers our sends in order; pass it back with the answer's headers. */
export type BudgetVerdict =
  | { ok: true; ticket: number }
  | { ok: false; reason: 'budget' | 'throttled'; retryAfterSeconds: number };

/** What an upstream answer said, when, and the ticket of the send it answered. */
export interface Learned {
  limit: number;
  remaining: number;
  at: number;
  ticket: number;
}

/**
 * At most `max` of our sends within the minute and, with `afterTicket`, with a later ticket:
 * Remaining counted the send it answered and everything before it, maybe more, so counting
 * every later send of ours errs on the safe side.
 */
export interface Constraint {
  max: number;
  afterTicket?: number;
}

export interface RateBudgetState {
  /**
   * Atomically: if every constraint holds, records a send at `now` and answers ok; otherwise
   * records nothing and answers the earliest send counted by the first failing constraint.
   */
  reserve(now: number, constraints: Constraint[]): Promise<{ ok: true; ticket: number } | { ok: false; oldest: number | undefined }>;
  learned(): Promise<Learned | undefined>;
  /** Keeps `value` unless what is kept answered a later send. */
  learn(value: Learned): Promise<void>;
  throttledUntil(): Promise<number>;
  throttleUntil(t: number): Promise<void>;
  /** Our sends after `since`. */
  sentSince(since: number): Promise<number>;
}

export class MemoryRateBudgetState implements RateBudgetState {
  private sent: Array<{ at: number; ticket: number }> = [];
  private tickets = 0;
  private lastLearned: Learned | undefined;
  private until = 0;

  async reserve(now: number, constraints: Constraint[]) {
    this.sent = this.sent.filter((s) => s.at > now - WINDOW_MS);
    for (const c of constraints) {
      const counted = this.sent.filter((s) => c.afterTicket === undefined || s.ticket > c.afterTicket);
      if (counted.length >= c.max) return { ok: false as const, oldest: counted[0]?.at };
    }
    const ticket = ++this.tickets;
    this.sent.push({ at: now, ticket });
    return { ok: true as const, ticket };
  }
  async learned() {
    return this.lastLearned;
  }
  async learn(value: Learned) {
    if (!this.lastLearned || value.ticket >= this.lastLearned.ticket) this.lastLearned = value;
  }
  async throttledUntil() {
    return this.until;
  }
  async throttleUntil(t: number) {
    this.until = Math.max(this.until, t);
  }
  async sentSince(since: number) {
    return this.sent.filter((s) => s.at > since).length;
  }
}

export interface RateBudgetOptions {
  now: () => number;
  /** Pulseboard's own ceiling a minute (HELPSCOUT_REQUESTS_PER_MINUTE); unset: the account's limit. */
  cap?: number;
  state?: RateBudgetState;
}

export class RateBudget {
  private readonly now: () => number;
  private readonly cap: number | undefined;
  readonly state: RateBudgetState;

  constructor(options: RateBudgetOptions) {
    this.now = options.now;
    this.cap = options.cap;
    this.state = options.state ?? new MemoryRateBudgetState();
  }

  /** Takes one request from the budget, or says how long to wait. */
  async take(priority: Priority = 'interactive'): Promise<BudgetVerdict> {
    const now = this.now();
    const until = await this.state.throttledUntil();
    if (now < until) return { ok: false, reason: 'throttled', retryAfterSeconds: secondsUntil(until, now) };
    const learned = await this.state.learned();
    const fresh = learned && learned.at > now - WINDOW_MS ? learned : undefined;
    const limit = Math.min(this.cap ?? Infinity, learned?.limit ?? UNLEARNED_LIMIT);
    const reserve = priority === 'background' ? Math.max(1, Math.ceil(limit * BACKGROUND_RESERVE)) : 0;
    const constraints: Constraint[] = [{ max: limit - reserve }];
    // What Help Scout said was left, minus what we sent since: other integrations count too.
    if (fresh) constraints.push({ max: fresh.remaining - reserve, afterTicket: fresh.ticket });
    const verdict = await this.state.reserve(now, constraints);
    if (verdict.ok) return verdict;
    const frees = verdict.oldest !== undefined ? verdict.oldest + WINDOW_MS : (fresh?.at ?? now) + WINDOW_MS;
    return { ok: false, reason: 'budget', retryAfterSeconds: secondsUntil(frees, now) };
  }

  /** Reads Help Scout's rate headers off an answer; anything not a plausible count is ignored. */
  async learnFrom(headers: Headers, ticket: number): Promise<void> {
    const limit = count(headers.get('X-RateLimit-Limit-Minute'));
    const remaining = count(headers.get('X-RateLimit-Remaining-Minute'));
    if (limit === undefined || remaining === undefined || limit < 1 || remaining > limit) return;
    await this.state.learn({ limit, remaining, at: this.now(), ticket });
  }

  /** The upstream said to wait: no request goes out before then. */
  async throttleFor(seconds: number): Promise<void> {
    await this.state.throttleUntil(this.now() + seconds * 1000);
  }

  /** The per-minute figure messages quote: the learned limit within the cap. */
  async perMinute(): Promise<number> {
    return Math.min(this.cap ?? Infinity, (await this.state.learned())?.limit ?? UNLEARNED_LIMIT);
  }

  /** Requests sent in the current rolling minute. */
  used(): Promise<number> {
    return this.state.sentSince(this.now() - WINDOW_MS);
  }
}

function count(value: string | null): number | undefined {
  return value !== null && /^\d{1,7}$/.test(value.trim()) ? Number(value.trim()) : undefined;
}

function secondsUntil(when: number, now: number): number {
  return Math.min(60, Math.max(1, Math.ceil((when - now) / 1000)));
}
