/**
 * Two instances of the real app on one real Redis, in front of one fake Help Scout: the cache,
 * coalescing and the upstream budget are shared; without Redis each goes on alone, and they
 * share again once it is back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { DEFAULT_CACHE_POLICY } from '../cache/policy.ts';
import { createMetrics } from '../ops/metrics.ts';
import { createHelpScoutSource } from '../sources/helpscout/index.ts';
import { createFakeHelpScout } from '../test/fake-helpscout.ts';
import { FAKE_BASE_URL, HS_SECRETS, testClock } from '../test/helpscout-app.ts';
import { startTestRedis, type TestRedis } from '../test/redis-server.ts';
import { testApp } from '../test/demo-app.ts';
import { logIn, postJson, SESSION_SECRET, TEST_PASSWORD } from '../test/secure-app.ts';
import { sharedStateFor, type SharedState } from './shared-from-env.ts';

const LOOPBACK = { incoming: { socket: { remoteAddress: '127.0.0.1' } } };
const NEW = '/v2/reports/conversations/new';
/** A settled range a day long, one per `day`, so each is a distinct upstream query. */
const report = (day: number) => {
  const d = String(day).padStart(2, '0');
  return `/api/v1/reports/conversations/new.json?start=2026-10-${d}T00:00:00Z&end=2026-10-${d}T23:59:59Z`;
};

let redis: TestRedis;
const states: SharedState[] = [];
beforeAll(async () => {
  redis = await startTestRedis();
});
afterAll(async () => {
  await Promise.all(states.map((s) => s.store.close()));
  await redis?.stop();
});

