/**
 * DNS rebinding guard: a page on `rebind.attacker.example` whose name is made to resolve to
 * 127.0.0.1 becomes same-origin with Pulseboard and could read it, but its requests still say
 * `Host: rebind.attacker.example`. So only the names Pulseboard is meant to be reached by are
 * answered: loopback names, IP literals (no DNS is involved, so nothing can be rebound), the host
 * of PUBLIC_URL, and ALLOWED_HOSTS. Anything else gets a 421 before any route, page or file.
 * Behind a trusted proxy, X-Forwarded-Host (the host the browser asked for) must pass as well.
 */
import { isIP } from 'node:net';
import type { MiddlewareHandler } from 'hono';
import type { ProxyTrust } from './client-address.ts';

export interface HostAllowListOptions extends ProxyTrust {
  /** Host names (no port); `.example.com` also allows every subdomain. */
  allowedHosts: readonly string[];
}

/** The host name of a Host header value, normalised as a browser would (case, IDN, IPv4 forms), or undefined when it is not one. */
export function hostNameOf(value: string): string | undefined {
  if (value === '' || /[\s@/\\?#]/.test(value)) return undefined;
  try {
    const url = new URL(`http://${value}`);
    return url.hostname.replace(/\.$/, '');
  } catch {
    return undefined;
  }
}

function isLoopbackName(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost');
}

function isIpLiteral(host: string): boolean {
  return isIP(host.replace(/^\[(.*)\]$/, '$1')) !== 0;
}

export function isAllowedHost(host: string, allowedHosts: readonly string[]): boolean {
  if (isLoopbackName(host) || isIpLiteral(host)) return true;
  return allowedHosts.some((allowed) => (allowed.startsWith('.') ? host === allowed.slice(1) || host.endsWith(allowed) : host === allowed));
}

const MESSAGE =
  'This server does not answer for that host name. If this is how Pulseboard is reached, add the name to ALLOWED_HOSTS or set PUBLIC_URL.';

export function hostAllowList({ allowedHosts, trustProxy }: HostAllowListOptions): MiddlewareHandler {
  const allowed = allowedHosts.map((h) => h.toLowerCase());
  const passes = (value: string | undefined) => {
    const host = value === undefined ? undefined : hostNameOf(value.trim());
    return host !== undefined && isAllowedHost(host, allowed);
  };
  return async (c, next) => {
    // app.request() in tests has no Host header: the URL's host is what was asked for.
    const host = c.req.header('Host') ?? new URL(c.req.url).host;
    const forwarded = trustProxy > 0 ? c.req.header('X-Forwarded-Host')?.split(',')[0] : undefined;
    if (!passes(host) || (forwarded !== undefined && !passes(forwarded))) {
      c.header('Cache-Control', 'no-store');
      return c.json({ status: 421, message: MESSAGE }, 421 as 400);
    }
    return next();
  };
}
