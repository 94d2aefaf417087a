/**
 * /api/auth: log in with the team password, log out, and ask whether a session is open.
 * The login form is the SPA's /login page; these routes only speak JSON.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { safeLogText } from '../logging/safe-text.ts';
import { clientAddress, isHttps, type ProxyTrust } from './client-address.ts';
import { sameOriginJson } from './csrf.ts';
import type { LoginThrottle } from './login-throttle.ts';
import type { PasswordVerifier } from './password.ts';
import { jsonBodyLimit } from './request-limits.ts';
import { clearSessionCookie, sessionFromCookie, setSessionCookie, type Sessions } from './session.ts';

export interface AuthRouteOptions extends ProxyTrust {
  /** Undefined: no login configured. */
  login: { sessions: Sessions; password: PasswordVerifier; throttle: LoginThrottle } | undefined;
  now: () => number;
  log?: (line: string) => void;
}

const loginBody = z.object({ password: z.string().min(1).max(1024) });

export function authRoutes({ login, now, log, trustProxy }: AuthRouteOptions): Hono {
  const auth = new Hono();
  const proxy = { trustProxy };

  auth.get('/session', (c) => {
    c.header('Cache-Control', 'no-store');
    if (!login) return c.json({ loginRequired: false, authenticated: false });
    const session = sessionFromCookie(c, login.sessions);
    return c.json({
      loginRequired: true,
      authenticated: session !== undefined,
      ...(session ? { expiresAt: new Date(session.exp * 1000).toISOString() } : {}),
    });
  });

  auth.post('/login', sameOriginJson(proxy), jsonBodyLimit(), async (c) => {
    if (!login) return c.json({ status: 404, message: 'This server has no login: DASHBOARD_PASSWORD is not set.' }, 404);
    const body = loginBody.safeParse(await c.req.json().catch(() => undefined));
    if (!body.success) {
      return c.json({ status: 400, message: 'Invalid parameter: password is required', validationErrors: { password: 'is required' } }, 400);
    }
    // The check and the count happen together, with no await between, so parallel guesses queue up.
    const client = clientAddress(c, proxy);
    const wait = login.throttle.retryAfterSeconds(client);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return c.json({ status: 429, message: `Too many failed logins from your address. Try again in ${wait} seconds.` }, 429);
    }
    login.throttle.attempt(client);
    if (!(await login.password.verify(body.data.password))) {
      log?.(`login failed from ${safeLogText(client)}`);
      return c.json({ status: 401, message: 'Wrong password.' }, 401);
    }
    login.throttle.succeeded(client);
    const { token, session } = login.sessions.issue();
    setSessionCookie(c, token, session, now(), isHttps(c, proxy));
    c.header('Cache-Control', 'no-store');
    return c.json({ authenticated: true, expiresAt: new Date(session.exp * 1000).toISOString() });
  });

  auth.post('/logout', sameOriginJson(proxy), (c) => {
    if (login) {
      const session = sessionFromCookie(c, login.sessions);
      if (session) login.sessions.end(session);
    }
    clearSessionCookie(c, isHttps(c, proxy));
    return c.json({ authenticated: false });
  });

  return auth;
}
