import { describe, expect, it } from 'vitest';
import { FAKE_BASE_URL, HS_SECRETS, helpScoutTestApp, URLS } from '../../test/helpscout-app.ts';

describe('never an open proxy', () => {
  it('answers paths outside the allowlist without calling Help Scout', async () => {
    const { app, fake } = helpScoutTestApp();
    const refused = [
      '/api/v1/conversations.json',
      '/api/v1/reports/conversations.json',
      '/api/v1/reports/user/drilldown.json',
      '/api/v1/customers.json',
      '/api/v2/mailboxes',
      '/api/v1/mailboxes/101/folders.json/../../../v2/users',
      '/api/v1/mailboxes/http:%2F%2Fevil.test/folders.json',
      '/api/v1/mailboxes/1%2F..%2F..%2Fusers/folders.json',
      '/api/v1/mailboxes/101%3Fpage=2/folders.json',
      '/api/https://evil.test/v2/users',
    ];
    for (const path of refused) {
      const res = await app.request(path);
      expect([400, 404], path).toContain(res.status);
    }
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect((await app.request(URLS.users, { method })).status, method).toBe(404);
    }
    expect(fake.calls).toHaveLength(0);
    expect(fake.tokenRequests).toBe(0);
  });

  it('forwards no browser header and no unknown parameter, and talks only to the configured host', async () => {
    const { app, fake } = helpScoutTestApp();
    await app.request(`${URLS.users}?page=1&url=http://evil.test&access_token=abc&redirect_uri=x`, {
      headers: {
        Cookie: 'session=browser-cookie',
        Authorization: 'Bearer browser-token',
        'X-Forwarded-Host': 'evil.test',
        'X-Api-Key': 'browser-key',
        Referer: 'http://evil.test/',
      },
    });
    await app.request(`${URLS.newLive}&url=http://evil.test`, { headers: { Authorization: 'Basic YnJvd3Nlcjp4' } });
    expect(fake.calls).toHaveLength(2);
    for (const call of fake.calls) {
      expect(call.url.startsWith(`${FAKE_BASE_URL}/v2/`)).toBe(true);
      expect(call.headers.authorization).toBe('Bearer fake-token-1');
      expect(call.headers).not.toHaveProperty('cookie');
      expect(call.headers).not.toHaveProperty('x-forwarded-host');
      expect(call.headers).not.toHaveProperty('x-api-key');
      expect(call.headers).not.toHaveProperty('referer');
    }
    expect(fake.calls[0]?.query).toEqual({ page: '1' });
    expect(Object.keys(fake.calls[1]?.query ?? {})).toEqual(['start', 'end', 'viewBy']);
  });

  it('keeps credentials out of every answer the browser gets', async () => {
    const { app } = helpScoutTestApp();
    const bodies: string[] = [];
    for (const url of Object.values(URLS)) {
      const res = await app.request(url);
      bodies.push(await res.text(), JSON.stringify(Object.fromEntries(res.headers)));
    }
    bodies.push(await (await app.request('/api/health')).text());
    for (const secret of [...Object.values(HS_SECRETS), 'fake-token']) {
      expect(bodies.join('\n')).not.toContain(secret);
    }
  });
});
