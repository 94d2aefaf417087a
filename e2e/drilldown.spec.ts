/** The drill-down: a bucket of the New conversations report opens the conversations it counts. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { reachChart } from './fixtures/app-ready.ts';
import { readFile } from 'node:fs/promises';
import { fetchReport, figure, formatCount, freezeClock, parseCsv, showTable } from './fixtures/new-conversations.ts';

test.beforeEach(async ({ page }) => {
  await freezeClock(page);
});

const search = 'range=last-7-days&mailboxes=1001,1002&types=chat,email&tz=UTC';
const apiParams = { start: '2026-11-14T00:00:00Z', end: '2026-11-20T23:59:59Z', tz: 'UTC', mailboxes: '1001,1002', types: 'chat,email' };

function panel(page: Page) {
  return page.getByRole('region', { name: /^Conversations created/ });
}

test('a bucket of the table opens its conversations: the count, Help Scout links, pages, a CSV and a shareable URL', async ({ page, request, browser }) => {
  test.setTimeout(60_000);
  const api = await fetchReport(request, apiParams);
  const bucket = api.current[2]!; // Nov 16, a complete Monday
  expect(bucket.count).toBeGreaterThan(25);

  await page.goto(`/new-conversations?${search}`);
  await expect(figure(page, 'New conversations')).toBeVisible();
  await showTable(page);

  // Keyboard alone: the count in the table is a button.
  const open = page.getByRole('button', { name: `${formatCount(bucket.count)} conversations on Mon, Nov 16, 2026: list them` });
  await open.focus();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/[?&]drill=2026-11-16(&|$)/);
  await expect(panel(page)).toBeVisible();
  await expect(panel(page).getByRole('heading', { level: 2 })).toBeFocused();
  await expect(panel(page).getByRole('status').first()).toHaveText(`${formatCount(bucket.count)} conversations`);
  const links = panel(page).getByRole('link', { name: /opens Help Scout/ });
  await expect(links).toHaveCount(25);
  await expect(links.first()).toHaveAttribute('href', /^https:\/\/secure\.helpscout\.net\/conversation\/\d+\/\d+\/$/);

  // The second page is in the URL too.
  await panel(page).getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(/drillPage=2/);
  await expect(panel(page).getByText('Page 2 of')).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), panel(page).getByRole('button', { name: 'Export conversations CSV' }).click()]);
  const csv = parseCsv(await readFile((await download.path())!, 'utf8'));
  expect(csv.rows).toHaveLength(bucket.count);
  expect(csv.columns[0]).toBe('Number');

  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // A colleague opening the link sees the same list.
  const shared = page.url();
  const other = await browser.newContext();
  const second = await other.newPage();
  await freezeClock(second);
  await second.goto(shared);
  await expect(panel(second).getByRole('status').first()).toHaveText(`${formatCount(bucket.count)} conversations`);
  await expect(panel(second).getByText('Page 2 of')).toBeVisible();
  await other.close();

  await panel(page).getByRole('button', { name: 'Close' }).click();
  await expect(page).not.toHaveURL(/drill=/);
  await expect(panel(page)).toHaveCount(0);
});

test('a point of the chart opens its bucket’s conversations', async ({ page, request }) => {
  const api = await fetchReport(request, apiParams);
  const bucket = api.current[2]!; // Nov 16
  await page.goto(`/new-conversations?${search}`);
  await expect(figure(page, 'New conversations')).toBeVisible();
  await reachChart(page);

  // Seven days draw dotted lines; the third dot of the current line is Nov 16.
  const dot = page.locator('.chart-canvas .recharts-line-dots').first().locator('circle').nth(2);
  await expect(dot).toBeVisible();
  await dot.scrollIntoViewIfNeeded();
  const box = (await dot.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  // The pointer shows the bucket's tooltip first, as a user sees it before clicking.
  await expect(page.locator('.chart-canvas .recharts-tooltip-wrapper')).toContainText('Nov 16');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);

  await expect(page).toHaveURL(/[?&]drill=2026-11-16(&|$)/);
  await expect(panel(page).getByRole('status').first()).toHaveText(`${formatCount(bucket.count)} conversations`);
});
