/**
 * Security headers on every response: pages, assets, API answers, redirects and errors alike.
 * The built app needs nothing inline: one module script and stylesheets from /assets, and React
 * sets style properties through the DOM, which style-src does not govern.
 */
import type { MiddlewareHandler } from 'hono';
import { isHttps, type ProxyTrust } from './client-address.ts';

export interface SecurityHeaderOptions extends ProxyTrust {
  /** Origins that may frame the app (FRAME_ANCESTORS); none when empty. */
  frameAncestors: readonly string[];
}

export function contentSecurityPolicy(frameAncestors: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors.length > 0 ? frameAncestors.join(' ') : "'none'"}`,
  ].join('; ');
}

const HSTS = 'max-age=31536000; includeSubDomains';

export function securityHeaders(options: SecurityHeaderOptions): MiddlewareHandler {
  const fixed: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy(options.frameAncestors),
    'X-Content-Type-Options': 'nosniff',
    // Not no-referrer: that makes browsers send `Origin: null` on same-origin POSTs, which the CSRF check refuses.
    'Referrer-Policy': 'same-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    // Older browsers ignore frame-ancestors; DENY is right only when no origin may frame the app.
    ...(options.frameAncestors.length === 0 ? { 'X-Frame-Options': 'DENY' } : {}),
  };
  return async (c, next) => {
    await next();
    let headers = c.res.headers;
    try {
      headers.set('X-Content-Type-Options', 'nosniff');
    } catch {
      // Response.redirect() and fetch() answers have immutable headers: copy the response once.
      c.res = new Response(c.res.body, c.res);
      headers = c.res.headers;
    }
    for (const [name, value] of Object.entries(fixed)) headers.set(name, value);
    if (isHttps(c, options)) headers.set('Strict-Transport-Security', HSTS);
    headers.delete('Server');
    headers.delete('X-Powered-By');
  };
}
