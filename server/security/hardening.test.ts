import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { testApp, testDemoSource } from '../test/demo-app.ts';
import { createWallLink, logIn, postJson, secureTestApp } from '../test/secure-app.ts';
import { contentSecurityPolicy, securityHeaders } from './headers.ts';
import { createTokenBuckets } from './rate-limit.ts';
import { MAX_QUERY_LENGTH } from './request-limits.ts';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

function expectSecurityHeaders(res: Response, what: string) {
  expect(res.headers.get('Content-Security-Policy'), what).toBe(CSP);
  expect(res.headers.get('X-Content-Type-Options'), what).toBe('nosniff');
  expect(res.headers.get('Referrer-Policy'), what).toBe('same-origin');
  expect(res.headers.get('X-Frame-Options'), what).toBe('DENY');
  expect(res.headers.get('Cross-Origin-Opener-Policy'), what).toBe('same-origin');
  expect(res.headers.get('Cross-Origin-Resource-Policy'), what).toBe('same-origin');
  expect(res.headers.get('Permissions-Policy'), what).toBe('camera=(), microphone=(), geolocation=(), payment=(), usb=()');
  expect(res.headers.get('Server'), what).toBeNull();
  expect(res.headers.get('X-Powered-By'), what).toBeNull();
  expect(res.headers.get('Strict-Transport-Security'), what).toBeNull(); // plain http
}

