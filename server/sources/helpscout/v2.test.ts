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
import { FAKE_HISTORY_ROWS, FAKE_USERS } from '../../test/fake-helpscout.ts';
import { helpScoutTestApp, URLS } from '../../test/helpscout-app.ts';
import { STATUS_WHEN_MISSING } from './shapes.ts';

describe('the v2 adapter (Mailbox API 2.0)', () => {
  it('maps the new conversations report, `date` buckets included, forwarding only allowlisted parameters', async () => {
    const { app, fake } = helpScoutTestApp();
    const res = await app.request(
      `${URLS.newPast}&previousStart=2026-09-01T00:00:00Z&previousEnd=2026-09-30T23:59:59Z&viewBy=week&mailboxes=2,1&types=chat&tz=Europe/Berlin&callback=x`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('X-Data-Source')).toBe('helpscout');
    const report = newConversationsReportSchema.parse(await res.json());
    expect(report.current[0]).toEqual({ start: '2026-10-01T00:00:00Z', count: expect.any(Number) });
    expect(report.current.reduce((s, b) => s + b.count, 0)).toBe(4242);
    expect(report.previous?.reduce((s, b) => s + b.count, 0)).toBe(2121);

    const [call] = fake.callsTo('/v2/reports/conversations/new');
    expect(call?.query).toEqual({
      start: '2026-10-01T00:00:00Z',
      end: '2026-10-31T23:59:59Z',
      previousStart: '2026-09-01T00:00:00Z',
      previousEnd: '2026-09-30T23:59:59Z',
      mailboxes: '1,2',
      types: 'chat',
      viewBy: 'week',
    });
  });

  it('forwards viewBy only when the caller gave it, and omits previous when not asked', async () => {
    const { app, fake } = helpScoutTestApp();
    const report = newConversationsReportSchema.parse(await (await app.request(URLS.newPast)).json());
    expect(report.previous).toBeUndefined();
    expect(report.current).toHaveLength(31);
    expect(fake.callsTo('/v2/reports/conversations/new')[0]?.query).not.toHaveProperty('viewBy');
  });

  it('maps the history report: officeHours as a boolean, sort order upper-cased, missing status filled', async () => {
    const { app, fake } = helpScoutTestApp();
    const res = await app.request(`${URLS.history}&officeHours=1&sortField=responseTime&sortOrder=asc&page=2&tags=31`);
    expect(res.status).toBe(200);
    const history = historyReportSchema.parse(await res.json());
    expect(history).toMatchObject({ page: 2, pages: 1, count: 3 });
    expect(history.results.map((r) => r.number)).toEqual(FAKE_HISTORY_ROWS.map((r) => r.number));
    expect(history.results.every((r) => r.status === STATUS_WHEN_MISSING)).toBe(true);
    expect(history.results[1]).toMatchObject({ customers: [{ id: 2, name: 'Li Wei' }], avgHandleTime: 61.5, resolveTime: 0 });
    expect(fake.callsTo('/v2/reports/user/conversation-history')[0]?.query).toEqual({
      start: '2026-10-01T00:00:00Z',
      end: '2026-10-31T23:59:59Z',
      user: '7',
      page: '2',
      tags: '31',
      officeHours: 'true',
      sortField: 'responseTime',
      sortOrder: 'ASC',
    });

    await app.request(`${URLS.history}&officeHours=0`);
    expect(fake.callsTo('/v2/reports/user/conversation-history')[1]?.query.officeHours).toBe('false');
  });

  it('answers an unknown user with a 404', async () => {
    const { app } = helpScoutTestApp();
    const res = await app.request(URLS.history.replace('user=7', 'user=999'));
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ status: 404, message: 'No user 999 in this Help Scout account.' });
  });

  it('flattens HAL lists into the v1 envelope, page by page', async () => {
    const { app, fake } = helpScoutTestApp({ fake: { listPageSize: 2 } });
    const first = listEnvelopeSchema(userSchema).parse(await (await app.request(URLS.users)).json());
    expect(first).toEqual({
      page: 1,
      pages: 2,
      count: 3,
      items: FAKE_USERS.slice(0, 2),
    });
    const second = listEnvelopeSchema(userSchema).parse(await (await app.request(`${URLS.users}?page=2`)).json());
    expect(second).toMatchObject({ page: 2, pages: 2, count: 3 });
    expect(second.items.map((u) => `${u.firstName} ${u.lastName}`)).toEqual(['Katherine Johnson']);
    expect(fake.callsTo('/v2/users').map((c) => c.query.page)).toEqual(['1', '2']);

    const beyond = listEnvelopeSchema(userSchema).parse(await (await app.request(`${URLS.users}?page=9`)).json());
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
    expect(tags.items[0]).toEqual({ id: 31, tag: 'refund', slug: 'refund', color: '#ff0000', count: 12 });
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