async function until(check: () => boolean, what: string, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Two instances sharing one Redis namespace (a fresh one per test) and one fake upstream. */
async function twoInstances(requestsPerMinute = 1000) {
  const clock = testClock();
  // A slow upstream, so that the 50 requests really are in flight together.
  const fake = createFakeHelpScout({ now: clock.now, ...HS_SECRETS, delayMs: 150 });
  const keyPrefix = `test-${Math.random().toString(36).slice(2)}:`;
  const instances = [0, 1].map(() => {
    const metrics = createMetrics({ processMetrics: false });
    const shared = sharedStateFor(redis.url, { timeoutMs: 2000, metrics, now: clock.now, keyPrefix });
    states.push(shared);
    const source = createHelpScoutSource(
      { credentials: { appId: HS_SECRETS.appId, appSecret: HS_SECRETS.appSecret }, baseUrl: FAKE_BASE_URL, timeoutMs: 2000, requestsPerMinute, cache: DEFAULT_CACHE_POLICY },
      { fetch: fake.fetch, now: clock.now, metrics, shared },
    );
    const app = createApp({ source, now: clock.now, cachePolicy: DEFAULT_CACHE_POLICY, metrics: { registry: metrics } });
    return { app, shared };
  });
  await until(() => instances.every((i) => i.shared.store.isUp()), 'both instances to connect');
  const spread = (url: string, n: number) => Promise.all(Array.from({ length: n }, (_, i) => instances[i % 2]!.app.request(url)));
  const metric = async (i: number, series: string) => {
    const text = await (await instances[i]!.app.request('/metrics', {}, LOOPBACK)).text();
    const line = text.split('\n').find((l) => l.startsWith(`${series} `));
    return line === undefined ? undefined : Number(line.slice(series.length + 1));
  };
  return { fake, clock, instances, spread, metric };
}

describe('two instances on one Redis', () => {
  it('make 1 upstream call for 50 concurrent identical requests spread over both', async () => {
    const { fake, spread, metric } = await twoInstances();
    const answers = await spread(report(1), 50);
    expect(answers.map((r) => r.status)).toEqual(Array(50).fill(200));
    const bodies = new Set(await Promise.all(answers.map((r) => r.text())));
    expect(bodies.size).toBe(1);
    expect(fake.callsTo(NEW)).toHaveLength(1);
    // One instance fetched; the other waited for its answer through Redis.
    const shared = [await metric(0, 'pulseboard_cache_requests_total{tier="shared",result="coalesced"}'), await metric(1, 'pulseboard_cache_requests_total{tier="shared",result="coalesced"}')];
    expect(shared.filter((n) => n === 1)).toHaveLength(1);

    // Later requests on either instance are answered from the cache: still 1 call.
    await spread(report(1), 4);
    expect(fake.callsTo(NEW)).toHaveLength(1);
  });

  it('hold one budget between them: never more upstream calls a minute than the limit', async () => {
    const { fake, clock, spread, metric } = await twoInstances(5);
    const answers = await Promise.all(Array.from({ length: 12 }, (_, day) => spread(report(day + 1), 1)));
    const statuses = answers.flat().map((r) => r.status);
    expect(fake.callsTo(NEW)).toHaveLength(5);
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
    expect(await metric(0, 'pulseboard_upstream_budget_remaining')).toBe(0);
    expect(await metric(1, 'pulseboard_upstream_budget_remaining')).toBe(0);
    // A minute later the window has moved on, for both.
    clock.advance(61_000);
    expect((await spread(report(20), 2)).map((r) => r.status)).toEqual([200, 200]);
  });

  it('keep answering when Redis stops, show it in /metrics, and share again when it returns', async () => {
    const { fake, instances, spread, metric } = await twoInstances();
    await spread(report(2), 2);
    expect(await metric(0, 'pulseboard_shared_store_up')).toBe(1);

    await redis.stop();
    await until(() => instances.every((i) => !i.shared.store.isUp()), 'both instances to notice');
    const cached = await spread(report(2), 2);
    expect(cached.map((r) => r.status)).toEqual([200, 200]);
    const alone = await spread(report(3), 2);
    expect(alone.map((r) => r.status)).toEqual([200, 200]);
    expect(await metric(0, 'pulseboard_shared_store_up')).toBe(0);
    expect(await metric(1, 'pulseboard_shared_store_up')).toBe(0);

    await redis.start();
    await until(() => instances.every((i) => i.shared.store.isUp()), 'both instances to reconnect');
    const before = fake.callsTo(NEW).length;
    const again = await spread(report(4), 50);
    expect(again.every((r) => r.status === 200)).toBe(true);
    expect(fake.callsTo(NEW).length - before).toBe(1);
    expect(await metric(1, 'pulseboard_shared_store_up')).toBe(1);
  });
});

describe('the cross-instance lock', () => {
  it('expires: a holder that died does not block the key for longer than the lock lasts', async () => {
    const shared = sharedStateFor(redis.url, { timeoutMs: 100, keyPrefix: `test-${Math.random().toString(36).slice(2)}:` });
    states.push(shared);
    await until(() => shared.store.isUp(), 'the store to connect');
    // lockMs = 3 × 100 + 1000 ms: a lock left by an instance that crashed mid-fetch.
    await shared.store.redis.set('lock:k', 'crashed-holder', 'PX', 1300);
    const started = performance.now();
    let calls = 0;
    const { entry, waited } = await shared.cache.coalesce('k', async () => ({ value: ++calls, storedAt: Date.now() }));
    expect(waited).toBe(false);
    expect(entry.value).toBe(1);
    expect(performance.now() - started).toBeGreaterThan(1200);
  });
});

describe('two instances with a login, on one Redis', () => {
  async function securedPair() {
    const keyPrefix = `test-${Math.random().toString(36).slice(2)}:`;
    const apps = [0, 1].map(() => {
      const shared = sharedStateFor(redis.url, { timeoutMs: 2000, keyPrefix });
      states.push(shared);
      const app = testApp({ security: { login: { password: TEST_PASSWORD, sessionSecret: SESSION_SECRET }, shared: shared.events } });
      return { app, shared };
    });
    await until(() => apps.every((a) => a.shared.store.isUp()), 'both instances to connect');
    // The subscriptions are made on their own connections; give them a moment to be in place.
    await new Promise((r) => setTimeout(r, 300));
    return apps.map((a) => a.app);
  }
  const eventually = async (check: () => Promise<boolean>) => {
    const deadline = Date.now() + 3000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('not shared in time');
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  it('refuse a session on both once it logged out on one', async () => {
    const [a, b] = await securedPair();
    const cookie = await logIn(a!);
    expect((await b!.request('/api/v1/users.json', { headers: { Cookie: cookie } })).status).toBe(200);
    expect((await postJson(b!, '/api/auth/logout', {}, { Cookie: cookie })).status).toBe(200);
    await eventually(async () => (await a!.request('/api/v1/users.json', { headers: { Cookie: cookie } })).status === 401);
  });

  it('count failed logins on one against the client on both', async () => {
    const [a, b] = await securedPair();
    for (let i = 0; i < 5; i++) expect((await postJson(a!, '/api/auth/login', { password: 'wrong guess' })).status).toBe(401);
    await new Promise((r) => setTimeout(r, 300));
    // The first guess on the other instance already waits: it heard of the five.
    const refused = await postJson(b!, '/api/auth/login', { password: TEST_PASSWORD });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
  });
});