describe('security headers', () => {
  it('are on every response: pages, assets, redirects, API answers and errors of every kind', async () => {
    const { app } = secureTestApp({ apiRateLimitPerMinute: 30 });
    const Cookie = await logIn(app);
    const link = await createWallLink(app, Cookie, 'range=last-7-days&tz=UTC');
    const asset = await app.request('/assets/index-1.js');
    const requests: Array<[string, () => Response | Promise<Response>, number]> = [
      ['page redirect', () => app.request('/new-conversations'), 302],
      ['login page', () => app.request('/login'), 200],
      ['page', () => app.request('/user-history', { headers: { Cookie } }), 200],
      ['HEAD page', () => app.request('/wall', { method: 'HEAD', headers: { Cookie } }), 200],
      ['unknown page', () => app.request('/nope', { headers: { Cookie } }), 404],
      ['asset', () => asset, 200],
      ['asset 304', () => app.request('/assets/index-1.js', { headers: { 'If-None-Match': asset.headers.get('ETag')! } }), 304],
      ['missing asset', () => app.request('/assets/missing.js'), 404],
      ['API 200', () => app.request('/api/v1/users.json', { headers: { Cookie } }), 200],
      ['API 304', async () => {
        const first = await app.request('/api/v1/tags.json', { headers: { Cookie } });
        return app.request('/api/v1/tags.json', { headers: { Cookie, 'If-None-Match': first.headers.get('ETag')! } });
      }, 304],
      ['API 400', () => app.request('/api/v1/reports/conversations/new.json?start=x', { headers: { Cookie } }), 400],
      ['API 401', () => app.request('/api/v1/users.json'), 401],
      ['API 403 (wall lock)', () => app.request('/api/v1/tags.json', { headers: { 'X-Wall-Token': link.token } }), 403],
      ['API 404', () => app.request('/api/nope', { headers: { Cookie } }), 404],
      ['API 413', () => postJson(app, '/api/auth/login', { password: 'x'.repeat(20_000) }), 413],
      ['API long query', () => app.request(`/api/health?${'x'.repeat(MAX_QUERY_LENGTH + 1)}`), 400],
      ['API 415', () => app.request('/api/auth/login', { method: 'POST', body: 'password=x' }), 415],
      ['login 401', () => postJson(app, '/api/auth/login', { password: 'nope' }), 401],
      ['health', () => app.request('/api/health'), 200],
    ];
    for (const [what, send, status] of requests) {
      const res = await send();
      expect(res.status, what).toBe(status);
      expectSecurityHeaders(res, what);
    }
    let limited: Response | undefined;
    for (let i = 0; i < 40 && !limited; i++) {
      const res = await app.request('/api/v1/users.json', { headers: { Cookie } });
      if (res.status === 429) limited = res;
    }
    expect(limited?.status).toBe(429);
    expectSecurityHeaders(limited!, '429');
  });

  it('are on the open app too, and on a 500 whose details stay in the log', async () => {
    const lines: string[] = [];
    const failing = { ...testDemoSource(), users: () => Promise.reject(new Error('secret detail')) };
    const app = testApp({ source: failing, log: (line) => lines.push(line) });
    expectSecurityHeaders(await app.request('/api/health'), 'health');
    const boom = await app.request('/api/v1/users.json');
    expect(boom.status).toBe(500);
    expectSecurityHeaders(boom, '500');
    expect(await boom.text()).not.toContain('secret detail');
    expect(lines.join('\n')).toContain('secret detail');
  });

  it('are added to a response whose headers are immutable (Response.redirect)', async () => {
    const app = new Hono();
    app.use(securityHeaders({ frameAncestors: [], trustProxy: 0 }));
    app.get('/', () => Response.redirect('http://localhost/elsewhere', 302));
    const res = await app.request('/');
    expect(res.status).toBe(302);
    expectSecurityHeaders(res, 'Response.redirect');
  });

  it('let FRAME_ANCESTORS frame the app, without X-Frame-Options', async () => {
    const { app } = secureTestApp({ frameAncestors: ['https://intranet.example.com', "'self'"] });
    const res = await app.request('/login');
    expect(res.headers.get('Content-Security-Policy')).toContain("frame-ancestors https://intranet.example.com 'self'");
    expect(res.headers.get('X-Frame-Options')).toBeNull();
    expect(contentSecurityPolicy([])).toBe(CSP);
  });

  it('include HSTS when the browser came over HTTPS', async () => {
    const { app } = secureTestApp({ trustProxy: 1 });
    const res = await app.request('/login', { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(res.headers.get('Strict-Transport-Security')).toBe('max-age=31536000; includeSubDomains');
    expect((await app.request('https://pulse.example.com/login')).headers.get('Strict-Transport-Security')).not.toBeNull();
  });
});

describe('the API rate limit', () => {
  const from = (ip: string) => ({ headers: { 'X-Forwarded-For': ip } });

  it('answers 429 with Retry-After past the per-minute allowance, per client, and refills', async () => {
    const { app, clock } = secureTestApp({ apiRateLimitPerMinute: 60, trustProxy: 1 });
    for (let i = 0; i < 60; i++) expect((await app.request('/api/health', from('192.0.2.1'))).status).toBe(200);
    const limited = await app.request('/api/health', from('192.0.2.1'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('1');
    expect((await limited.json()).message).toMatch(/60 a minute/);
    // Logins count too, so the limit also caps password guessing across lockouts.
    expect((await postJson(app, '/api/auth/login', { password: 'x' }, { 'X-Forwarded-For': '192.0.2.1' })).status).toBe(429);

    expect((await app.request('/api/health', from('192.0.2.2'))).status).toBe(200);
    expect((await app.request('/login', from('192.0.2.1'))).status).toBe(200); // pages and assets are not limited

    clock.advance(1000);
    expect((await app.request('/api/health', from('192.0.2.1'))).status).toBe(200);
    expect((await app.request('/api/health', from('192.0.2.1'))).status).toBe(429);
    clock.advance(60_000);
    for (let i = 0; i < 60; i++) expect((await app.request('/api/health', from('192.0.2.1'))).status).toBe(200);
  });

  it('keeps bounded memory however many clients there are', () => {
    const buckets = createTokenBuckets({ perMinute: 10, now: () => 0, maxClients: 100 });
    for (let i = 0; i < 10_000; i++) buckets.take(`client-${i}`);
    expect(buckets.size).toBe(100);
  });

  it('is off when not configured', async () => {
    const app = testApp();
    for (let i = 0; i < 700; i++) if ((await app.request('/api/health')).status !== 200) throw new Error(`request ${i} limited`);
  });
});

describe('request bounds', () => {
  it(`refuse a query string over ${MAX_QUERY_LENGTH} characters with a 400 naming the longest parameter`, async () => {
    const { app } = secureTestApp();
    const Cookie = await logIn(app);
    const at = (n: number) => app.request(`/api/v1/users.json?page=1&tags=${'9'.repeat(n - 12)}`, { headers: { Cookie } });
    expect((await at(MAX_QUERY_LENGTH)).status).toBe(200);
    const res = await at(MAX_QUERY_LENGTH + 1);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.message).toBe(`Invalid parameter: tags makes the query string too long (${MAX_QUERY_LENGTH + 1} characters; at most ${MAX_QUERY_LENGTH} are accepted)`);
    expect(Object.keys(body.validationErrors)).toEqual(['tags']);
    const junk = await app.request(`/api/v1/users.json?${'%3Cscript%3E'.repeat(1000)}`, { headers: { Cookie } });
    expect(Object.keys((await junk.json()).validationErrors)).toEqual(['query']);
  });

  it('refuse more than 100 items in a list, before any work', async () => {
    const { app } = secureTestApp();
    const Cookie = await logIn(app);
    const ids = Array.from({ length: 101 }, (_, i) => i + 1).join(',');
    const res = await app.request(`/api/v1/reports/conversations/new.json?start=2026-11-01T00:00:00Z&end=2026-11-02T00:00:00Z&tags=${ids}`, { headers: { Cookie } });
    expect(res.status).toBe(400);
    expect((await res.json()).validationErrors).toHaveProperty('tags');
  });
});
