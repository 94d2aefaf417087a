/**
 * Pulseboard behind its login (port 4175: DASHBOARD_PASSWORD, SESSION_SECRET, WALL_LINK_SECRET):
 * the login flow, signed wall links opened in a browser with no session, and the pages running
 * under the strict Content-Security-Policy.
 */
import { appendFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { signWallToken } from '../server/security/wall-token.ts';
import { freezeClock } from './fixtures/demo-clock.ts';
import { SECURITY_E2E } from './fixtures/security-e2e.ts';

test.use({ baseURL: SECURITY_E2E.baseURL });

const NEW = '/api/v1/reports/conversations/new.json';
/** The demo server without a login (playwright.config.ts). */
const OPEN_BASE_URL = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
const WALL_PARAMS = 'range=last-7-days&mailboxes=1001&types=email&tz=UTC&users=1,2';
/** What that link's view asks for at DEMO_NOW (2026-11-20 15:30 UTC). */
const LOCKED_QUERY = {
  start: '2026-11-14T00:00:00Z',
  end: '2026-11-20T23:59:59Z',
  previousStart: '2026-11-07T00:00:00Z',
  previousEnd: '2026-11-13T23:59:59Z',
  tz: 'UTC',
  mailboxes: '1001',
  types: 'email',
};
const query = (changes: Record<string, string> = {}) => `${NEW}?${new URLSearchParams({ ...LOCKED_QUERY, ...changes })}`;

async function logInThroughApi(request: APIRequestContext) {
  const res = await request.post('/api/auth/login', { data: { password: SECURITY_E2E.password } });
  expect(res.status()).toBe(200);
}

async function createWallLink(request: APIRequestContext, params = WALL_PARAMS) {
  await logInThroughApi(request);
  const res = await request.post('/api/wall-links', { data: { params } });
  expect(res.status(), await res.text()).toBe(201);
  const link = (await res.json()) as { url: string; id: string; expiresAt: string };
  return { ...link, token: new URL(link.url, SECURITY_E2E.baseURL).searchParams.get('token')! };
}

/** A browser with no session at all, as a wall TV has. */
async function freshContext(browser: Browser) {
  return browser.newContext({ baseURL: SECURITY_E2E.baseURL });
}

async function logInThroughForm(page: Page, password: string = SECURITY_E2E.password) {
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

/** Every CSP report the page makes: the console's "Refused to …" lines and securitypolicyviolation events. */
async function watchCsp(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/content security policy|refused to/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return problems;
}

test('an unauthenticated visit goes to the login page, and logging in opens both pages', async ({ page }) => {
  await freezeClock(page);
  await page.goto('/user-history?range=last-7-days&tz=UTC');
  await expect(page).toHaveURL(/\/login\?next=%2Fuser-history%3Frange%3Dlast-7-days%26tz%3DUTC$/);
  await expect(page.getByRole('heading', { name: 'Log in to Pulseboard' })).toBeVisible();

  await logInThroughForm(page, 'not the password');
  await expect(page.getByRole('alert')).toHaveText('Wrong password.');
  await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');

  await logInThroughForm(page);
  await expect(page).toHaveURL(/\/user-history\?range=last-7-days&tz=UTC$/);
  await expect(page.getByRole('heading', { level: 1, name: 'User conversation history' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Reports' }).getByRole('link', { name: 'New conversations' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New conversations' })).toBeVisible();
  await expect(page.getByText('Something went wrong')).toHaveCount(0);
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name === 'pulseboard_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });

  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto('/new-conversations');
  await expect(page).toHaveURL(/\/login\?next=%2Fnew-conversations$/);
});

/** `next` values that resolve to another host: dot segments collapse into `//host`. Written raw, as in a phishing link. */
const OFF_SITE_NEXT = ['/.//evil.example/x', '/..//evil.example/x', '/%2e%2e//evil.example/x', '//evil.example/x', '/\\evil.example/x'];

/** Answers any request to evil.example, so a redirect there is seen (there is no DNS in tests) instead of failing to load. */
async function watchEvilHost(context: BrowserContext) {
  const visits: string[] = [];
  await context.route((url) => url.hostname.endsWith('evil.example'), (route) => {
    visits.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>evil</title>' });
  });
  return visits;
}

test('the login page sends a logged-in browser straight on', async ({ page }) => {
  await page.goto('/login');
  await logInThroughForm(page);
  await expect(page).toHaveURL(/\/new-conversations/);
  await page.goto('/login?next=/user-history%3Frange%3Dlast-7-days');
  await expect(page).toHaveURL(/\/user-history\?range=last-7-days/);
});

// One test per value and case: each is a fresh browser with its own page loads (and logins), which on
// a loaded CI machine take ≈ 5 s apiece, too many for one test's budget.
for (const next of OFF_SITE_NEXT) {
  test(`logging in never leaves the site, with next=${next}`, async ({ browser }) => {
    const context = await freshContext(browser);
    const visits = await watchEvilHost(context);
    const page = await context.newPage();
    await page.goto(`/login?next=${next}`);
    await logInThroughForm(page);
    await expect(page).toHaveURL(`${SECURITY_E2E.baseURL}/new-conversations`);
    expect(visits).toEqual([]);
    await context.close();
  });

  test(`the login page sends a logged-in browser on, never off the site, with next=${next}`, async ({ page, context }) => {
    const visits = await watchEvilHost(context);
    await logInThroughApi(context.request);
    await page.goto(`/login?next=${next}`);
    await expect(page).toHaveURL(`${SECURITY_E2E.baseURL}/new-conversations`);
    expect(visits).toEqual([]);
  });

  test(`on a server without a login, the login page goes straight on, never off the site, with next=${next}`, async ({ page, context }) => {
    const visits = await watchEvilHost(context);
    await page.goto(`${OPEN_BASE_URL}/login?next=${next}`);
    await expect(page).toHaveURL(`${OPEN_BASE_URL}/new-conversations`);
    expect(visits).toEqual([]);
  });
}

test('a wall link opens in a fresh browser with no session, and unlocks nothing else', async ({ browser, request }) => {
  const link = await createWallLink(request);
  const context = await freshContext(browser);
  const page = await context.newPage();
  await freezeClock(page);

  const apiAnswers: string[] = [];
  page.on('response', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/')) apiAnswers.push(`${r.status()} ${new URL(r.url()).pathname}`);
  });
  const response = await page.goto(link.url);
  expect(response?.status()).toBe(200);
  expect(await response?.text()).toContain('<div id="root"></div>');
  // The wall's figure, not just its frame: the link has been resolved and the report answered.
  await expect(page.getByRole('region', { name: 'New conversations' }).getByText(/^(So far|Total)$/)).toBeVisible();
  await page.waitForLoadState('networkidle');
  // The wall itself stays inside its lock: every call it made was allowed.
  expect(apiAnswers.length).toBeGreaterThan(1);
  expect(apiAnswers.filter((a) => !/^(200|304) /.test(a))).toEqual([]);
  expect(await context.cookies()).toEqual([]);

  const resolved = await context.request.get(`/api/wall-links/resolve?token=${link.token}`);
  expect(await resolved.json()).toEqual({ id: link.id, params: WALL_PARAMS, expiresAt: link.expiresAt });

  const wall = { headers: { 'X-Wall-Token': link.token } };
  expect((await context.request.get(query(), wall)).status()).toBe(200);
  expect((await context.request.get('/api/v1/users.json', wall)).status()).toBe(200);
  for (const path of [
    query({ mailboxes: '1002' }),
    query({ types: 'chat' }),
    query({ start: '2026-10-01T00:00:00Z' }),
    '/api/v1/reports/user/conversation-history.json?start=2026-11-14T00:00:00Z&end=2026-11-20T23:59:59Z&mailboxes=1001&types=email&user=3',
    '/api/v1/mailboxes.json',
    '/api/v1/tags.json',
  ]) {
    const res = await context.request.get(path, wall);
    expect(res.status(), path).toBe(403);
    expect((await res.json()).message, path).toContain('locked');
  }
  expect((await context.request.get(query())).status()).toBe(401);
  expect((await context.request.post('/api/wall-links', { ...wall, data: { params: 'tz=UTC' } })).status()).toBe(403);

  for (const path of ['/new-conversations', '/user-history', `/new-conversations?token=${link.token}`]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/login\?next=/);
  }
  await context.close();
});

