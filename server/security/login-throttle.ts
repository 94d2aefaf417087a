/**
 * Slows down password guessing per client address. Every attempt counts as a failure until it
 * succeeds, so a burst of parallel guesses is counted before scrypt has answered any of them.
 * After `freeAttempts` failures the client waits 30 s, then twice as long after each further
 * failure, up to 15 minutes; an hour without failures forgets them.
 */
export interface LoginThrottleOptions {
  now: () => number;
  freeAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  forgetAfterMs?: number;
  maxClients?: number;
}

interface ClientRecord {
  failures: number;
  lockedUntil: number;
  lastFailure: number;
}

export function createLoginThrottle({
  now,
  freeAttempts = 5,
  baseDelayMs = 30_000,
  maxDelayMs = 15 * 60_000,
  forgetAfterMs = 60 * 60_000,
  maxClients = 10_000,
}: LoginThrottleOptions) {
  const clients = new Map<string, ClientRecord>();

  function current(client: string): ClientRecord | undefined {
    const record = clients.get(client);
    if (record && now() - record.lastFailure > forgetAfterMs) {
      clients.delete(client);
      return undefined;
    }
    return record;
  }

  return {
    /** Seconds the client must still wait, or 0 when it may try. */
    retryAfterSeconds(client: string): number {
      const record = current(client);
      const wait = record ? record.lockedUntil - now() : 0;
      return wait > 0 ? Math.ceil(wait / 1000) : 0;
    },
    /** Call before checking the password; `succeeded` undoes it. */
    attempt(client: string): void {
      const t = now();
      const record = current(client) ?? { failures: 0, lockedUntil: 0, lastFailure: t };
      record.failures += 1;
      record.lastFailure = t;
      if (record.failures >= freeAttempts) {
        record.lockedUntil = t + Math.min(maxDelayMs, baseDelayMs * 2 ** (record.failures - freeAttempts));
      }
      clients.delete(client);
      if (clients.size >= maxClients) clients.delete(clients.keys().next().value as string);
      clients.set(client, record);
    },
    succeeded(client: string): void {
      clients.delete(client);
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
