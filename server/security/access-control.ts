/**
 * Who may see what. With a login configured, every page and /api route needs a session, except:
 * the login page and its API, static build files (they hold no data), `/wall?token=…` (the page
 * itself; its data calls are judged by the token), the wall link check, and a bare liveness answer
 * on /api/health. A request with a wall token and no session may only make the API calls of the
 * link's own view (wall-lock.ts). A session is never limited by a token.
 */
import type { Context, MiddlewareHandler, Next } from 'hono';
import { WALL_TOKEN_HEADER } from '../../contract/api/headers.ts';
import { isPublicPage as isPublicPath } from '../../contract/routes.ts';
import { checkWallRequest } from './wall-lock.ts';
import { readLockedParams, LOCKED_KEYS } from './wall-params.ts';
import { checkWallToken, type WallTokenContext } from './wall-token.ts';
import { markWallView } from './wall-redaction.ts';
import { sessionFromCookie, type Sessions } from './session.ts';

/** Answered whoever asks: logging in, and checking a wall link before showing it. */
const PUBLIC_API = new Set(['/api/auth/login', '/api/auth/logout', '/api/auth/session', '/api/wall-links/resolve']);

export interface AccessOptions {
  /** Undefined: no login configured (open access). */
  sessions: Sessions | undefined;
  wallTokens: WallTokenContext;
  /** The instant a wall link's relative range is evaluated at (the report clock). */
  reportNow: () => number;
}

function isStaticFile(path: string): boolean {
  return path.startsWith('/assets/') || /\/[^/]+\.[A-Za-z0-9]{1,12}$/.test(path);
}

function isPublicPage(c: Context): boolean {
  const path = c.req.path.replace(/(.)\/$/, '$1');
  return isPublicPath(path, c.req.query('token') !== undefined) || isStaticFile(c.req.path);
}

/** Authenticated API answers must not be kept by shared caches (a CDN would serve them to anyone). */
async function nextPrivate(c: Context, next: Next): Promise<void> {
  await next();
  const cacheControl = c.res.headers.get('Cache-Control');
  if (cacheControl?.includes('public')) c.res.headers.set('Cache-Control', cacheControl.replace('public', 'private'));
}

/** Refusals depend on the cookie or token, not the URL: no cache may keep them. */
function refuse(c: Context, status: 401 | 403, body: Record<string, unknown>) {
  c.header('Cache-Control', 'no-store');
  return c.json({ status, ...body }, status);
}

export function accessControl({ sessions, wallTokens, reportNow }: AccessOptions): MiddlewareHandler {
  function wallRequest(c: Context, next: Next, token: string) {
    const check = checkWallToken(token, wallTokens);
    if (!check.ok) return refuse(c, 401, { message: check.message, reason: check.reason });
    const now = new Date(reportNow());
    const state = readLockedParams(check.payload.params, now);
    if (!state) return refuse(c, 401, { message: 'This wall link is not valid. Ask for a new link.', reason: 'invalid' });
    const verdict = checkWallRequest(state, { method: c.req.method, path: c.req.path, search: new URL(c.req.url).searchParams }, now);
    if (!verdict.ok) {
      const message = `This wall link opens only its own wall view (locked: ${LOCKED_KEYS.join(', ')}), so ${verdict.problems.join('; ')}.`;
      return refuse(c, 403, { message, locked: [...LOCKED_KEYS] });
    }
    markWallView(c);
    return sessions ? nextPrivate(c, next) : next();
  }

  async function api(c: Context, next: Next) {
    if (PUBLIC_API.has(c.req.path)) return next();
    if (sessions && sessionFromCookie(c, sessions)) return nextPrivate(c, next);
    const token = c.req.header(WALL_TOKEN_HEADER);
    if (token !== undefined) return wallRequest(c, next, token);
    if (!sessions) return next();
    // Enough for a load balancer's health check; the source and version are for the team.
    if (c.req.path === '/api/health') return c.json({ status: 'ok' });
    return refuse(c, 401, { message: 'Log in to use Pulseboard: this API needs a session.' });
  }

  return async (c, next) => {
    if (c.req.path.startsWith('/api/')) return api(c, next);
    if (!sessions || (c.req.method !== 'GET' && c.req.method !== 'HEAD') || isPublicPage(c)) return next();
    if (sessionFromCookie(c, sessions)) return next();
    // The login page's own rule for `next` (safeNextPath): a path that, once resolved, starts with
    // `//` or `/\` names another host, so it is not passed on at all.
    const url = new URL(c.req.url);
    if (/^\/[/\\]/.test(url.pathname)) return c.redirect('/login', 302);
    return c.redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`, 302);
  };
}