test('an expired, tampered or revoked link is refused with a message saying why', async ({ browser, request }) => {
  const expired = signWallToken({ v: 1, id: 'e2e-expired-link-0001', params: WALL_PARAMS, exp: Math.floor(Date.parse('2026-02-18T12:00:00Z') / 1000) }, SECURITY_E2E.wallLinkSecret);
  const link = await createWallLink(request);
  const [payload, signature] = link.token.split('.') as [string, string];
  const tampered = `${Buffer.from(Buffer.from(payload, 'base64url').toString().replace('mailboxes=1001', 'mailboxes=1002')).toString('base64url')}.${signature}`;

  const context = await freshContext(browser);
  const resolve = (token: string) => context.request.get(`/api/wall-links/resolve?token=${encodeURIComponent(token)}`);

  const expiredAnswer = await resolve(expired);
  expect(expiredAnswer.status()).toBe(401);
  expect(await expiredAnswer.json()).toEqual({ status: 401, reason: 'expired', message: 'This wall link expired on 2026-02-18. Ask for a new link.' });
  expect(await (await resolve(tampered)).json()).toMatchObject({ status: 401, reason: 'invalid' });
  const page = await context.newPage();
  expect((await page.goto(`/wall?token=${expired}`))?.status()).toBe(200);
  await expect(page.getByRole('alert')).toContainText('This wall link expired on 2026-02-18. Ask for a new link.');
  await page.goto(`/wall?token=${tampered}`);
  await expect(page.getByRole('alert')).toContainText('This wall link is not valid');

  appendFileSync(SECURITY_E2E.revokedFile, `${link.id}  # revoked by security.spec.ts\n`);
  await expect.poll(async () => (await (await resolve(link.token)).json()).reason, { timeout: 15_000 }).toBe('revoked');
  const api = await context.request.get(query(), { headers: { 'X-Wall-Token': link.token } });
  expect(await api.json()).toMatchObject({ status: 401, reason: 'revoked' });
  await context.close();
});

