/**
 * The first view comes in the page's HTML: with JavaScript off, each page shows its figures (the
 * API's own), and with it on, the app takes the HTML over without a console error or a second
 * request, and the interactive chart works after.
 */
import { expect, test } from '@playwright/test';
import { appReady, reachChart } from './fixtures/app-ready.ts';
import { fetchReport, figure, formatCount, freezeClock } from './fixtures/new-conversations.ts';
import { fetchEveryRow, fetchHistory, LAST_30_DAYS } from './fixtures/user-history.ts';

const NC = '/new-conversations?tz=UTC&range=last-30-days';

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('New conversations shows the API’s total, the chart’s lines as SVG and the table', async ({ page, request }) => {
    const api = await fetchReport(request, { start: LAST_30_DAYS.start, end: LAST_30_DAYS.end, previousStart: '2026-09-22T00:00:00Z', previousEnd: '2026-10-21T23:59:59Z', tz: 'UTC', viewBy: 'day' });
    await page.goto(NC);
    await expect(figure(page, 'In all of Oct 22 – Nov 20, 2026').or(page.getByText(formatCount(api.currentTotal)).first())).toBeVisible();
    await expect(page.locator('main')).toContainText(formatCount(api.currentTotal));
    const lines = page.locator('svg.static-chart polyline');
    expect(await lines.count()).toBeGreaterThanOrEqual(2);
    // One point per day of the range on the current line.
    const current = (await page.locator('svg.static-chart .static-chart-current').first().getAttribute('points'))!.trim().split(/\s+/);
    expect(current.length).toBeGreaterThan(25);
    const table = page.getByRole('table');
    await expect(table).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(api.current.length + 1);
  });

  test('User history shows its first page and the summary', async ({ page, request }) => {
    const api = await fetchHistory(request, { user: 1, ...LAST_30_DAYS });
    await page.goto('/user-history?tz=UTC&user=1');
    await expect(page.getByText(`Page 1 of ${api.pages}`)).toBeVisible();
    await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(api.results.length);
    await expect(page.getByRole('table').getByRole('rowheader').first()).toContainText(String(api.results[0]!.number));
    const summary = page.getByRole('region', { name: /Summary for the range/ });
    await expect(summary.getByText('Replies', { exact: true }).locator('..')).toContainText(formatCount(api.count));
  });

  test('the wall shows its panels', async ({ page, request }) => {
    const replies = await fetchEveryRow(request, { user: 1, start: '2026-11-14T00:00:00Z', end: '2026-11-20T23:59:59Z' });
    await page.goto('/wall?tz=UTC&range=last-7-days&users=1&panels=new-conversations,team');
    await expect(page.getByRole('region', { name: 'New conversations' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Panels' }).getByRole('listitem')).toHaveText(['New conversations', 'Team', 'Ava Thompson']);
    // The agent's panel (not the one on screen yet) carries its figures, the API's own.
    const agent = page.locator('section.wall-panel', { has: page.locator('h2', { hasText: 'Ava Thompson' }) });
    await expect(agent).toContainText(`Replies${formatCount(replies.length)}`);
  });

  test('a page with no known zone is the app’s shell, as before', async ({ page }) => {
    const response = await page.goto('/new-conversations?range=last-7-days');
    expect(await response?.text()).toContain('<div id="root"></div>');
  });
});

test('hydrates with no console error and no second request, and the chart is interactive after', async ({ page }) => {
  await freezeClock(page);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  const reports: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/v1/reports/')) reports.push(r.url());
  });
  const response = await page.goto(NC, { waitUntil: 'commit' });
  expect(await response?.text()).toContain('class="static-chart"');
  await page.waitForLoadState('networkidle');
  await appReady(page);
  // The server's chart stays until someone reaches for it: the chart library has not even loaded.
  await expect(page.locator('svg.static-chart')).toBeVisible();
  await expect(page.locator('.recharts-wrapper')).toHaveCount(0);
  // The keyboard: the chart is one tab stop, and focus there loads it and moves on into it.
  const place = page.getByRole('group', { name: /focus to explore the points$/ });
  await place.focus();
  await expect(page.locator('.chart-canvas .recharts-surface')).toBeFocused();
  expect(problems).toEqual([]);
  expect(reports).toEqual([]);
  // Interactive: a point's tooltip, and a click opens its bucket (seven days draw dotted lines).
  await page.goto('/new-conversations?tz=UTC&range=last-7-days');
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
  expect(reports).toEqual([]);
  await reachChart(page);
  const dot = page.locator('.chart-canvas .recharts-line-dots').first().locator('circle').nth(2);
  await expect(dot).toBeVisible();
  await dot.scrollIntoViewIfNeeded();
  const box = (await dot.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator('.chart-canvas .recharts-tooltip-wrapper')).toContainText('Nov 16');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page).toHaveURL(/[?&]drill=2026-11-16(&|$)/);
});

test('the wall takes its HTML over without asking for its panels again', async ({ page }) => {
  await freezeClock(page);
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  const reports: string[] = [];
  page.on('request', (r) => r.url().includes('/api/v1/') && reports.push(r.url()));
  await page.goto('/wall?tz=UTC&range=last-7-days&users=1&panels=new-conversations,team');
  await appReady(page);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.wall-status-text')).toHaveText(/^Updated \d\d:\d\d/);
  expect(problems).toEqual([]);
  // Its figures came in the HTML, just fetched: the next fetch is the refresh's.
  expect(reports).toEqual([]);
});

test('a viewer in another zone gets the page rendered in the browser, from the server’s answers', async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: 'Asia/Tokyo' });
  const page = await context.newPage();
  await freezeClock(page);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  const reports: string[] = [];
  page.on('request', (r) => r.url().includes('/api/v1/reports/') && reports.push(r.url()));
  await page.goto(NC);
  await expect(page.locator('.recharts-wrapper')).toBeVisible();
  await expect(page.getByLabel('Time zone')).toContainText('Browser (Asia/Tokyo)');
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
  // The URL pins UTC: the report's request is the same, so its answer from the page is used.
  expect(reports).toEqual([]);
  await context.close();
});

test('the wall hydrates without an error when the screen’s clock is not the server’s', async ({ page }) => {
  // No frozen clock: the server renders at the demo's fixed now, the browser runs on the real one.
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await page.goto('/wall?tz=UTC&range=last-7-days&users=1&panels=new-conversations,team');
  await expect(page.locator('.wall-status-text')).toHaveText(/^Updated \d\d:\d\d/);
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
});
