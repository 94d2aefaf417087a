/**
 * The security layer as app.ts mounts it: one factory that holds the shared state (sessions,
 * the login throttle, the wall link key) and hands out the middleware and routes built on it.
 * With no options it still sends the security headers and bounds queries, and nothing else.
 */
import type { MiddlewareHandler } from 'hono';
import type { Hono } from 'hono';
import { accessControl } from './access-control.ts';
import { authRoutes } from './auth-routes.ts';
import { securityHeaders } from './headers.ts';
import { hostAllowList } from './host-allow-list.ts';
import { createLoginThrottle } from './login-throttle.ts';
import type { LogoutStore } from './logout-store.ts';
import { createPasswordVerifier } from './password.ts';
import { rateLimit } from './rate-limit.ts';
import { createSessions } from './session.ts';
import { wallLinkRoutes } from './wall-link-routes.ts';
import { wallUserRedaction } from './wall-redaction.ts';
import type { WallTokenContext } from './wall-token.ts';
import type { SharedEvents } from '../store/shared-events.ts';
import { shareLoginThrottle, shareSessions } from '../store/share-security.ts';

export const DEFAULT_SESSION_TTL_MS = 12 * 3_600_000;

export interface SecurityOptions {
  /** DASHBOARD_PASSWORD: every page and /api route then needs a session. */
  login?: { password: string; sessionSecret: string; sessionTtlMs?: number; logouts?: LogoutStore };
  /** WALL_LINK_SECRET and the revocation list; absent: wall links are off. */
  wallLinks?: { secret: string; isRevoked?: (id: string) => boolean };
  /** FRAME_ANCESTORS; empty: no one may frame the app. */
  frameAncestors?: readonly string[];
  /** PUBLIC_URL's host and ALLOWED_HOSTS: names answered besides loopback names and IP literals. */
  allowedHosts?: readonly string[];
  /** TRUST_PROXY: how many reverse proxies' X-Forwarded-* to believe. */
  trustProxy?: number;
  /** API_RATE_LIMIT_PER_MINUTE per client; 0 or absent: no limit. */
  apiRateLimitPerMinute?: number;
  /** The instant wall links' relative ranges are evaluated at (DEMO_NOW); defaults to the app's clock. */
  reportNow?: () => number;
  /** Security events: failed logins, wall links created. */
  log?: (line: string) => void;
  /** REDIS_URL: the login throttle and logouts are shared with the other instances (store/share-security.ts). */
  shared?: SharedEvents;
}

export interface Security {
  headers: MiddlewareHandler;
  /** 421 for a Host that Pulseboard is not reached by (DNS rebinding). */
  hostCheck: MiddlewareHandler;
  rateLimit: MiddlewareHandler | undefined;
  access: MiddlewareHandler;
  authRoutes: Hono;
  wallLinkRoutes: Hono;
  /** Trims users.json to names and ids for a wall link; mounted inside the HTTP cache. */
  wallUserRedaction: MiddlewareHandler;
}

export function createSecurity(options: SecurityOptions, now: () => number): Security {
  const { trustProxy = 0, frameAncestors = [], allowedHosts = [], reportNow = now, log } = options;
  const login = options.login
    ? (() => {
        const password = createPasswordVerifier(options.login.password);
        const sessions = createSessions({
          secret: options.login.sessionSecret,
          passwordFingerprint: password.fingerprint,
          ttlMs: options.login.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS,
          now,
          ...(options.login.logouts ? { logouts: options.login.logouts } : {}),
        });
        const throttle = createLoginThrottle({ now });
        const { shared } = options;
        return shared
          ? { password, sessions: shareSessions(sessions, shared), throttle: shareLoginThrottle(throttle, shared) }
          : { password, sessions, throttle };
      })()
    : undefined;
  const wallTokens: WallTokenContext = {
    secret: options.wallLinks?.secret,
    isRevoked: options.wallLinks?.isRevoked ?? (() => false),
    now,
  };
  const perMinute = options.apiRateLimitPerMinute ?? 0;

  return {
    headers: securityHeaders({ frameAncestors, trustProxy }),
    hostCheck: hostAllowList({ allowedHosts, trustProxy }),
    rateLimit: perMinute > 0 ? rateLimit({ perMinute, now, trustProxy }) : undefined,
    access: accessControl({ sessions: login?.sessions, wallTokens, reportNow }),
    authRoutes: authRoutes({ login, now, trustProxy, ...(log ? { log } : {}) }),
    wallLinkRoutes: wallLinkRoutes({ wallTokens, now, reportNow, trustProxy, ...(log ? { log } : {}) }),
    wallUserRedaction: wallUserRedaction(),
  };
}
