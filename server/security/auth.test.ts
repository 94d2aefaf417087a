import { describe, expect, it } from 'vitest';
import { tokenTwins } from '../test/base64url.ts';
import { testApp } from '../test/demo-app.ts';
import { logIn, postJson, secureTestApp, sessionCookieFrom, SESSION_SECRET, TEST_PASSWORD } from '../test/secure-app.ts';
import { SESSION_COOKIE } from './session.ts';

const REPORT = '/api/v1/reports/conversations/new.json?start=2026-11-01T00:00:00Z&end=2026-11-07T23:59:59Z';
const API_PATHS = ['/api/v1/users.json', '/api/v1/mailboxes.json', '/api/v1/tags.json', '/api/v1/mailboxes/1/folders.json', REPORT, '/api/nope'];
const PAGES = ['/', '/new-conversations?range=last-7-days&tz=UTC', '/user-history', '/wall', '/no-such-page'];

describe('without a session', () => {
  const { app } = secureTestApp();

  it('answers every /api route with a JSON 401', async () => {
    for (const path of API_PATHS) {
      const res = await app.request(path);
      expect(res.status, path).toBe(401);
      expect(await res.json()).toMatchObject({ status: 401, message: expect.stringMatching(/log in/i) });
    }
  });

  it('redirects every page to the login page, remembering where it was going', async () => {
    for (const path of PAGES) {
      const res = await app.request(path);
      expect(res.status, path).toBe(302);
      expect(res.headers.get('Location')).toBe(`/login?next=${encodeURIComponent(path)}`);
    }
  });

  it('never remembers a page that would resolve to another host', async () => {
    for (const path of ['//evil.example/x', '/.//evil.example/x', '/%2e%2e//evil.example/x']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(302);
      expect(res.headers.get('Location'), path).toBe('/login');
    }
  });

  it('serves the login page, the build files and a wall page that carries a token', async () => {
    for (const path of ['/login', '/login?next=%2Fuser-history', '/wall?token=whatever', '/assets/index-1.js', '/favicon.svg']) {
      expect((await app.request(path)).status, path).toBe(200);
    }
  });

  it('answers /api/health for load balancers, without the source or version', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('says a login is required', async () => {
    expect(await (await app.request('/api/auth/session')).json()).toEqual({ loginRequired: true, authenticated: false });
  });
});

describe('logging in', () => {
  it('sets a signed, HttpOnly, SameSite=Strict session cookie that opens the API and the pages', async () => {
    const { app } = secureTestApp();
    const res = await postJson(app, '/api/auth/login', { password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('Set-Cookie')!;
    expect(setCookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43};`));
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Path=/');
    expect(setCookie).toContain('Max-Age=43200');
    expect(setCookie).not.toContain('Secure'); // plain http: a Secure cookie would never come back

    const Cookie = sessionCookieFrom(res);
    for (const path of ['/api/v1/users.json', '/api/v1/mailboxes.json', '/api/v1/tags.json', REPORT]) expect((await app.request(path, { headers: { Cookie } })).status, path).toBe(200);
    for (const path of ['/new-conversations', '/user-history', '/wall']) expect((await app.request(path, { headers: { Cookie } })).status, path).toBe(200);
    expect(await (await app.request('/api/health', { headers: { Cookie } })).json()).toMatchObject({ source: 'demo' });
    expect(await (await app.request('/api/auth/session', { headers: { Cookie } })).json()).toMatchObject({ loginRequired: true, authenticated: true });
  });

  it('marks the cookie Secure and sends HSTS behind an HTTPS proxy (TRUST_PROXY)', async () => {
    const { app } = secureTestApp({ trustProxy: 1 });
    const res = await postJson(app, '/api/auth/login', { password: TEST_PASSWORD }, { 'X-Forwarded-Proto': 'https', 'X-Forwarded-For': '203.0.113.9' });
    expect(res.headers.get('Set-Cookie')).toContain('Secure');
    expect(res.headers.get('Strict-Transport-Security')).toBe('max-age=31536000; includeSubDomains');
  });

  it('ignores X-Forwarded-Proto unless TRUST_PROXY says a proxy sets it', async () => {
    const { app } = secureTestApp();
    const res = await postJson(app, '/api/auth/login', { password: TEST_PASSWORD }, { 'X-Forwarded-Proto': 'https' });
    expect(res.headers.get('Set-Cookie')).not.toContain('Secure');
    expect(res.headers.get('Strict-Transport-Security')).toBeNull();
  });

  it('keeps authenticated API answers out of shared caches', async () => {
    const { app } = secureTestApp();
    const Cookie = await logIn(app);
    expect((await app.request(REPORT, { headers: { Cookie } })).headers.get('Cache-Control')).toMatch(/^private, max-age=\d+$/);
  });

  it('refuses a wrong password with a 401 and no cookie', async () => {
    const { app } = secureTestApp();
    for (const password of ['wrong', TEST_PASSWORD.toUpperCase(), `${TEST_PASSWORD} `, 'x'.repeat(1024)]) {
      const res = await postJson(app, '/api/auth/login', { password });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ status: 401, message: 'Wrong password.' });
      expect(res.headers.get('Set-Cookie')).toBeNull();
    }
  });

  it('answers a malformed login body with a 400 naming the password', async () => {
    const { app } = secureTestApp();
    for (const body of [{}, { password: '' }, { password: 42 }, { password: 'x'.repeat(1025) }, ['x'], 'x']) {
      const res = await postJson(app, '/api/auth/login', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await res.json()).validationErrors).toHaveProperty('password');
    }
    const notJson = await app.request('/api/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"password":' });
    expect(notJson.status).toBe(400);
  });

  it('refuses a body over 16 KB', async () => {
    const { app } = secureTestApp();
    const res = await postJson(app, '/api/auth/login', { password: 'x'.repeat(20_000) });
    expect(res.status).toBe(413);
  });

  it('has no login when no password is configured', async () => {
    const app = testApp();
    expect((await postJson(app, '/api/auth/login', { password: 'x' })).status).toBe(404);
    expect(await (await app.request('/api/auth/session')).json()).toEqual({ loginRequired: false, authenticated: false });
  });
});

describe('sessions', () => {
  it('expire after SESSION_TTL_HOURS', async () => {
    const { app, clock } = secureTestApp({ login: { password: TEST_PASSWORD, sessionSecret: SESSION_SECRET, sessionTtlMs: 3_600_000 } });
    const Cookie = await logIn(app);
    clock.advance(3_600_000 - 1000);
    expect((await app.request('/api/v1/users.json', { headers: { Cookie } })).status).toBe(200);
    clock.advance(1000);
    expect((await app.request('/api/v1/users.json', { headers: { Cookie } })).status).toBe(401);
    expect((await app.request('/new-conversations', { headers: { Cookie } })).status).toBe(302);
    expect(await (await app.request('/api/auth/session', { headers: { Cookie } })).json()).toMatchObject({ authenticated: false });
  });

  it('refuse a tampered, re-signed or foreign cookie', async () => {
    const { app } = secureTestApp();
    const Cookie = await logIn(app);
    const [name, value] = Cookie.split('=') as [string, string];
    const [payload, signature] = value.split('.') as [string, string];
    const forever = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), exp: 4_102_444_800 })).toString('base64url');
    const flipped = signature.slice(0, -2) + (signature.endsWith('AA') ? 'BB' : 'AA');
    const other = secureTestApp({ login: { password: TEST_PASSWORD, sessionSecret: 'another-session-secret-0123456789abcdef' } });
    const otherPassword = secureTestApp({ login: { password: 'another password', sessionSecret: SESSION_SECRET } });
    const foreign = [await logIn(other.app), sessionCookieFrom(await postJson(otherPassword.app, '/api/auth/login', { password: 'another password' }))];
    for (const cookie of [`${name}=${forever}.${signature}`, `${name}=${payload}.${flipped}`, `${name}=${payload}`, `${name}=`, `${name}=${'A'.repeat(9000)}.x`, ...foreign]) {
      expect((await app.request('/api/v1/users.json', { headers: { Cookie: cookie } })).status, cookie.slice(0, 60)).toBe(401);
    }
  });

  it('refuse a cookie whose signature is spelled non-canonically (strict base64url)', async () => {
    const { app } = secureTestApp();
    const Cookie = await logIn(app);
    const [name, value] = Cookie.split('=') as [string, string];
    const twins = tokenTwins(value);
    expect(twins).toHaveLength(3);
    for (const twin of twins) expect((await app.request('/api/v1/users.json', { headers: { Cookie: `${name}=${twin}` } })).status, twin).toBe(401);
    expect((await app.request('/api/v1/users.json', { headers: { Cookie } })).status).toBe(200);
  });

  it('end at logout, even if the old cookie is replayed', async () => {
    const { app } = secureTestApp();
    const Cookie = await logIn(app);
    const res = await postJson(app, '/api/auth/logout', {}, { Cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get('Set-Cookie')).toMatch(new RegExp(`^${SESSION_COOKIE}=;.*Max-Age=0`));
    expect((await app.request('/api/v1/users.json', { headers: { Cookie } })).status).toBe(401);
    // Another session is untouched.
    const second = await logIn(app);
    expect((await app.request('/api/v1/users.json', { headers: { Cookie: second } })).status).toBe(200);
  });
});

describe('CSRF', () => {
  const attempts: Array<[string, Record<string, string>, number]> = [
    ['another origin', { Origin: 'https://evil.example' }, 403],
    ['a look-alike origin', { Origin: 'http://localhost.evil.example' }, 403],
    ['Origin: null (sandboxed frame)', { Origin: 'null' }, 403],
    ['a cross-site fetch', { 'Sec-Fetch-Site': 'cross-site' }, 403],
    ['a same-site but cross-origin fetch', { 'Sec-Fetch-Site': 'same-site' }, 403],
    ['an HTML form (urlencoded)', { 'Content-Type': 'application/x-www-form-urlencoded' }, 415],
    ['a text/plain form', { 'Content-Type': 'text/plain' }, 415],
    ['a multipart form', { 'Content-Type': 'multipart/form-data; boundary=x' }, 415],
  ];

  for (const [what, headers, status] of attempts) {
    it(`refuses a login POST from ${what}`, async () => {
      const { app } = secureTestApp();
      const res = await postJson(app, '/api/auth/login', { password: TEST_PASSWORD }, headers);
      expect(res.status).toBe(status);
      expect(res.headers.get('Set-Cookie')).toBeNull();
    });
  }

  it('refuses cross-origin wall link creation and logout even with the session cookie', async () => {
    const { app } = secureTestApp();
    const Cookie = await logIn(app);
    const evil = { Cookie, Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' };
    expect((await postJson(app, '/api/wall-links', { params: 'tz=UTC' }, evil)).status).toBe(403);
    expect((await postJson(app, '/api/auth/logout', {}, evil)).status).toBe(403);
    expect((await app.request('/api/v1/users.json', { headers: { Cookie } })).status).toBe(200);
  });

  it('accepts the same origin as seen through a trusted proxy', async () => {
    const { app } = secureTestApp({ trustProxy: 1, allowedHosts: ['pulse.example.com'] });
    const res = await postJson(app, '/api/auth/login', { password: TEST_PASSWORD }, { Origin: 'https://pulse.example.com', 'X-Forwarded-Host': 'pulse.example.com' });
    expect(res.status).toBe(200);
  });
});

describe('failed logins are slowed down per client', () => {
  const from = (ip: string) => ({ 'X-Forwarded-For': ip });

  it('locks a client out for 30 s after 5 failures, then doubles the wait', async () => {
    const { app, clock } = secureTestApp({ trustProxy: 1 });
    for (let i = 0; i < 5; i++) expect((await postJson(app, '/api/auth/login', { password: 'guess' }, from('198.51.100.1'))).status).toBe(401);

    const locked = await postJson(app, '/api/auth/login', { password: TEST_PASSWORD }, from('198.51.100.1'));
    expect(locked.status).toBe(429);
    expect(locked.headers.get('Retry-After')).toBe('30');
    expect((await locked.json()).message).toMatch(/try again in 30 seconds/i);

    // Another client is not affected.
    expect((await postJson(app, '/api/auth/login', { password: TEST_PASSWORD }, from('198.51.100.2'))).status).toBe(200);

    clock.advance(29_000);
    expect((await postJson(app, '/api/auth/login', { password: 'guess' }, from('198.51.100.1'))).headers.get('Retry-After')).toBe('1');
    clock.advance(1000);
    expect((await postJson(app, '/api/auth/login', { password: 'guess' }, from('198.51.100.1'))).status).toBe(401);
    expect((await postJson(app, '/api/auth/login', { password: 'guess' }, from('198.51.100.1'))).headers.get('Retry-After')).toBe('60');
  });

  it('forgives after a success', async () => {
    const { app } = secureTestApp({ trustProxy: 1 });
    for (let i = 0; i < 4; i++) await postJson(app, '/api/auth/login', { password: 'guess' }, from('198.51.100.3'));
    expect((await postJson(app, '/api/auth/login', { password: TEST_PASSWORD }, from('198.51.100.3'))).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await postJson(app, '/api/auth/login', { password: 'guess' }, from('198.51.100.3'))).status).toBe(401);
  });

  it('counts a burst of parallel guesses before any of them is checked', async () => {
    const { app } = secureTestApp({ trustProxy: 1 });
    const answers = await Promise.all(Array.from({ length: 20 }, () => postJson(app, '/api/auth/login', { password: 'guess' }, from('198.51.100.4'))));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
  });

  it('trusts only the address the proxy appended, not one the client wrote', async () => {
    const { app } = secureTestApp({ trustProxy: 1 });
    for (let i = 0; i < 5; i++) await postJson(app, '/api/auth/login', { password: 'guess' }, { 'X-Forwarded-For': `10.0.0.${i}, 198.51.100.5` });
    expect((await postJson(app, '/api/auth/login', { password: 'guess' }, { 'X-Forwarded-For': '10.9.9.9, 198.51.100.5' })).status).toBe(429);
  });
});
