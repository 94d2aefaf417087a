import { describe, expect, it } from 'vitest';
import { HS_SECRETS, helpScoutTestApp, URLS } from '../../test/helpscout-app.ts';

const HOUR = 3_600_000;

describe('OAuth2 client credentials (v2)', () => {
  it('fetches a token once, form-encoded, and sends it as a bearer token', async () => {
    const { app, fake } = helpScoutTestApp();
    for (const url of [URLS.mailboxes, URLS.users, URLS.tags, URLS.newPast]) expect((await app.request(url)).status).toBe(200);
    expect(fake.tokenRequests).toBe(1);
    expect(fake.tokenForms).toEqual([
      { grant_type: 'client_credentials', client_id: HS_SECRETS.appId, client_secret: HS_SECRETS.appSecret },
    ]);
    expect(new Set(fake.calls.map((c) => c.headers.authorization))).toEqual(new Set(['Bearer fake-token-1']));
  });

  it('renews the token shortly before it expires, not after', async () => {
    const { app, fake, clock } = helpScoutTestApp({ fake: { tokenLifetimeSeconds: 48 * 3600 } });
    await app.request(URLS.users);
    clock.advance(47 * HOUR);
    await app.request(`${URLS.users}?page=2`);
    expect(fake.tokenRequests).toBe(1);
    // 4 minutes before expiry, inside the 5-minute margin: renewed ahead, so no request meets a 401.
    clock.advance(HOUR - 4 * 60_000);
    const res = await app.request(`${URLS.users}?page=3`);
    expect(res.status).toBe(200);
    expect(fake.tokenRequests).toBe(2);
    expect(fake.calls.at(-1)?.headers.authorization).toBe('Bearer fake-token-2');
    expect(fake.calls.filter((c) => c.path === '/v2/users')).toHaveLength(3);
  });

  it('keeps using a still-valid token when an early renewal fails, and reports a failure once it expired', async () => {
    const { app, fake, clock } = helpScoutTestApp({ fake: { tokenLifetimeSeconds: 3600 } });
    await app.request(URLS.users);
    fake.setTokenFailure(503);
    clock.advance(HOUR - 60_000);
    const early = await app.request(`${URLS.users}?page=2`);
    expect(early.status).toBe(200);
    expect(fake.tokenRequests).toBe(2);
    clock.advance(2 * 60_000);
    const expired = await app.request(`${URLS.users}?page=3`);
    expect(expired.status).toBe(502);
    expect((await expired.json()).message).toBe('Help Scout could not issue an access token (it answered 503).');
  });

  it('renews once on a 401 and retries, with one renewal for many concurrent requests', async () => {
    const { app, fake } = helpScoutTestApp();
    await app.request(URLS.mailboxes);
    fake.revokeTokens();
    const urls = Array.from({ length: 20 }, (_, i) => `${URLS.users}?page=${i + 1}`);
    const responses = await Promise.all(urls.map((url) => app.request(url)));
    expect(responses.map((r) => r.status)).toEqual(urls.map(() => 200));
    expect(fake.tokenRequests).toBe(2);
  });

  it('gives up after one renewal when Help Scout keeps refusing, and says what to check', async () => {
    const { app, fake } = helpScoutTestApp();
    await app.request(URLS.mailboxes);
    fake.setIntercept((c) => c.json({ error: 'invalid_token' }, 401));
    const res = await app.request(URLS.users);
    expect(res.status).toBe(401);
    const body = await res.json();
    expect(body.message).toContain('HELPSCOUT_APP_ID and HELPSCOUT_APP_SECRET');
    expect(fake.tokenRequests).toBe(2);
    expect(fake.callsTo('/v2/users')).toHaveLength(2);
  });

  it('reports refused client credentials without echoing them', async () => {
    const { app } = helpScoutTestApp({ fake: { appSecret: 'the-real-secret' } });
    const res = await app.request(URLS.newPast);
    expect(res.status).toBe(401);
    const text = await res.text();
    expect(text).toContain('did not accept');
    expect(text).not.toContain(HS_SECRETS.appSecret);
    expect(text).not.toContain(HS_SECRETS.appId);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
  });
});
