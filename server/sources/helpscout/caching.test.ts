import { describe, expect, it } from 'vitest';
import { DEFAULT_CACHE_POLICY } from '../../cache/policy.ts';
import { STALE_HEADER } from '../../cache/http-cache.ts';
import { helpScoutTestApp, URLS } from '../../test/helpscout-app.ts';

const SECOND = 1000;

describe('protecting the rate limit', () => {
  it('coalesces 100 concurrent identical requests into exactly 1 upstream call', async () => {
    const { app, fake } = helpScoutTestApp({ fake: { delayMs: 20 } });
    const responses = await Promise.all(Array.from({ length: 100 }, () => app.request(URLS.newLive)));
    expect(responses.every((r) => r.status === 200)).toBe(true);
    const bodies = new Set(await Promise.all(responses.map((r) => r.text())));
    expect(bodies.size).toBe(1);
    expect(fake.callsTo('/v2/reports/conversations/new')).toHaveLength(1);
    expect(fake.tokenRequests).toBe(1);
  });

  it('does not coalesce requests that differ (the upstream query is the key), but does ignore tz', async () => {
    const { app, fake } = helpScoutTestApp({ fake: { delayMs: 10 } });
    await Promise.all([
      app.request(URLS.newLive),
      app.request(`${URLS.newLive}&tz=Europe/Berlin`),
      app.request(`${URLS.newLive}&mailboxes=101`),
      app.request(`${URLS.newLive}&mailboxes=101`),
    ]);
    expect(fake.callsTo('/v2/reports/conversations/new')).toHaveLength(2);
  });

  it('answers from the cache within the TTL, with Age and Cache-Control, and asks again after it', async () => {
    const { app, fake, clock } = helpScoutTestApp();
    const first = await app.request(URLS.newLive);
    expect(first.headers.get('Cache-Control')).toBe(`public, max-age=${DEFAULT_CACHE_POLICY.liveSeconds}`);
    expect(first.headers.get('Age')).toBe('0');

    clock.advance(30 * SECOND);
    const cached = await app.request(URLS.newLive);
    expect(cached.headers.get('Age')).toBe('30');
    expect(await cached.text()).toBe(await first.text());
    expect(fake.callsTo('/v2/reports')).toHaveLength(1);

    clock.advance(31 * SECOND);
    const renewed = await app.request(URLS.newLive);
    expect(renewed.headers.get('Age')).toBe('0');
    expect(fake.callsTo('/v2/reports')).toHaveLength(2);
  });

  it('keeps lists and settled ranges longer than live ranges', async () => {
    const { app, fake, clock } = helpScoutTestApp();
    expect((await app.request(URLS.newPast)).headers.get('Cache-Control')).toBe(`public, max-age=${DEFAULT_CACHE_POLICY.pastSeconds}`);
    expect((await app.request(URLS.users)).headers.get('Cache-Control')).toBe(`public, max-age=${DEFAULT_CACHE_POLICY.listSeconds}`);
    clock.advance(5 * 60 * SECOND);
    await app.request(URLS.newPast);
    await app.request(URLS.users);
    expect(fake.calls).toHaveLength(2);
    clock.advance(6 * 60 * SECOND);
    await app.request(URLS.newPast);
    await app.request(URLS.users);
    expect(fake.callsTo('/v2/users')).toHaveLength(2);
    expect(fake.callsTo('/v2/reports')).toHaveLength(1);
  });

  it('revalidates with ETag: an unchanged answer is a 304 without a body', async () => {
    const { app } = helpScoutTestApp();
    const first = await app.request(URLS.history);
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    const again = await app.request(URLS.history, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('ETag')).toBe(etag);
    expect(again.headers.get('Cache-Control')).toMatch(/max-age=/);
    const listed = await app.request(URLS.history, { headers: { 'If-None-Match': `"nope", ${etag!.slice(2)}` } });
    expect(listed.status).toBe(304);
    const other = await app.request(`${URLS.history}&page=2`, { headers: { 'If-None-Match': etag! } });
    expect(other.status).toBe(200);
  });

  it('serves a stale answer, marked, while Help Scout throttles, and fresh ones after', async () => {
    const { app, fake, clock } = helpScoutTestApp();
    const fresh = await (await app.request(URLS.newLive)).text();
    clock.advance(90 * SECOND);
    fake.setIntercept((c) => c.json({}, 429, { 'Retry-After': '30' }));

    const stale = await app.request(URLS.newLive);
    expect(stale.status).toBe(200);
    expect(stale.headers.get(STALE_HEADER)).toBe('throttled');
    expect(stale.headers.get('Cache-Control')).toBe('no-cache');
    expect(stale.headers.get('Age')).toBe('90');
    expect(await stale.text()).toBe(fresh);

    // Nothing cached for this one: the client gets the 429.
    expect((await app.request(URLS.users)).status).toBe(429);
    const callsWhileThrottled = fake.calls.length;
    clock.advance(10 * SECOND);
    expect((await app.request(URLS.newLive)).headers.get(STALE_HEADER)).toBe('throttled');
    expect(fake.calls.length).toBe(callsWhileThrottled);

    fake.setIntercept(undefined);
    clock.advance(21 * SECOND);
    const recovered = await app.request(URLS.newLive);
    expect(recovered.headers.get(STALE_HEADER)).toBeNull();
    expect(recovered.headers.get('Age')).toBe('0');
  });

  it('keeps its own budget of requests a minute, serving stale answers when it runs out', async () => {
    const { app, fake, clock } = helpScoutTestApp({ config: { requestsPerMinute: 3 } });
    await app.request(URLS.users);
    await app.request(URLS.tags);
    clock.advance(20 * SECOND);
    await app.request(URLS.mailboxes);
    const over = await app.request(URLS.folders);
    expect(over.status).toBe(429);
    expect(over.headers.get('Retry-After')).toBe('40');
    expect((await over.json()).message).toContain('about 3 a minute');
    expect(fake.calls).toHaveLength(3);

    clock.advance(DEFAULT_CACHE_POLICY.listSeconds * SECOND);
    for (const url of [URLS.folders, URLS.users, URLS.tags]) expect((await app.request(url)).status).toBe(200);
    expect(fake.calls).toHaveLength(6);
    // Expired but kept: it stands in while the budget is spent, without an upstream call.
    const stale = await app.request(URLS.mailboxes);
    expect(stale.status).toBe(200);
    expect(stale.headers.get(STALE_HEADER)).toBe('throttled');
    expect(fake.calls).toHaveLength(6);
  });

  it('serves a stale answer when Help Scout fails or times out, and never caches errors', async () => {
    const { app, fake, clock } = helpScoutTestApp({ config: { timeoutMs: 50 } });
    await app.request(URLS.users);
    clock.advance(DEFAULT_CACHE_POLICY.listSeconds * SECOND + SECOND);
    fake.setIntercept(() => new Promise<Response>(() => {}));
    const stale = await app.request(URLS.users);
    expect(stale.status).toBe(200);
    expect(stale.headers.get(STALE_HEADER)).toBe('upstream-error');

    fake.setIntercept((c) => c.text('down', 500));
    const error = await app.request(URLS.tags);
    expect(error.status).toBe(502);
    expect(error.headers.get('Cache-Control')).toBe('no-store');
    fake.setIntercept(undefined);
    expect((await app.request(URLS.tags)).status).toBe(200);
  });

  it('with CACHE_TTL_SECONDS=0 asks every time (still coalesced) and says no-cache', async () => {
    const { app, fake } = helpScoutTestApp({ config: { cache: { ...DEFAULT_CACHE_POLICY, liveSeconds: 0 } } });
    const res = await app.request(URLS.newLive);
    expect(res.headers.get('Cache-Control')).toBe('no-cache');
    await app.request(URLS.newLive);
    expect(fake.callsTo('/v2/reports')).toHaveLength(2);
  });
});
