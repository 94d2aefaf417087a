/**
 * Pulseboard on a (fake) Help Scout account: the fake's numbers reach the page through the
 * server, and neither the secret nor any Authorization header ever reaches the browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page, type Request, type Response } from '@playwright/test';
import { HELPSCOUT_E2E } from './fixtures/helpscout-e2e.ts';

const BASE = `http://127.0.0.1:${HELPSCOUT_E2E.port}`;
const FAKE = `http://127.0.0.1:${HELPSCOUT_E2E.fakePort}`;
const FORBIDDEN = [HELPSCOUT_E2E.appSecret, 'fake-token-'];

test.use({ baseURL: BASE });

/** Everything the page sends and receives, for the leak checks. */
function recordTraffic(page: Page) {
  const requests: Request[] = [];
  const responses: Response[] = [];
  page.on('request', (r) => requests.push(r));
  page.on('response', (r) => responses.push(r));
  return { requests, responses };
}

async function expectNoLeak({ requests, responses }: ReturnType<typeof recordTraffic>) {
  expect(requests.length).toBeGreaterThan(0);
  for (const request of requests) {
    const url = request.url();
    // Same origin only: the browser never talks to Help Scout (or the fake) itself.
    expect(url.startsWith(`${BASE}/`), url).toBe(true);
    const headers = await request.allHeaders();
    expect(Object.keys(headers).map((h) => h.toLowerCase()), url).not.toContain('authorization');
    const sent = `${url}\n${JSON.stringify(headers)}\n${request.postData() ?? ''}`;
    for (const secret of FORBIDDEN) expect(sent, url).not.toContain(secret);
  }
  for (const response of responses) {
    const headers = await response.allHeaders();
    const body = response.request().method() === 'GET' && response.status() !== 304 ? await response.text().catch(() => '') : '';
    for (const secret of FORBIDDEN) {
      expect(JSON.stringify(headers), response.url()).not.toContain(secret);
      expect(body, response.url()).not.toContain(secret);
    }
  }
}

test('the header and /api/health say Help Scout is live', async ({ page, request }) => {
  const health = await (await request.get('/api/health')).json();
  expect(health.source).toBe('helpscout');
  await page.goto('/new-conversations');
  await expect(page.getByText('Help Scout', { exact: true })).toBeVisible();
});

test("New conversations shows the fake account's total, fetched through the server", async ({ page, request }) => {
  const traffic = recordTraffic(page);
  const report = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/reports/conversations/new.json');
  await page.goto('/new-conversations');

  const answer = await report;
  expect(answer.status()).toBe(200);
  expect(answer.headers()['x-data-source']).toBe('helpscout');
  const body = (await answer.json()) as { current: Array<{ count: number }> };
  expect(body.current.reduce((sum, b) => sum + b.count, 0)).toBe(HELPSCOUT_E2E.newTotal);
  await expect(page.getByRole('group', { name: 'New conversations' })).toContainText('4,242');

  await page.waitForLoadState('networkidle');
  await expectNoLeak(traffic);

  // The server, not the browser, called Help Scout: with its own token, and nothing of the browser's.
  const { calls } = (await (await request.get(`${FAKE}/__fake/calls`)).json()) as {
    calls: Array<{ path: string; query: Record<string, string>; headers: Record<string, string> }>;
  };
  const upstream = calls.filter((c) => c.path === '/v2/reports/conversations/new');
  expect(upstream.length).toBeGreaterThan(0);
  for (const call of upstream) {
    expect(call.headers.authorization).toMatch(/^Bearer fake-token-\d+$/);
    expect(call.headers).not.toHaveProperty('cookie');
    expect(call.query).not.toHaveProperty('tz');
  }
});

test('User history loads against Help Scout without leaking credentials', async ({ page }) => {
  const traffic = recordTraffic(page);
  await page.goto('/user-history');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectNoLeak(traffic);
});

test('no built asset carries the secret', async ({ request }) => {
  const dist = join(process.cwd(), 'dist');
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
  expect(files.some((f) => f.name.endsWith('.js'))).toBe(true);
  for (const file of files) {
    const text = readFileSync(join(file.parentPath, file.name), 'utf8');
    for (const secret of [HELPSCOUT_E2E.appSecret, HELPSCOUT_E2E.appId]) expect(text, file.name).not.toContain(secret);
  }
  // And what the server actually serves: the page and every script it references.
  const html = await (await request.get('/new-conversations')).text();
  const scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  expect(scripts.length).toBeGreaterThan(0);
  for (const path of [html, ...scripts]) {
    const text = path.startsWith('/') ? await (await request.get(path)).text() : path;
    expect(text).not.toContain(HELPSCOUT_E2E.appSecret);
  }
});
