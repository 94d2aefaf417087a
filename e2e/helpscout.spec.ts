/**
 * Pulseboard on a (fake) Help Scout account: the fake's numbers reach the page through the
 * server, and neither the secret nor any Authorization header ever reaches the browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Page, type Request, type Response } from '@playwright/test';
import { HELPSCOUT_E2E } from './fixtures/helpscout-e2e.ts';
import { withoutServerRender } from './fixtures/shell-only.ts';
import { formatCount, readTable } from './fixtures/new-conversations.ts';
import { historyTable } from './fixtures/user-history.ts';

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

interface FakeCall {
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
}

/** The fake's new-conversations calls, from the `from`-th on. */
async function upstreamReportCalls(request: APIRequestContext, from = 0): Promise<FakeCall[]> {
  const { calls } = (await (await request.get(`${FAKE}/__fake/calls`)).json()) as { calls: FakeCall[] };
  return calls.filter((c) => c.path === '/v2/reports/conversations/new').slice(from);
}

type Report = { current: Array<{ start: string; count: number }> };

/** Opens the chart's table alternative once the chart has drawn. */
async function showTable(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Show table' }).click();
  await page.getByRole('table').waitFor();
}

function reportAnswer(page: Page) {
  return page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/reports/conversations/new.json');
}

test("the 30-day default view has 30 day buckets, every upstream call carries viewBy, and the page shows the fake's total", async ({ page, request }) => {
  const traffic = recordTraffic(page);
  await withoutServerRender(page); // the app's own report answer: the page renders in the browser alone
  const report = reportAnswer(page);
  await page.goto('/new-conversations');

  const answer = await report;
  expect(answer.status()).toBe(200);
  expect(answer.headers()['x-data-source']).toBe('helpscout');
  const body = (await answer.json()) as Report;
  expect(body.current).toHaveLength(30);
  const total = body.current.reduce((sum, b) => sum + b.count, 0);
  expect(total).toBeGreaterThan(0);
  await expect(page.getByRole('group', { name: 'New conversations' })).toContainText(formatCount(total));

  await page.waitForLoadState('networkidle');
  await expectNoLeak(traffic);

  // The server, not the browser, called Help Scout: with its own token, and nothing of the browser's.
  const upstream = await upstreamReportCalls(request);
  expect(upstream.length).toBeGreaterThan(0);
  for (const call of upstream) {
    // The buckets' calls end at a local day's last second and ask by day; the one like-for-like
    // count ("so far", up to the minute) may ask by the coarsest size it allows. All carry viewBy.
    if (call.query.end?.endsWith(':59:59Z')) expect(call.query.viewBy).toBe('day');
    else expect(['day', 'week', 'month']).toContain(call.query.viewBy);
    expect(call.headers.authorization).toMatch(/^Bearer fake-token-\d+$/);
    expect(call.headers).not.toHaveProperty('cookie');
    expect(call.query).not.toHaveProperty('tz');
  }
});

test('90 days by day: 90 day buckets on the page, from upstream calls of at most 60 days', async ({ page, request }) => {
  const before = (await upstreamReportCalls(request)).length;
  await withoutServerRender(page); // the app's own report answer: the page renders in the browser alone
  const report = reportAnswer(page);
  await page.goto('/new-conversations?start=2026-06-01&end=2026-08-29&viewBy=day&compare=none&tz=UTC');
  const body = (await (await report).json()) as Report;
  expect(body.current).toHaveLength(90);
  await showTable(page);
  expect((await readTable(page)).map((row) => row[1])).toEqual(body.current.map((b) => formatCount(b.count)));
  const calls = await upstreamReportCalls(request, before);
  expect(calls.length).toBeGreaterThanOrEqual(2);
  for (const call of calls) {
    expect(call.query.viewBy).toBe('day');
    expect((Date.parse(call.query.end!) - Date.parse(call.query.start!) + 1000) / 86_400_000).toBeLessThanOrEqual(60);
  }
});

test('a Berlin March range by day has every bucket at local midnight, the short DST day included', async ({ page }) => {
  await withoutServerRender(page); // the app's own report answer: the page renders in the browser alone
  const report = reportAnswer(page);
  await page.goto('/new-conversations?start=2026-03-01&end=2026-03-31&viewBy=day&compare=none&tz=Europe/Berlin');
  const body = (await (await report).json()) as Report;
  expect(body.current).toHaveLength(31);
  const wall = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  expect(body.current.map((b) => wall.format(new Date(b.start)))).toEqual(Array.from({ length: 31 }, (_, i) => `${i + 1}, 00:00`));
  await showTable(page);
  expect(await readTable(page)).toHaveLength(31);
});

test('User history: no row shows a status Help Scout did not give, and no team is offered as an agent', async ({ page }) => {
  const traffic = recordTraffic(page);
  await page.goto('/user-history?tz=UTC');
  const picker = page.getByRole('combobox', { name: 'User' });
  await picker.click();
  const options = page.getByRole('option');
  await expect(options.first()).toBeVisible();
  const names = await options.allTextContents();
  expect(names.some((n) => n.includes('Ada Lovelace'))).toBe(true);
  for (const team of ['Tier 2 Escalations', 'Night Shift']) expect(names.some((n) => n.includes(team))).toBe(false);

  await page.getByRole('option', { name: /Ada Lovelace/ }).click();
  const table = historyTable(page);
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  await expect(table).toContainText('status unknown');
  await expect(table).not.toContainText(/\b(Closed|Active|Pending)\b/);
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
