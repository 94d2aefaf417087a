import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { tokenTwins } from '../test/base64url.ts';
import { TEST_NOW, testApp } from '../test/demo-app.ts';
import { createWallLink, logIn, postJson, secureTestApp, WALL_SECRET } from '../test/secure-app.ts';
import { signWallToken } from './wall-token.ts';

const PARAMS = 'range=last-7-days&mailboxes=1,2&types=email&tz=Europe/Berlin&users=1,3&panel=new-conversations&rotate=30&theme=light';
const NEW = '/api/v1/reports/conversations/new.json';
const HISTORY = '/api/v1/reports/user/conversation-history.json';
const ALL_ROWS = '/api/v1/reports/user/conversation-history/all.json';
const USER_REPORT = '/api/v1/reports/user.json';
/** The link's view at TEST_NOW (2026-11-20 15:30 UTC): Nov 14–20 in Berlin (UTC+1), against Nov 7–13. */
const LOCKED = {
  start: '2026-11-13T23:00:00Z',
  end: '2026-11-20T22:59:59Z',
  previousStart: '2026-11-06T23:00:00Z',
  previousEnd: '2026-11-13T22:59:59Z',
  tz: 'Europe/Berlin',
  mailboxes: '1,2',
  types: 'email',
};
const newUrl = (changes: Record<string, string | null> = {}) => url(NEW, { ...LOCKED, ...changes });
const historyUrl = (changes: Record<string, string | null> = {}) => {
  const { previousStart: _ps, previousEnd: _pe, tz: _tz, ...range } = LOCKED;
  return url(HISTORY, { ...range, user: '1', ...changes });
};

function url(path: string, params: Record<string, string | null>) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null) q.set(k, v);
  return `${path}?${q}`;
}

async function setup(overrides = {}) {
  const ctx = secureTestApp(overrides);
  const cookie = await logIn(ctx.app);
  const link = await createWallLink(ctx.app, cookie, PARAMS);
  const withToken = (path: string, token = link.token, init: RequestInit = {}) =>
    ctx.app.request(path, { ...init, headers: { 'X-Wall-Token': token, ...(init.headers as Record<string, string> | undefined) } });
  return { ...ctx, cookie, link, withToken };
}

function decode(token: string) {
  return JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()) as { v: 1; id: string; params: string; exp: number };
}

