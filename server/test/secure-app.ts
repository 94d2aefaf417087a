/**
 * The real app with a login and wall links configured, on the frozen demo account, with a clock
 * tests move and helpers to log in and create links the way the browser does.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import type { SecurityOptions } from '../security/security.ts';
import { SESSION_COOKIE } from '../security/session.ts';
import { loadStaticSite } from '../static.ts';
import { TEST_NOW, testApp } from './demo-app.ts';

export const TEST_PASSWORD = 'correct horse battery staple';
export const SESSION_SECRET = 'test-session-secret-0123456789abcdef';
export const WALL_SECRET = 'test-wall-link-secret-0123456789abcdef';
/** What a browser on the same origin sends with a JSON POST. */
export const SAME_ORIGIN = { Origin: 'http://localhost', 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/json' };

export function movableClock(start = TEST_NOW.getTime()) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms), set: (ms: number) => void (t = ms) };
}

function fakeSite() {
  const dir = mkdtempSync(join(tmpdir(), 'pulseboard-secure-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Pulseboard</title><script type="module" src="/assets/index-1.js"></script>');
  writeFileSync(join(dir, 'assets', 'index-1.js'), 'console.log("app")');
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return loadStaticSite(dir);
}

export function secureTestApp(overrides: Partial<SecurityOptions> = {}) {
  const clock = movableClock();
  const revoked = new Set<string>();
  const app = testApp({
    now: clock.now,
    site: fakeSite(),
    security: {
      login: { password: TEST_PASSWORD, sessionSecret: SESSION_SECRET, sessionTtlMs: 12 * 3_600_000 },
      wallLinks: { secret: WALL_SECRET, isRevoked: (id) => revoked.has(id) },
      ...overrides,
    },
  });
  return { app, clock, revoked };
}

export function postJson(app: Hono, path: string, body: unknown, headers: Record<string, string> = {}) {
  return app.request(path, { method: 'POST', headers: { ...SAME_ORIGIN, ...headers }, body: JSON.stringify(body) });
}

/** Logs in and answers the Cookie header the browser would send from then on. */
export async function logIn(app: Hono, headers: Record<string, string> = {}): Promise<string> {
  const res = await postJson(app, '/api/auth/login', { password: TEST_PASSWORD }, headers);
  if (res.status !== 200) throw new Error(`login answered ${res.status}`);
  return sessionCookieFrom(res);
}

export function sessionCookieFrom(res: Response): string {
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error('no session cookie set');
  return cookie.split(';')[0]!;
}

export async function createWallLink(app: Hono, cookie: string, params: string, expiresInDays?: number) {
  const res = await postJson(app, '/api/wall-links', { params, ...(expiresInDays ? { expiresInDays } : {}) }, { Cookie: cookie });
  if (res.status !== 201) throw new Error(`wall link answered ${res.status}: ${await res.text()}`);
  const body = (await res.json()) as { url: string; id: string; expiresAt: string };
  return { ...body, token: new URL(body.url, 'http://localhost').searchParams.get('token')! };
}
