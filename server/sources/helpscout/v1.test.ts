import { describe, expect, it } from 'vitest';
import {
  historyReportSchema,
  listEnvelopeSchema,
  newConversationsReportSchema,
  tagSchema,
  userSchema,
} from '../../../contract/api/schemas.ts';
import { FAKE_USERS } from '../../test/fake-helpscout.ts';
import { HS_SECRETS, helpScoutTestApp, URLS } from '../../test/helpscout-app.ts';

describe('the v1 adapter (legacy API key)', () => {
  it('authenticates with HTTP Basic, the key as user name and X as password', async () => {
    const { app, fake } = helpScoutTestApp({ api: 'v1' });
    expect((await app.request(URLS.mailboxes)).status).toBe(200);
    const expected = `Basic ${Buffer.from(`${HS_SECRETS.apiKey}:X`).toString('base64')}`;
    expect(fake.calls[0]?.headers.authorization).toBe(expected);
    expect(fake.tokenRequests).toBe(0);
  });

  it('uses the same paths with .json and passes the reports through', async () => {
    const { app, fake } = helpScoutTestApp({ api: 'v1' });
    const report = newConversationsReportSchema.parse(
      await (await app.request(`${URLS.newPast}&previousStart=2026-09-01T00:00:00Z&previousEnd=2026-09-30T23:59:59Z`)).json(),
    );
    expect(report.current.reduce((s, b) => s + b.count, 0)).toBe(4242);
    expect(report.previous).toHaveLength(30);
    expect(fake.calls[0]?.path).toBe('/v1/reports/conversations/new.json');

    const history = historyReportSchema.parse(await (await app.request(`${URLS.history}&officeHours=1&sortField=number`)).json());
    expect(history.results.map((r) => r.status)).toEqual(['closed', 'active', 'pending']);
    expect(fake.calls[1]).toMatchObject({
      path: '/v1/reports/user/conversation-history.json',
      query: { officeHours: '1', sortField: 'number', sortOrder: 'DESC', user: '7', page: '1' },
    });
  });

  it('keeps the v1 list envelope and reads v1 tags', async () => {
    const { app, fake } = helpScoutTestApp({ api: 'v1' });
    const users = listEnvelopeSchema(userSchema).parse(await (await app.request(URLS.users)).json());
    expect(users).toEqual({ page: 1, pages: 1, count: 3, items: FAKE_USERS });
    const tags = listEnvelopeSchema(tagSchema).parse(await (await app.request(URLS.tags)).json());
    expect(tags.items[1]).toEqual({ id: 32, tag: 'vip', slug: 'vip', color: '#00aa00', count: 3 });
    const folders = await app.request('/api/v1/mailboxes/102/folders.json');
    expect((await folders.json()).items).toEqual([{ id: 1003, name: 'Unassigned', type: 'open', mailboxId: 102 }]);
    expect(fake.calls.map((c) => c.path)).toEqual(['/v1/users.json', '/v1/tags.json', '/v1/mailboxes/102/folders.json']);
  });

  it('says which variable to check when the key is refused', async () => {
    const { app } = helpScoutTestApp({ api: 'v1', fake: { apiKey: 'another-key' } });
    const res = await app.request(URLS.mailboxes);
    expect(res.status).toBe(401);
    const text = await res.text();
    expect(text).toContain('HELPSCOUT_API_KEY');
    expect(text).not.toContain(HS_SECRETS.apiKey);
  });
});
