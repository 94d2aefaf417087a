/**
 * A per-client token bucket for /api: a client may burst up to a minute's allowance, then goes at
 * the steady rate. Memory is bounded: past `maxClients`, the least recently seen client is
 * forgotten (which can only ever be generous to it, never lock anyone out).
 */
import type { MiddlewareHandler } from 'hono';
import { clientAddress, type ProxyTrust } from './client-address.ts';

export interface RateLimitOptions extends ProxyTrust {
  perMinute: number;
  now: () => number;
  maxClients?: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export function createTokenBuckets({ perMinute, now, maxClients = 10_000 }: Omit<RateLimitOptions, 'trustProxy'>) {
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, Bucket>();
  return {
    /** Takes one token; answers how many seconds to wait when there is none. */
    take(client: string): { ok: true } | { ok: false; retryAfterSeconds: number } {
      const t = now();
      const previous = buckets.get(client);
      const tokens = previous ? Math.min(perMinute, previous.tokens + (t - previous.at) * perMs) : perMinute;
      buckets.delete(client);
      if (buckets.size >= maxClients) buckets.delete(buckets.keys().next().value as string);
      if (tokens < 1) {
        buckets.set(client, { tokens, at: t });
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
      }
      buckets.set(client, { tokens: tokens - 1, at: t });
      return { ok: true };
    },
    get size() {
      return buckets.size;
    },
  };
}

export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const buckets = createTokenBuckets(options);
  return async (c, next) => {
    const answer = buckets.take(clientAddress(c, options));
    if (!answer.ok) {
      c.header('Retry-After', String(answer.retryAfterSeconds));
      return c.json(
        {
          status: 429,
          message: `Too many requests: the limit is ${options.perMinute} a minute per client. Try again in ${answer.retryAfterSeconds} s.`,
        },
        429,
      );
    }
    return next();
  };
}
