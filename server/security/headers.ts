/**
 * Security headers on every response: pages, assets, API answers, redirects and errors alike,
 * set by Hono's secureHeaders. The built app needs nothing inline: one module script and
 * stylesheets from /assets, and React sets style properties through the DOM, which style-src
 * does not govern. Two things stay hand-written, because secureHeaders cannot express them:
 * HSTS only when the browser came over HTTPS (it needs TRUST_PROXY's view of the request, and
 * secureHeaders sends a fixed value on every answer), and copying a response whose headers are
 * immutable (Response.redirect(), fetch() answers), on which secureHeaders would throw.
 */
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { isHttps, type ProxyTrust } from './client-address.ts';

export interface SecurityHeaderOptions extends ProxyTrust {
  /** Origins that may frame the app (FRAME_ANCESTORS); none when empty. */
  frameAncestors: readonly string[];
}

type CspDirectives = NonNullable<NonNullable<Parameters<typeof secureHeaders>[0]>['contentSecurityPolicy']>;

function cspDirectives(frameAncestors: readonly string[]): CspDirectives {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: frameAncestors.length > 0 ? [...frameAncestors] : ["'none'"],
  };
}

/** The policy as sent, for tests and docs. */
export function contentSecurityPolicy(frameAncestors: readonly string[]): string {
  return Object.entries(cspDirectives(frameAncestors))
    .map(([name, values]) => `${name.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`)} ${(values as string[]).join(' ')}`)
    .join('; ');
}

const HSTS = 'max-age=31536000; includeSubDomains';

export function securityHeaders(options: SecurityHeaderOptions): MiddlewareHandler {
  const library = secureHeaders({
    contentSecurityPolicy: cspDirectives(options.frameAncestors),
    // Not no-referrer: that makes browsers send `Origin: null` on same-origin POSTs, which the CSRF check refuses.
    referrerPolicy: 'same-origin',
    crossOriginOpenerPolicy: 'same-origin',
    crossOriginResourcePolicy: 'same-origin',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [], usb: [] },
    // Older browsers ignore frame-ancestors; DENY is right only when no origin may frame the app.
    xFrameOptions: options.frameAncestors.length === 0 ? 'DENY' : false,
    // Sent only over HTTPS, below.
    strictTransportSecurity: false,
    removePoweredBy: true,
  });

  const mutableResponse: MiddlewareHandler = async (c, next) => {
    await next();
    try {
      c.res.headers.set('X-Content-Type-Options', 'nosniff');
    } catch {
      c.res = new Response(c.res.body, c.res);
    }
    if (isHttps(c, options)) c.res.headers.set('Strict-Transport-Security', HSTS);
    c.res.headers.delete('Server');
  };

  // secureHeaders sets its headers after the inner handler has run, so the copy happens first.
  return (c, next) =>
    library(c, async () => {
      await mutableResponse(c, next);
    });
}
