/** The upstream budget against the fake's per-minute limit: learned, shared with others, people first. */
import { describe, expect, it } from 'vitest';
import { STALE_HEADER } from '../../cache/http-cache.ts';
import { PRIORITY_HEADER } from '../../cache/request-priority.ts';
import { helpScoutTestApp, URLS } from '../../test/helpscout-app.ts';

const BACKGROUND = { headers: { [PRIORITY_HEADER]: 'background' } };
const pages = (n: number) => Array.from({ length: n }, (_, i) => `${URLS.users}?page=${i + 1}`);

function app(limit: number) {
  // No cap of our own: the account's limit, as the fake reports it, is the budget.
  return helpScoutTestApp({ fake: { rateLimitPerMinute: limit }, config: { requestsPerMinute: undefined } });
}

describe('the Help Scout budget', () => {
  it("learns the account's limit from the rate headers: people may use all of it, and no 429 comes back", async () => {
    const { app: server, fake } = app(12);
    const statuses: number[] = [];
    for (const url of pages(15)) statuses.push((await server.request(url)).status);
    expect(statuses.slice(0, 12)).toEqual(Array(12).fill(200));
    // Past the limit Pulseboard answers itself and never spends a call on a certain 429.
    expect(statuses.slice(12)).toEqual([429, 429, 429]);
    expect(fake.rejected429).toBe(0);
    expect(fake.callsTo('/v2/users')).toHaveLength(12);
  });

  it('keeps a reserve for people: background work stops first, and people still get through', async () => {
    const { app: server, fake } = app(12);
    const background: number[] = [];
    for (const url of pages(12)) background.push((await server.request(url, BACKGROUND)).status);
    // A quarter of 12 is kept: background stops after 9 calls.
    expect(background.filter((s) => s === 200)).toHaveLength(9);
    expect((await server.request(URLS.tags)).status).toBe(200);
    expect(fake.callsTo('/v2/users')).toHaveLength(9);
  });

  it('counts what other integrations spent of the account: Remaining, not only our own sends', async () => {
    const { app: server, fake } = app(12);
    expect((await server.request(URLS.users)).status).toBe(200);
    // Another integration on the same account spends 8 calls with its own token.
    const token = fake.calls[0]!.headers.authorization!;
    for (let i = 0; i < 8; i++) await fake.app.request('http://fake/v2/mailboxes', { headers: { Authorization: token } });
    expect((await server.request(URLS.tags)).status).toBe(200); // learns: 12 - 1 - 8 - 1 = 2 left
    const later = await Promise.all(pages(5).slice(1).map((url) => server.request(url)));
    expect(later.map((r) => r.status).sort()).toEqual([200, 200, 429, 429]);
    expect(fake.rejected429).toBe(0);
  });

  it('serves the last data, marked stale, to a background refresh while the budget is held, and never an error', async () => {
    const { app: server, fake, clock } = app(12);
    expect((await server.request(URLS.newLive, BACKGROUND)).status).toBe(200);
    clock.advance(30_000);
    for (const url of pages(12)) await server.request(url);
    clock.advance(31_000);
    // The report's cache expired, the minute of those sends has not: the wall keeps its last answer.
    const res = await server.request(URLS.newLive, BACKGROUND);
    expect(res.status).toBe(200);
    expect(res.headers.get(STALE_HEADER)).toBe('throttled');
    expect(fake.rejected429).toBe(0);
  });

  it('rejects a priority header it does not know', async () => {
    const { app: server } = app(12);
    const res = await server.request(URLS.users, { headers: { [PRIORITY_HEADER]: 'urgent' } });
    expect(res.status).toBe(400);
    expect((await res.json()).message).toContain(PRIORITY_HEADER);
  });
});
