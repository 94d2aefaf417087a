/**
 * Cross-site request forgery guard for the API's few POSTs (login, logout, wall links).
 * Three independent locks, any one of which stops a forged form or fetch from another site:
 * - the session cookie is SameSite=Strict, so a cross-site request carries no session;
 * - the body must be `application/json`, which no HTML form can send and which makes a
 *   cross-origin fetch preflight (Pulseboard answers no CORS, so the preflight fails);
 * - Origin and Sec-Fetch-Site, which browsers set and pages cannot forge, must say same origin.
 * Clients that send neither header (curl, scripts) are not browsers and cannot be forged into acting.
 */
import type { MiddlewareHandler } from 'hono';
import { requestHost, type ProxyTrust } from './client-address.ts';

export function sameOriginJson(options: ProxyTrust): MiddlewareHandler {
  return async (c, next) => {
    const site = c.req.header('Sec-Fetch-Site');
    if (site !== undefined && site !== 'same-origin' && site !== 'none') {
      return c.json({ status: 403, message: `Cross-site request refused (Sec-Fetch-Site: ${site.slice(0, 20)}).` }, 403);
    }
    const origin = c.req.header('Origin');
    const host = requestHost(c, options);
    if (origin !== undefined && !sameHost(origin, host)) {
      // Names both hosts: behind a proxy that rewrites Host, this is how the operator finds out.
      const message =
        `Cross-origin request refused: Origin ${origin.slice(0, 100)} is not this server (${host.slice(0, 100)}). ` +
        'Behind a reverse proxy, pass the original Host header, or X-Forwarded-Host with TRUST_PROXY.';
      return c.json({ status: 403, message }, 403);
    }
    const type = (c.req.header('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') {
      return c.json({ status: 415, message: 'Send the request body as JSON (Content-Type: application/json).' }, 415);
    }
    return next();
  };
}

function sameHost(origin: string, host: string): boolean {
  try {
    const url = new URL(origin);
    return /^https?:$/.test(url.protocol) && url.host.toLowerCase() === host;
  } catch {
    return false; // includes `Origin: null` from sandboxed frames and privacy-stripped requests
  }
}
