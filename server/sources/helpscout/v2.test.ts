import { describe, expect, it } from 'vitest';
import {
  folderSchema,
  historyReportSchema,
  listEnvelopeSchema,
  mailboxSchema,
  newConversationsReportSchema,
  tagSchema,
  userSchema,
} from '../../../contract/api/schemas.ts';
import { conversationsMatching, FAKE_AGENTS, type FakeFilters } from '../../test/fake-helpscout-data.ts';
import { helpScoutTestApp, URLS } from '../../test/helpscout-app.ts';

const NEW = '/api/v1/reports/conversations/new.json';

/** Expected counts, straight from the fake's conversations: bucket i is [start_i, start_i+1). */
function expectedCounts(starts: string[], endIso: string, filters: FakeFilters = {}): number[] {
  const ms = starts.map(Date.parse);
  return ms.map((s, i) => conversationsMatching(s, ms[i + 1] ?? Date.parse(endIso) + 1000, filters).length);
}

/** "HH:MM" of an instant on the wall clock of `tz`, by Intl (independent of the code under test). */
function wallTime(iso: string, tz: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

function localDate(iso: string, tz: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

async function report(app: ReturnType<typeof helpScoutTestApp>['app'], query: string) {
  const res = await app.request(`${NEW}?${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return newConversationsReportSchema.parse(await res.json());
}

describe('new conversations on Help Scout (against the rebuilt fake)', () => {
  it('a 30-day default view gives 30 day buckets with exact counts, and every upstream call carries viewBy', async () => {
    const { app, fake } = helpScoutTestApp();
    const end = '2026-10-30T23:59:59Z';
    const body = await report(app, `start=2026-10-01T00:00:00Z&end=${end}`);
    expect(body.current).toHaveLength(30);
    expect(body.current.map((b) => b.count)).toEqual(expectedCounts(body.current.map((b) => b.start), end));
    const calls = fake.callsTo('/v2/reports/conversations/new');
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) expect(call.query.viewBy).toBe('day');
  });

  it('90 days by day gives 90 buckets from upstream calls of at most 60 days each', async () => {
    const { app, fake } = helpScoutTestApp();
    const end = '2026-08-29T23:59:59Z';
    const body = await report(app, `start=2026-06-01T00:00:00Z&end=${end}&viewBy=day`);
    expect(body.current).toHaveLength(90);
    expect(body.current.map((b) => b.count)).toEqual(expectedCounts(body.current.map((b) => b.start), end));
    const calls = fake.callsTo('/v2/reports/conversations/new');
    expect(calls.length).toBe(2);
    for (const call of calls) {
      expect(call.query.viewBy).toBe('day');
      expect((Date.parse(call.query.end!) - Date.parse(call.query.start!) + 1000) / 86_400_000).toBeLessThanOrEqual(60);
    }
  });

  it('a Berlin March range by day has every bucket at local midnight, the 23-hour day included, with exact counts', async () => {
    const { app, fake } = helpScoutTestApp();
    const tz = 'Europe/Berlin';
    const end = '2026-03-31T21:59:59Z';
    const body = await report(app, `start=2026-02-28T23:00:00Z&end=${end}&viewBy=day&tz=${tz}`);
    expect(body.current).toHaveLength(31);
    expect(body.current.map((b) => wallTime(b.start, tz))).toEqual(Array(31).fill('00:00'));
    expect(body.current.map((b) => localDate(b.start, tz))).toEqual(Array.from({ length: 31 }, (_, i) => `2026-03-${String(i + 1).padStart(2, '0')}`));
    expect(body.current.map((b) => b.count)).toEqual(expectedCounts(body.current.map((b) => b.start), end));
    // Help Scout steps 24 h from each start and has no zone: the 23-hour day ends one call,
    // and the next call starts at the next local midnight, in summer time.
    expect(fake.callsTo('/v2/reports/conversations/new').map((c) => [c.query.start, c.query.end])).toEqual([
      ['2026-02-28T23:00:00Z', '2026-03-29T21:59:59Z'],
      ['2026-03-29T22:00:00Z', end],
    ]);
  });

  it('a New York November week view counts the 25-hour day in its own week exactly', async () => {
    const { app } = helpScoutTestApp();
    const tz = 'America/New_York';
    const end = '2026-11-15T04:59:59Z';
    const body = await report(app, `start=2026-10-18T04:00:00Z&end=${end}&viewBy=week&tz=${tz}`);
    expect(body.current.map((b) => wallTime(b.start, tz))).toEqual(['00:00', '00:00', '00:00', '00:00']);
    expect(body.current.map((b) => b.count)).toEqual(expectedCounts(body.current.map((b) => b.start), end));
  });

  it('months in Berlin over a year are exact local months, composed from day calls', async () => {
    const { app, fake } = helpScoutTestApp();
    const tz = 'Europe/Berlin';
    const end = '2025-12-31T22:59:59Z';
    const body = await report(app, `start=2024-12-31T23:00:00Z&end=${end}&viewBy=month&tz=${tz}&mailboxes=101&tags=31`);
    expect(body.current.map((b) => localDate(b.start, tz).slice(5))).toEqual(
      Array.from({ length: 12 }, (_, i) => `${String(i + 1).padStart(2, '0')}-01`),
    );
    expect(body.current.map((b) => b.count)).toEqual(expectedCounts(body.current.map((b) => b.start), end, { mailboxes: [101], tags: [31] }));
    const calls = fake.callsTo('/v2/reports/conversations/new');
    expect(calls.length).toBeLessThanOrEqual(12);
    for (const call of calls) expect(call.query).toMatchObject({ viewBy: 'day', mailboxes: '101', tags: '31' });
  });

  it('asks a comparison range in the same call when the plans pair up, and forwards only allowlisted parameters', async () => {
    const { app, fake } = helpScoutTestApp();
    const body = await report(
      app,
      `start=2026-10-01T00:00:00Z&end=2026-10-31T23:59:59Z&previousStart=2026-09-01T00:00:00Z&previousEnd=2026-09-30T23:59:59Z&viewBy=week&mailboxes=102,101&types=chat&callback=x`,
    );
    expect(body.current.map((b) => b.count)).toEqual(expectedCounts(body.current.map((b) => b.start), '2026-10-31T23:59:59Z', { mailboxes: [101, 102], types: ['chat'] }));
    expect(body.previous!.map((b) => b.count)).toEqual(expectedCounts(body.previous!.map((b) => b.start), '2026-09-30T23:59:59Z', { mailboxes: [101, 102], types: ['chat'] }));
    const calls = fake.callsTo('/v2/reports/conversations/new');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.query).toEqual({
      start: '2026-10-01T00:00:00Z',
      end: '2026-10-31T23:59:59Z',
      previousStart: '2026-09-01T00:00:00Z',
      previousEnd: '2026-09-30T23:59:59Z',
      mailboxes: '101,102',
      types: 'chat',
      viewBy: 'week',
    });
  });
});

describe('the history report on Help Scout', () => {
  it('shows no status Help Scout did not give, and passes the status filter upstream', async () => {
    const { app, fake } = helpScoutTestApp();
    const res = await app.request(`${URLS.history}&officeHours=1&sortField=responseTime&sortOrder=asc&tags=31`);
    expect(res.status).toBe(200);
    const history = historyReportSchema.parse(await res.json());
    expect(history.results.length).toBeGreaterThan(0);
    expect(history.results.every((r) => r.status === undefined)).toBe(true);
    expect(fake.callsTo('/v2/reports/user/conversation-history')[0]?.query).toEqual({
      start: '2026-10-01T00:00:00Z',
      end: '2026-10-31T23:59:59Z',
      user: '7',
      page: '1',
      tags: '31',
      officeHours: 'true',
      sortField: 'responseTime',
      sortOrder: 'ASC',
    });

    // One status asked for: Help Scout returned only those, so the rows may say so.
    const closed = historyReportSchema.parse(await (await app.request(`${URLS.history}&status=closed`)).json());
    expect(closed.count).toBe(
      conversationsMatching(Date.parse('2026-10-01T00:00:00Z'), Date.parse('2026-11-01T00:00:00Z'), { user: 7, status: ['closed'] }).length,
    );
    expect(closed.results.every((r) => r.status === 'closed')).toBe(true);
    // Several: each row could be either, so none is labelled.
    const open = historyReportSchema.parse(await (await app.request(`${URLS.history}&status=active,pending`)).json());
    expect(open.results.every((r) => r.status === undefined)).toBe(true);
    expect(fake.callsTo('/v2/reports/user/conversation-history').map((c) => c.query.status)).toEqual([undefined, 'closed', 'active,pending']);
  });

  it('answers an unknown user with a 404', async () => {
    const { app } = helpScoutTestApp();
    const res = await app.request(URLS.history.replace('user=7', 'user=999'));
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ status: 404, message: 'No user 999 in this Help Scout account.' });
  });
});

describe('lists on Help Scout', () => {
  it('lists people only: teams from /v2/users are left out', async () => {
    const { app } = helpScoutTestApp();
    const users = listEnvelopeSchema(userSchema).parse(await (await app.request(URLS.users)).json());
    expect(users.items.map((u) => u.id)).toEqual(FAKE_AGENTS.map((a) => a.id));
    expect(users.count).toBe(FAKE_AGENTS.length);
  });

  it('flattens HAL lists into the v1 envelope, page by page', async () => {
    const { app, fake } = helpScoutTestApp({ fake: { listPageSize: 2 } });
    const first = listEnvelopeSchema(mailboxSchema).parse(await (await app.request(URLS.mailboxes)).json());
    expect(first).toMatchObject({ page: 1, pages: 2, count: 3 });
    expect(first.items.map((m) => m.id)).toEqual([101, 102]);
    const second = listEnvelopeSchema(mailboxSchema).parse(await (await app.request(`${URLS.mailboxes}?page=2`)).json());
    expect(second.items.map((m) => m.name)).toEqual(['Sales']);
    expect(fake.callsTo('/v2/mailboxes').map((c) => c.query.page)).toEqual(['1', '2']);
    const beyond = listEnvelopeSchema(mailboxSchema).parse(await (await app.request(`${URLS.mailboxes}?page=9`)).json());
    expect(beyond).toMatchObject({ page: 9, pages: 2, count: 3, items: [] });
  });

  it('maps mailboxes, folders (with their mailbox) and tags (name → tag, ticketCount → count)', async () => {
    const { app } = helpScoutTestApp();
    const mailboxes = listEnvelopeSchema(mailboxSchema).parse(await (await app.request(URLS.mailboxes)).json());
    expect(mailboxes.items[0]).toEqual({ id: 101, name: 'Support', slug: 'support', email: 'support@example.test' });
    const folders = listEnvelopeSchema(folderSchema).parse(await (await app.request(URLS.folders)).json());
    expect(folders.items).toEqual([
      { id: 1001, name: 'Unassigned', type: 'open', mailboxId: 101 },
      { id: 1002, name: 'Mine', type: 'mytickets', mailboxId: 101 },
    ]);
    const tags = listEnvelopeSchema(tagSchema).parse(await (await app.request(URLS.tags)).json());
    expect(tags.items[0]).toEqual({ id: 31, tag: 'refund', slug: 'refund', color: 'red', count: 12 });
  });

  it('answers an unknown mailbox with a 404 and an empty HAL page with an empty envelope', async () => {
    const { app, fake } = helpScoutTestApp();
    const missing = await app.request('/api/v1/mailboxes/999/folders.json');
    expect(missing.status).toBe(404);
    expect((await missing.json()).message).toBe('No mailbox 999 in this Help Scout account.');

    fake.setIntercept((c) => (c.req.path === '/v2/tags' ? c.json({ page: { size: 50, totalElements: 0, totalPages: 0, number: 1 } }) : undefined));
    const empty = await app.request(URLS.tags);
    expect(await empty.json()).toEqual({ page: 1, pages: 0, count: 0, items: [] });
  });
});
