/**
 * Who is asking, and over what: the client's address, whether the browser used HTTPS, and the
 * host it asked for. With TRUST_PROXY=n, the last n proxies are trusted to tell the truth in
 * X-Forwarded-*; without it those headers are ignored, since any client can send them.
 */
import type { Context } from 'hono';

export interface ProxyTrust {
  /** How many reverse proxies sit in front of Pulseboard (0: none, X-Forwarded-* is ignored). */
  trustProxy: number;
}

function socketAddress(c: Context): string | undefined {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress;
}

function firstValue(header: string | undefined): string | undefined {
  const value = header?.split(',')[0]?.trim();
  return value ? value : undefined;
}

/**
 * X-Forwarded-For grows by one address at each proxy, so with n trusted proxies the client is the
 * n-th entry from the right; anything further left was written by the client and is not trusted.
 */
export function clientAddress(c: Context, { trustProxy }: ProxyTrust): string {
  if (trustProxy > 0) {
    const hops = (c.req.header('X-Forwarded-For') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const client = hops[Math.max(0, hops.length - trustProxy)];
    if (client) return client.slice(0, 64);
  }
  return socketAddress(c) ?? 'unknown';
}

export function isHttps(c: Context, { trustProxy }: ProxyTrust): boolean {
  if (trustProxy > 0) {
    const proto = firstValue(c.req.header('X-Forwarded-Proto'));
    if (proto) return proto.toLowerCase() === 'https';
  }
  return new URL(c.req.url).protocol === 'https:';
}

/** The host (and port) the browser addressed, for the same-origin check. */
export function requestHost(c: Context, { trustProxy }: ProxyTrust): string {
  const forwarded = trustProxy > 0 ? firstValue(c.req.header('X-Forwarded-Host')) : undefined;
  return (forwarded ?? c.req.header('Host') ?? new URL(c.req.url).host).toLowerCase();
}
