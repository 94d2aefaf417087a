import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { DEFAULT_CACHE_POLICY } from '../cache/policy.ts';
import { createHelpScoutSource } from '../sources/helpscout/index.ts';
import { createFakeHelpScout } from '../test/fake-helpscout.ts';
import { FAKE_BASE_URL, HS_SECRETS, URLS, testClock } from '../test/helpscout-app.ts';
import { testApp } from '../test/demo-app.ts';
import { logIn, SESSION_SECRET, TEST_PASSWORD } from '../test/secure-app.ts';
import { createMetrics } from './metrics.ts';

/** What @hono/node-server hands the app as `c.env` for a connection from `address`. */
const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });
const LOOPBACK = from('127.0.0.1');
const REMOTE = from('203.0.113.9');
const TOKEN = 'metrics-token-0123456789';

function metricsApp(throttle: { on: boolean }) {
  const clock = testClock();
  const fake = createFakeHelpScout({ now: clock.now, ...HS_SECRETS, delayMs: 5 });
  // Over the limit Help Scout answers 429 with X-RateLimit-Retry-After (overview/rate-limiting, as recorded).
  const fetch = (url: string, init: RequestInit) =>
    throttle.on && !url.includes('/oauth2/')
      ? Promise.resolve(new Response('{"message":"API rate limit exceeded"}', { status: 429, headers: { 'X-RateLimit-Retry-After': '10', 'Content-Type': 'application/json' } }))
      : fake.fetch(url, init);
  const metrics = createMetrics();
  const source = createHelpScoutSource(
    { credentials: { appId: HS_SECRETS.appId, appSecret: HS_SECRETS.appSecret }, baseUrl: FAKE_BASE_URL, timeoutMs: 2000, requestsPerMinute: 100, cache: DEFAULT_CACHE_POLICY },
    { fetch, now: clock.now, metrics },
  );
  const app = createApp({ source, now: clock.now, cachePolicy: DEFAULT_CACHE_POLICY, metrics: { registry: metrics, token: TOKEN } });
  return { app, fake, clock };
}

/** The value of one series in Prometheus text, e.g. `name{a="b"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('GET /metrics', () => {
  it('answers loopback clients in Prometheus text with the request, upstream, budget, cache and process series', async () => {
    const throttle = { on: false };
    const { app, fake, clock } = metricsApp(throttle);
    await Promise.all(Array.from({ length: 5 }, () => app.request(URLS.newLive)));
    await app.request(URLS.newLive);
    await app.request(URLS.folders);
    await app.request('/api/v1/mailboxes/102/folders.json');
    fake.revokeTokens();
    clock.advance(120_000);
    await app.request(URLS.newLive);
    throttle.on = true;
    clock.advance(120_000);
    expect((await app.request(URLS.newLive)).headers.get('X-Pulseboard-Stale')).toBe('throttled');

    const res = await app.request('/metrics', {}, LOOPBACK);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toContain('text/plain');
    const text = await res.text();

    const route = (r: string, status = 200) => `pulseboard_http_requests_total{method="GET",route="${r}",status="${status}"}`;
    expect(sample(text, route('/api/v1/reports/conversations/new.json'))).toBe(8);
    // The pattern, never the raw path: two mailboxes, one series.
    expect(sample(text, route('/api/v1/mailboxes/:id{[^/]+}/folders.json'))).toBe(2);
    expect(text).not.toContain('/mailboxes/102');
    expect(text).toContain('pulseboard_http_request_duration_seconds_bucket{le="0.005",method="GET",route="/api/v1/reports/conversations/new.json",status="200"}');

    // 1 for the 5 coalesced, 2 folders, then a 401 answered by a renewed token, then a 429.
    expect(sample(text, 'pulseboard_upstream_requests_total{status="200"}')).toBe(4);
    expect(sample(text, 'pulseboard_upstream_requests_total{status="401"}')).toBe(1);
    expect(sample(text, 'pulseboard_upstream_requests_total{status="429"}')).toBe(1);
    expect(sample(text, 'pulseboard_upstream_throttled_total')).toBe(1);
    expect(sample(text, 'pulseboard_upstream_retries_total{reason="unauthorized"}')).toBe(1);

    // Learned from X-RateLimit-Limit-Minute on the answers, within HELPSCOUT_REQUESTS_PER_MINUTE (100).
    expect(sample(text, 'pulseboard_upstream_budget_limit{learned="1"}')).toBe(100);
    // Only the 429 was sent in the last minute.
    expect(sample(text, 'pulseboard_upstream_budget_remaining')).toBe(100 - 1);

    expect(sample(text, 'pulseboard_cache_requests_total{tier="local",result="coalesced"}')).toBe(4);
    expect(sample(text, 'pulseboard_cache_requests_total{tier="local",result="hit"}')).toBe(1);
    expect(sample(text, 'pulseboard_cache_requests_total{tier="local",result="miss"}')).toBe(4);
    expect(sample(text, 'pulseboard_cache_requests_total{tier="local",result="stale"}')).toBe(1);

    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('nodejs_eventloop_lag_seconds');
  });

  it('counts wall screens: distinct clients whose report requests come from /wall, for 5 minutes', async () => {
    const { app, clock } = metricsApp({ on: false });
    const wall = (ua: string) => ({ headers: { Referer: 'http://localhost/wall?refresh=60', 'User-Agent': ua } });
    await app.request(URLS.newLive, wall('TV in the hall'), LOOPBACK);
    await app.request(URLS.newLive, wall('TV in the hall'), LOOPBACK);
    await app.request(URLS.newLive, wall('TV upstairs'), LOOPBACK);
    await app.request(URLS.newLive, { headers: { Referer: 'http://localhost/new-conversations' } }, LOOPBACK);
    const screens = async () => sample(await (await app.request('/metrics', {}, LOOPBACK)).text(), 'pulseboard_wall_screens');
    expect(await screens()).toBe(2);
    clock.advance(4 * 60_000);
    await app.request(URLS.newLive, wall('TV upstairs'), LOOPBACK);
    clock.advance(2 * 60_000);
    expect(await screens()).toBe(1);
  });

  it('needs the bearer token from elsewhere, and a session, a wall link or a forwarded loopback does not open it', async () => {
    const { app } = metricsApp({ on: false });
    const refused = await app.request('/metrics', {}, REMOTE);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
    expect(await refused.text()).not.toContain('pulseboard_http');
    expect((await app.request('/metrics', { headers: { Authorization: 'Bearer wrong-token-0123456789' } }, REMOTE)).status).toBe(401);
    expect((await app.request('/metrics', { headers: { Authorization: `Bearer ${TOKEN}` } }, REMOTE)).status).toBe(200);
    // A local reverse proxy we were not told to trust (TRUST_PROXY=0) passing on a remote client.
    expect((await app.request('/metrics', { headers: { 'X-Forwarded-For': '203.0.113.9' } }, LOOPBACK)).status).toBe(401);

    const secured = testApp({
      security: { login: { password: TEST_PASSWORD, sessionSecret: SESSION_SECRET } },
      metrics: { registry: createMetrics({ processMetrics: false }) },
    });
    const cookie = await logIn(secured);
    expect((await secured.request('/metrics', { headers: { Cookie: cookie } }, REMOTE)).status).toBe(401);
    expect((await secured.request('/metrics', { headers: { 'X-Wall-Token': 'any.link' } }, REMOTE)).status).toBe(401);
    // The login does not stand between Prometheus on the same host and its metrics.
    expect((await secured.request('/metrics', {}, LOOPBACK)).status).toBe(200);
  });
});