test('another site cannot log in or create links through the browser', async ({ page }) => {
  // A page from no origin at all (about:blank), like an attacker's page in effect: a form post and a JSON fetch.
  await page.goto('about:blank');
  const formAnswer = page.waitForResponse(`${SECURITY_E2E.baseURL}/api/auth/login`);
  await page.setContent(
    `<form method="post" action="${SECURITY_E2E.baseURL}/api/auth/login" enctype="text/plain"><input name='{"password":"${SECURITY_E2E.password}","x":"' value='"}'></form>`,
  );
  await page.locator('form').evaluate((form: HTMLFormElement) => form.submit());
  expect([403, 415]).toContain((await formAnswer).status());
  // Let the form's navigation land before leaving, or the next navigation interrupts it.
  await page.waitForURL(`${SECURITY_E2E.baseURL}/api/auth/login`);

  await page.goto('about:blank');
  const fetched = await page.evaluate(async (url) => {
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"password":"x"}', credentials: 'include' });
      return `answered ${res.status}`;
    } catch {
      return 'blocked';
    }
  }, `${SECURITY_E2E.baseURL}/api/auth/login`);
  expect(fetched).toBe('blocked');
});

test('the pages run under the strict Content-Security-Policy with no violations', async ({ page, browser, request }) => {
  const problems = await watchCsp(page);
  await freezeClock(page);
  const login = await page.goto('/login?next=%2Fuser-history%3Fuser%3D1%26range%3Dlast-30-days%26tz%3DUTC');
  const csp = login?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(login?.headers()['x-content-type-options']).toBe('nosniff');
  expect(login?.headers()['x-frame-options']).toBe('DENY');

  await logInThroughForm(page);
  await expect(page.getByRole('heading', { level: 1, name: 'User conversation history' })).toBeVisible();
  await expect(page.getByRole('table').first()).toBeVisible();
  await page.goto('/new-conversations?range=last-30-days&tz=UTC');
  await expect(page.getByRole('heading', { level: 1, name: 'New conversations' })).toBeVisible();
  await page.waitForLoadState('networkidle');

  // And the wall, opened from a link.
  const link = await createWallLink(request);
  const context = await freshContext(browser);
  const wall = await context.newPage();
  const wallProblems = await watchCsp(wall);
  await freezeClock(wall);
  await wall.goto(link.url);
  await wall.waitForLoadState('networkidle');
  await context.close();

  expect([...problems, ...wallProblems]).toEqual([]);
});

test('the CSP blocks inline script and style, and the check above sees it', async ({ page }) => {
  const problems = await watchCsp(page);
  await page.goto('/login');
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    const styled = document.createElement('div');
    styled.setAttribute('style', 'color: red');
    document.body.append(styled);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => problems.filter((p) => /script-src/.test(p)).length).toBeGreaterThan(0);
  await expect.poll(() => problems.filter((p) => /style-src/.test(p)).length).toBeGreaterThan(0);
});
