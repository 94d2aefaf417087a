import { describe, expect, it } from 'vitest';
import { userReportSchema } from '../../../contract/api/schemas.ts';
import { FAKE_BASE_URL, HS_SECRETS, helpScoutTestApp } from '../../test/helpscout-app.ts';

const RANGE = 'start=2026-10-01T00:00:00Z&end=2026-10-31T23:59:59Z';
const PREVIOUS = 'previousStart=2026-09-01T00:00:00Z&previousEnd=2026-09-30T23:59:59Z';

describe('the user overall report on Help Scout', () => {
  it('forwards to /v2/reports/user and answers the contract shape, agreeing with the history report', async () => {
    const { app, fake } = helpScoutTestApp();
    const res = await app.request(`/api/v1/reports/user.json?user=7&${RANGE}&${PREVIOUS}&officeHours=1`);
    expect(res.status, await res.clone().text()).toBe(200);
    const report = userReportSchema.parse(await res.json());
    expect(report.user.id).toBe(7);
    expect(report.previous).toBeDefined();
    expect(report.deltas).toBeDefined();
    expect(report).not.toHaveProperty('filterTags');

    const [call] = fake.callsTo('/v2/reports/user');
    expect(call?.path).toBe('/v2/reports/user');
    expect(call?.query).toMatchObject({ user: '7', start: '2026-10-01T00:00:00Z', end: '2026-10-31T23:59:59Z', officeHours: 'true' });
    expect(call?.query.previousStart).toBe('2026-09-01T00:00:00Z');

    // Help Scout's own figures pass through unchanged: ask the fake directly, with a token of its own.
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: HS_SECRETS.appId, client_secret: HS_SECRETS.appSecret });
    const token = (await (await fake.fetch(`${FAKE_BASE_URL}/v2/oauth2/token`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form.toString() })).json()) as { access_token: string };
    const direct = (await (await fake.fetch(`${FAKE_BASE_URL}/v2/reports/user?${new URLSearchParams(call!.query)}`, { headers: { Authorization: `Bearer ${token.access_token}` } })).json()) as { current: Record<string, number> };
    for (const key of ['totalReplies', 'totalConversations', 'resolved', 'customersHelped'] as const) expect(report.current[key], key).toBe(direct.current[key]);
  });

  it('has no previous figures without a previous range, and 404s an unknown user', async () => {
    const { app } = helpScoutTestApp();
    const report = userReportSchema.parse(await (await app.request(`/api/v1/reports/user.json?user=7&${RANGE}`)).json());
    expect(report.previous).toBeUndefined();
    expect(report.deltas).toBeUndefined();
    expect((await app.request(`/api/v1/reports/user.json?user=999999&${RANGE}`)).status).toBe(404);
  });
});