describe('creating a wall link', () => {
  it('answers a URL with a signed token holding the canonical parameters and a 90-day expiry', async () => {
    const { link } = await setup();
    expect(link.url).toMatch(/^\/wall\?token=[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(link.expiresAt).toBe('2027-02-18T15:30:00.000Z');
    const payload = decode(link.token);
    expect(payload).toEqual({ v: 1, id: link.id, params: PARAMS, exp: Date.parse(link.expiresAt) / 1000 });
    expect(link.id).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });

  it('stores the parameters canonically and takes a shorter or longer lifetime', async () => {
    const { app } = secureTestApp();
    const cookie = await logIn(app);
    const link = await createWallLink(app, cookie, '?types=email&tz=europe/berlin&users=3,1,3&range=last-7-days&mailboxes=2,1', 366);
    expect(decode(link.token).params).toBe('range=last-7-days&mailboxes=1,2&types=email&tz=Europe/Berlin&users=1,3');
    expect(link.expiresAt).toBe('2027-11-21T15:30:00.000Z');
  });

  it('refuses invalid parameters with a 400 naming each', async () => {
    const { app } = secureTestApp();
    const Cookie = await logIn(app);
    const cases: Array<[string, string]> = [
      ['range=last-7-days', 'tz'],
      ['range=last-2-days&tz=UTC', 'range'],
      ['utm_source=mail&tz=UTC', 'utm_source'],
      ['tz=Mars/Olympus', 'tz'],
      ['tz=UTC&users=1,abc', 'users'],
      ['tz=UTC&mailboxes=0', 'mailboxes'],
      ['tz=UTC&panel=%3Cscript%3E', 'panel'],
      ['tz=UTC&theme=a%20b', 'theme'],
      ['tz=UTC&users=1&panel=user-2', 'panel'],
      ['tz=UTC&rotate=1', 'rotate'],
      ['tz=UTC&soak=1', 'soak'],
      [`tz=UTC&users=${Array.from({ length: 11 }, (_, i) => i + 1).join(',')}`, 'users'],
      ['tz=UTC&start=2026-11-10', 'start'],
      ['tz=UTC&mailboxes=1&mailboxes=2', 'mailboxes'],
      [`tz=UTC&rotate=${'1'.repeat(5000)}`, 'params'],
    ];
    for (const [params, named] of cases) {
      const res = await postJson(app, '/api/wall-links', { params }, { Cookie });
      expect(res.status, params.slice(0, 50)).toBe(400);
      expect(Object.keys((await res.json()).validationErrors), params.slice(0, 50)).toContain(named);
    }
    for (const body of [{}, { params: 1 }, { params: 'tz=UTC', expiresInDays: 0 }, { params: 'tz=UTC', expiresInDays: 367 }, { params: 'tz=UTC', expiresInDays: 1.5 }, { params: 'tz=UTC', expiresInDays: '90' }]) {
      expect((await postJson(app, '/api/wall-links', body, { Cookie })).status, JSON.stringify(body)).toBe(400);
    }
  });

  it('needs a session, and a wall token is not one', async () => {
    const { app, link } = await setup();
    expect((await postJson(app, '/api/wall-links', { params: PARAMS })).status).toBe(401);
    expect((await postJson(app, '/api/wall-links', { params: PARAMS }, { 'X-Wall-Token': link.token })).status).toBe(403);
  });

  it('is turned off without WALL_LINK_SECRET, and says so', async () => {
    const { app } = secureTestApp({ wallLinks: undefined });
    const Cookie = await logIn(app);
    const res = await postJson(app, '/api/wall-links', { params: PARAMS }, { Cookie });
    expect(res.status).toBe(404);
    expect((await res.json()).message).toContain('WALL_LINK_SECRET');
    const resolve = await app.request('/api/wall-links/resolve?token=abc.def');
    expect(await resolve.json()).toMatchObject({ status: 401, reason: 'disabled' });
  });
});

describe('opening a wall link', () => {
  it('serves the wall page and resolves the link without a session', async () => {
    const { app, link } = await setup();
    const page = await app.request(link.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Pulseboard</title>');
    const res = await app.request(`/api/wall-links/resolve?token=${link.token}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(await res.json()).toEqual({ id: link.id, params: PARAMS, expiresAt: link.expiresAt });
  });

  it('opens no other page', async () => {
    const { app, link } = await setup();
    for (const path of [`/new-conversations?token=${link.token}`, `/user-history?token=${link.token}`, '/wall']) {
      expect((await app.request(path)).status, path).toBe(302);
    }
  });

  it('serves the wall page for a bad token too: the page shows the message', async () => {
    const { app } = await setup();
    expect((await app.request('/wall?token=garbage')).status).toBe(200);
  });
});

describe('a wall token on API calls', () => {
  it('allows the calls of its own view', async () => {
    const { withToken } = await setup();
    const allowed = [
      '/api/health',
      '/api/v1/users.json',
      '/api/v1/users.json?page=2',
      newUrl(),
      newUrl({ viewBy: 'day' }),
      historyUrl(),
      historyUrl({ user: '3', page: '3', sortField: 'responseTime', sortOrder: 'asc', officeHours: '1' }),
      // Every row of a panel's history at once: locked like the history report.
      historyUrl().replace(HISTORY, ALL_ROWS),
    ];
    for (const path of allowed) {
      const res = await withToken(path);
      expect(res.status, path).toBe(200);
      if (path !== '/api/health') expect(res.headers.get('Cache-Control') ?? '', path).not.toContain('public');
    }
    expect(await (await withToken('/api/health')).json()).toMatchObject({ source: 'demo' });
  });

  it('reads names and ids of the team, never e-mail addresses or roles; a session still gets them', async () => {
    const ctx = await setup();
    const asWall = await ctx.withToken('/api/v1/users.json', undefined, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(asWall.status).toBe(200);
    // Compressed, as a browser gets it: the trimming happens before compression.
    expect(asWall.headers.get('Content-Encoding')).toBe('gzip');
    const wall = JSON.parse(gunzipSync(Buffer.from(await asWall.arrayBuffer())).toString()) as { count: number; items: Array<Record<string, unknown>> };
    expect(wall.items.length).toBeGreaterThan(0);
    for (const user of wall.items) expect(Object.keys(user).sort()).toEqual(['firstName', 'id', 'lastName']);
    expect(asWall.headers.get('Vary')).toMatch(/X-Wall-Token/);

    const asDesk = await ctx.app.request('/api/v1/users.json', { headers: { Cookie: ctx.cookie } });
    const desk = (await asDesk.json()) as typeof wall;
    expect(desk.count).toBe(wall.count);
    expect(desk.items[0]).toMatchObject({ id: wall.items[0]!.id, email: expect.stringContaining('@'), role: expect.any(String) });
    expect(asDesk.headers.get('ETag')).not.toBe(asWall.headers.get('ETag'));
    expect(asDesk.headers.get('Vary')).toMatch(/X-Wall-Token/);
    // A revalidation with the trimmed list's ETag is answered for the trimmed list.
    expect((await ctx.withToken('/api/v1/users.json', undefined, { headers: { 'If-None-Match': asWall.headers.get('ETag')! } })).status).toBe(304);
  });

  it('on a server without a login, still reads names and ids only', async () => {
    const ctx = secureTestApp();
    const cookie = await logIn(ctx.app);
    const link = await createWallLink(ctx.app, cookie, PARAMS);
    const open = testApp({ security: { wallLinks: { secret: WALL_SECRET } } });
    const res = await open.request('/api/v1/users.json', { headers: { 'X-Wall-Token': link.token } });
    const body = (await res.json()) as { items: Array<Record<string, unknown>> };
    for (const user of body.items) expect(user).not.toHaveProperty('email');
    const plain = (await (await open.request('/api/v1/users.json')).json()) as { items: Array<Record<string, unknown>> };
    expect(plain.items[0]).toHaveProperty('email');
  });

  it('refuses other filters, users, ranges and reports with a 403 that names the lock', async () => {
    const { withToken } = await setup();
    const refused: Array<[string, RegExp]> = [
      [newUrl({ mailboxes: '3' }), /mailboxes must be 1,2/],
      [newUrl({ mailboxes: '1,2,3' }), /mailboxes must be 1,2/],
      [newUrl({ mailboxes: null }), /mailboxes must be 1,2/],
      [newUrl({ tags: '5' }), /tags must be empty/],
      [newUrl({ folders: '1' }), /folders must be empty/],
      [newUrl({ types: 'chat' }), /types must be email/],
      [newUrl({ start: '2026-10-13T23:00:00Z' }), /range must be the link's/],
      [newUrl({ end: '2026-11-30T22:59:59Z' }), /range must be the link's/],
      [newUrl({ previousStart: null, previousEnd: null }), /range must be the link's/],
      [newUrl({ previousStart: '2025-11-13T23:00:00Z', previousEnd: '2025-11-20T22:59:59Z' }), /range must be the link's/],
      [newUrl({ tz: 'UTC' }), /tz must be Europe\/Berlin/],
      [newUrl({ tz: null }), /tz must be Europe\/Berlin/],
      [newUrl({ viewBy: 'week' }), /viewBy must be day/],
      [historyUrl({ user: '2' }), /user must be one of 1, 3/],
      [historyUrl({ mailboxes: '9' }), /mailboxes must be 1,2/],
      [historyUrl({ start: '2025-01-01T00:00:00Z' }), /range must be the link's/],
      [historyUrl({ user: '2' }).replace(HISTORY, ALL_ROWS), /user must be one of 1, 3/],
      ['/api/v1/mailboxes.json', /cannot read \/api\/v1\/mailboxes.json/],
      ['/api/v1/tags.json', /cannot read/],
      ['/api/v1/mailboxes/1/folders.json', /cannot read/],
      ['/api/v1/reports/conversations/other.json', /cannot read/],
      ['/api/nope', /cannot read/],
    ];
    for (const [path, message] of refused) {
      const res = await withToken(path);
      expect(res.status, path).toBe(403);
      const body = await res.json();
      expect(body.message, path).toMatch(message);
      expect(body.message).toContain('locked: range, start, end, compare');
    }
    expect((await withToken('/api/v1/users.json', undefined, { method: 'DELETE' })).status).toBe(403);
  });

  it('with a team panel, reads every agent’s overall report for its own range and filters, and nothing wider', async () => {
    const ctx = secureTestApp();
    const cookie = await logIn(ctx.app);
    const team = await createWallLink(ctx.app, cookie, 'range=last-7-days&mailboxes=1,2&types=email&tz=Europe/Berlin&panels=new-conversations,team');
    const report = (changes: Record<string, string | null> = {}) => historyUrl({ user: '7', ...changes }).replace(HISTORY, USER_REPORT);
    const withToken = (path: string, token: string) => ctx.app.request(path, { headers: { 'X-Wall-Token': token } });
    expect((await withToken(report(), team.token)).status).toBe(200);
    expect((await withToken(report({ user: '2' }), team.token)).status).toBe(200);
    const refused: Array<[string, RegExp]> = [
      [report({ mailboxes: '3' }), /mailboxes must be 1,2/],
      [report({ start: '2026-10-13T23:00:00Z' }), /range must be the link's/],
      [report({ previousStart: LOCKED.previousStart, previousEnd: LOCKED.previousEnd }), /no previous range/],
      [report({ officeHours: '1' }), /every hour/],
    ];
    for (const [path, message] of refused) {
      const res = await withToken(path, team.token);
      expect(res.status, path).toBe(403);
      expect((await res.json()).message, path).toMatch(message);
    }
    // A link without the team panel reads no overall report at all.
    const { link } = await setup();
    const res = await withToken(report(), link.token);
    expect(res.status).toBe(403);
    expect((await res.json()).message).toMatch(/shows no team panel/);
  });

  it('answers malformed parameters with the usual 400', async () => {
    const { withToken } = await setup();
    expect((await withToken(newUrl({ mailboxes: 'abc' }))).status).toBe(400);
  });

  it('tolerates a screen a day off, but no more', async () => {
    const { app, clock, cookie } = await setup();
    const link = await createWallLink(app, cookie, PARAMS);
    // 23:30 UTC is already Nov 21 in Berlin: the server's "today" moved on, the screen's may not have.
    clock.set(Date.parse('2026-11-20T23:30:00Z'));
    const call = (path: string) => app.request(path, { headers: { 'X-Wall-Token': link.token } });
    expect((await call(newUrl())).status).toBe(200);
    expect((await call(newUrl({ start: '2026-11-14T23:00:00Z', end: '2026-11-21T22:59:59Z', previousStart: '2026-11-07T23:00:00Z', previousEnd: '2026-11-14T22:59:59Z' }))).status).toBe(200);
    clock.set(Date.parse('2026-11-23T12:00:00Z'));
    expect((await call(newUrl())).status).toBe(403);
  });

  it('is not a limit for a logged-in user', async () => {
    const { app, cookie, link } = await setup();
    const res = await app.request('/api/v1/mailboxes.json', { headers: { Cookie: cookie, 'X-Wall-Token': link.token } });
    expect(res.status).toBe(200);
  });

  it('locks the view when no login is configured too', async () => {
    const app = testApp({ now: () => TEST_NOW.getTime(), security: { wallLinks: { secret: WALL_SECRET } } });
    const link = await createWallLink(app, '', PARAMS);
    expect((await app.request(newUrl(), { headers: { 'X-Wall-Token': link.token } })).status).toBe(200);
    expect((await app.request(newUrl({ mailboxes: '3' }), { headers: { 'X-Wall-Token': link.token } })).status).toBe(403);
  });
});

describe('a wall link that no longer works', () => {
  async function expectRefused(ctx: Awaited<ReturnType<typeof setup>>, token: string, reason: string, message: RegExp) {
    const resolve = await ctx.app.request(`/api/wall-links/resolve?token=${encodeURIComponent(token)}`);
    expect(resolve.status).toBe(401);
    const body = await resolve.json();
    expect(body).toMatchObject({ status: 401, reason });
    expect(body.message).toMatch(message);
    const api = await ctx.withToken(newUrl(), token);
    expect(api.status).toBe(401);
    expect(await api.json()).toMatchObject({ reason });
  }

  it('is expired after its lifetime, with the date in the message', async () => {
    const ctx = await setup();
    ctx.clock.advance(90 * 86_400_000 - 1000);
    expect((await ctx.withToken(newUrl())).status).toBe(403); // still valid, so judged by its lock: those days have passed
    ctx.clock.advance(1000);
    await expectRefused(ctx, ctx.link.token, 'expired', /^This wall link expired on 2027-02-18\. Ask for a new link\.$/);
  });

  it('is invalid when any part was changed', async () => {
    const ctx = await setup();
    const [payload, signature] = ctx.link.token.split('.') as [string, string];
    const decoded = decode(ctx.link.token);
    const widened = Buffer.from(JSON.stringify({ ...decoded, params: 'tz=Europe/Berlin&users=1,2,3,4,5' })).toString('base64url');
    const longer = Buffer.from(JSON.stringify({ ...decoded, exp: decoded.exp + 86_400 * 3650 })).toString('base64url');
    const tampered = [
      `${widened}.${signature}`,
      `${longer}.${signature}`,
      `${payload}.${signature.replace(/^./, (ch) => (ch === 'A' ? 'B' : 'A'))}`,
      `${payload}.`,
      payload,
      signWallToken(decoded, 'an-old-or-foreign-secret-0123456789abcdef'),
      signWallToken({ ...decoded, v: 2 } as never, WALL_SECRET),
      '',
      '..',
      '<script>alert(1)</script>',
    ];
    for (const token of tampered) await expectRefused(ctx, token, 'invalid', /not valid/);
    const oversized = `${'A'.repeat(9000)}.${signature}`;
    expect(await (await ctx.withToken(newUrl(), oversized)).json()).toMatchObject({ status: 401, reason: 'invalid' });
    expect((await ctx.app.request(`/api/wall-links/resolve?token=${oversized}`)).status).toBe(400); // the query bound, first
  });

  it('is invalid when its signature is spelled non-canonically (strict base64url)', async () => {
    const ctx = await setup();
    const twins = tokenTwins(ctx.link.token);
    expect(twins).toHaveLength(3);
    for (const token of twins) await expectRefused(ctx, token, 'invalid', /not valid/);
    expect((await ctx.withToken(newUrl())).status).toBe(200);
  });

  it('is revoked when its id is on the revocation list, and no other link is', async () => {
    const ctx = await setup();
    const other = await createWallLink(ctx.app, ctx.cookie, PARAMS);
    ctx.revoked.add(ctx.link.id);
    await expectRefused(ctx, ctx.link.token, 'revoked', /revoked/);
    expect((await ctx.withToken(newUrl(), other.token)).status).toBe(200);
  });

  it('is invalid everywhere once the secret is rotated', async () => {
    const ctx = await setup();
    const rotated = secureTestApp({ wallLinks: { secret: 'the-new-wall-link-secret-0123456789abcdef' } });
    const res = await rotated.app.request(`/api/wall-links/resolve?token=${ctx.link.token}`);
    expect(await res.json()).toMatchObject({ reason: 'invalid' });
  });
});
