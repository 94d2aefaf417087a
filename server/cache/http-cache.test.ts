import { describe, expect, it } from 'vitest';
import { testApp, TEST_NOW } from '../test/demo-app.ts';
import { DEFAULT_CACHE_POLICY } from './policy.ts';
import { etagMatches } from './http-cache.ts';

const HOUR = 3_600_000;
const NEW = '/api/v1/reports/conversations/new.json';

describe('HTTP caching of /api/v1 on the demo source', () => {
  const now = TEST_NOW.getTime();
  const app = testApp({ now: () => now });

  it('gives reports an ETag and a lifetime that depends on whether the range has settled', async () => {
    const settled = await app.request(`${NEW}?start=2026-10-01T00:00:00Z&end=2026-10-31T23:59:59Z`);
    expect(settled.headers.get('ETag')).toMatch(/^W\/"/);
    expect(settled.headers.get('Cache-Control')).toBe(`public, max-age=${DEFAULT_CACHE_POLICY.pastSeconds}`);
    expect(settled.headers.get('Age')).toBeNull();

    const endsNow = new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const live = await app.request(`${NEW}?start=2026-11-14T00:00:00Z&end=${endsNow}`);
    expect(live.headers.get('Cache-Control')).toBe(`public, max-age=${DEFAULT_CACHE_POLICY.liveSeconds}`);
    const justEnded = new Date(now - HOUR / 2).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const recent = await app.request(`${NEW}?start=2026-11-14T00:00:00Z&end=${justEnded}`);
    expect(recent.headers.get('Cache-Control')).toBe(`public, max-age=${DEFAULT_CACHE_POLICY.liveSeconds}`);

    const lists = await app.request('/api/v1/users.json');
    expect(lists.headers.get('Cache-Control')).toBe(`public, max-age=${DEFAULT_CACHE_POLICY.listSeconds}`);
  });

  it('answers If-None-Match with a 304 that keeps the caching headers, compressed or not', async () => {
    const url = '/api/v1/reports/user/conversation-history.json?start=2026-10-01T00:00:00Z&end=2026-10-31T23:59:59Z&user=1';
    const first = await app.request(url, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(first.headers.get('Content-Encoding')).toBe('gzip');
    const etag = first.headers.get('ETag')!;
    const plain = await app.request(url);
    expect(plain.headers.get('ETag')).toBe(etag);

    const again = await app.request(url, { headers: { 'If-None-Match': etag, 'Accept-Encoding': 'gzip' } });
    expect(again.status).toBe(304);
    expect(again.headers.get('Cache-Control')).toBe(first.headers.get('Cache-Control'));
    expect(again.headers.get('Vary')).toContain('Accept-Encoding');
    expect(again.headers.get('X-Data-Source')).toBe('demo');
    expect(await again.text()).toBe('');
  });

  it('never lets an error be stored', async () => {
    const res = await app.request(`${NEW}?start=nope`);
    expect(res.status).toBe(400);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(res.headers.get('ETag')).toBeNull();
    expect((await app.request('/api/v1/mailboxes/999999/folders.json')).headers.get('Cache-Control')).toBe('no-store');
  });

  it('uses the policy it is given', async () => {
    const custom = testApp({ now: () => now, cachePolicy: { ...DEFAULT_CACHE_POLICY, listSeconds: 0 } });
    expect((await custom.request('/api/v1/tags.json')).headers.get('Cache-Control')).toBe('no-cache');
  });
});

describe(etagMatches.name, () => {
  it('compares weakly, accepts lists and *', () => {
    expect(etagMatches('W/"a"', 'W/"a"')).toBe(true);
    expect(etagMatches('"a"', 'W/"a"')).toBe(true);
    expect(etagMatches('"b", W/"a"', 'W/"a"')).toBe(true);
    expect(etagMatches('*', 'W/"a"')).toBe(true);
    expect(etagMatches('"b"', 'W/"a"')).toBe(false);
    expect(etagMatches(undefined, 'W/"a"')).toBe(false);
  });
});
