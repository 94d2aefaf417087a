/** One bad upstream answer must not take the dashboard down (issue 13, "Why" item 7). */
import { describe, expect, it } from 'vitest';
import { HS_SECRETS, helpScoutTestApp, URLS } from '../../test/helpscout-app.ts';

const MB = 1024 * 1024;

describe('upstream robustness', () => {
  it('caps a 429 Retry-After of 999999999 at a minute: Help Scout is asked again after 60 s, not never', async () => {
    const { app, fake, clock } = helpScoutTestApp();
    fake.setIntercept((c) => c.json({ message: 'API rate limit exceeded' }, 429, { 'X-RateLimit-Retry-After': '999999999' }));
    const first = await app.request(URLS.users);
    expect(first.status).toBe(429);
    expect(Number(first.headers.get('Retry-After'))).toBeLessThanOrEqual(60);
    fake.setIntercept(undefined);
    clock.advance(61_000);
    expect((await app.request(URLS.users)).status).toBe(200);
    expect(fake.callsTo('/v2/users')).toHaveLength(2);
  });

  it('ignores a Retry-After that is no number or date, and keeps within the minute', async () => {
    const { app, fake } = helpScoutTestApp();
    fake.setIntercept((c) => c.json({}, 429, { 'Retry-After': '1e308', 'X-RateLimit-Retry-After': 'soon\u0001' }));
    const res = await app.request(URLS.users);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
    expect(Number(res.headers.get('Retry-After'))).toBeLessThanOrEqual(60);
  });

  it('never caches a token with control characters: it asks again and the bad one never goes upstream', async () => {
    const { app, fake } = helpScoutTestApp();
    let served = 0;
    fake.setTokenIntercept((c) => (served++ === 0 ? c.json({ token_type: 'bearer', access_token: 'abc\r\nX-Evil: 1', expires_in: 7200 }) : undefined));
    const res = await app.request(URLS.users);
    expect(res.status).toBe(200);
    expect(fake.tokenRequests).toBe(2);
    expect(fake.calls.every((c) => /^Bearer fake-token-\d+$/.test(c.headers.authorization ?? ''))).toBe(true);
  });

  it('fails with a 502 when the token answer stays malformed, and recovers when it is fine again', async () => {
    const { app, fake } = helpScoutTestApp();
    fake.setTokenIntercept((c) => c.json({ token_type: 'bearer', access_token: 'bad\u0000token', expires_in: 7200 }));
    const res = await app.request(URLS.users);
    expect(res.status).toBe(502);
    expect((await res.json()).message).toBe('Help Scout sent an access token answer Pulseboard cannot read.');
    expect(fake.calls).toHaveLength(0);
    fake.setTokenIntercept(undefined);
    expect((await app.request(URLS.users)).status).toBe(200);
  });

  it('stops reading a 50 MB answer at the cap and answers a 502 naming the cause', async () => {
    const { app, fake } = helpScoutTestApp();
    let pulled = 0;
    fake.setIntercept(
      () =>
        new Response(
          new ReadableStream({
            pull(controller) {
              if (pulled++ >= 50) controller.close();
              else controller.enqueue(new Uint8Array(MB).fill(32));
            },
          }),
          { status: 200, headers: { 'Content-Type': 'application/json' } },
        ),
    );
    const res = await app.request(URLS.newPast);
    expect(res.status).toBe(502);
    expect((await res.json()).message).toBe('Help Scout sent an answer larger than 4 MB: Pulseboard stopped reading it.');
    expect(pulled).toBeLessThan(10);
  });

  it('refuses an answer whose Content-Length is over the cap without reading it', async () => {
    const { app, fake } = helpScoutTestApp();
    fake.setIntercept((c) => c.body('{}', 200, { 'Content-Length': String(50 * MB) }));
    const res = await app.request(URLS.users);
    expect(res.status).toBe(502);
  });

  it('redacts the base64 forms of the secret and of appId:appSecret from quoted upstream text', async () => {
    const { app, fake } = helpScoutTestApp();
    const forms = [
      Buffer.from(HS_SECRETS.appSecret).toString('base64'),
      Buffer.from(`${HS_SECRETS.appId}:${HS_SECRETS.appSecret}`).toString('base64'),
      Buffer.from(HS_SECRETS.appSecret).toString('base64url'),
      encodeURIComponent(HS_SECRETS.appSecret),
    ];
    fake.setIntercept((c) =>
      c.body(
        JSON.stringify({ message: 'Bad request', _embedded: { errors: [{ path: 'start', message: `echo ${forms.join(' ')}` }] } }),
        400,
        { 'Content-Type': 'application/vnd.error+json' },
      ),
    );
    const text = await (await app.request(URLS.newPast)).text();
    expect(text).toContain('[redacted]');
    for (const form of [...forms, HS_SECRETS.appSecret]) expect(text).not.toContain(form);
  });
});
