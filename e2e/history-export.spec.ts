/**
 * The paged history view's whole-range export, on the demo account in Chromium: one CSV with every
 * reply of the range (the API's count of them, in reply order), and a Cancel that stops the request
 * and saves nothing.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';
import { appReady } from './fixtures/app-ready.ts';
import { ALL_ROWS_API, fetchEveryRow, fetchHistory, formatCount, freezeClock, historyTable, LAST_30_DAYS } from './fixtures/user-history.ts';

const AVA = { user: 1, ...LAST_30_DAYS };

test.beforeEach(async ({ page }) => {
  await freezeClock(page);
});

/** The file's header block (label → value) and its data lines, after the column names. */
async function readExport(download: Download): Promise<{ header: Map<string, string>; rows: string[] }> {
  const lines = (await readFile((await download.path()) as string, 'utf8')).split('\r\n');
  const blank = lines.indexOf('');
  const header = new Map(lines.slice(0, blank).map((line) => line.split(/,(.*)/s).slice(0, 2) as [string, string]));
  return { header, rows: lines.slice(blank + 2).filter(Boolean) };
}

async function openPagedView(page: Page): Promise<void> {
  await page.goto('/user-history?tz=UTC&user=1&sortField=responseTime&sortOrder=desc');
  await expect(historyTable(page).getByRole('row')).toHaveCount(51);
  await appReady(page);
}

test('exports every reply of the range in one file: the API’s count, in reply order, whatever the page and sort', async ({ page, request }) => {
  const api = await fetchHistory(request, AVA);
  // More than one page's worth, or the export would prove nothing the page export does not.
  expect(api.pages).toBeGreaterThan(1);
  expect(api.count).toBeGreaterThan(50);
  await openPagedView(page);

  const button = page.getByRole('button', { name: `Export CSV (all ${formatCount(api.count)} replies)` });
  await button.focus();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toBe('user-history_1_2026-10-22_2026-11-20_all-replies.csv');

  const { header, rows } = await readExport(file);
  expect(rows).toHaveLength(api.count);
  expect(header.get('User')).toBe('Ava Thompson (#1)');
  expect(header.get('Rows')).toBe(`"One line per reply: every reply of the range, all ${formatCount(api.count)} replies"`);
  expect(header.get('Sorted by')).toBe('"Reply time, oldest first"');
  const inReplyOrder = await fetchEveryRow(request, { ...AVA, sortOrder: 'asc' });
  expect(rows.map((line) => Number(line.split(',')[0]))).toEqual(inReplyOrder.map((r) => r.number));
  await expect(page.getByText(`Saved ${formatCount(api.count)} replies as a CSV file: every reply of the range.`)).toBeAttached();
  await expect(button).toBeFocused();
});

test('Cancel stops fetching every reply, saves nothing and returns to the export button', async ({ page, request }) => {
  const api = await fetchHistory(request, AVA);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(ALL_ROWS_API, async (route) => {
    // Hold the answer, so the export is still fetching when Cancel is pressed.
    await held;
    await route.continue().catch(() => undefined);
  });
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await openPagedView(page);

  const button = page.getByRole('button', { name: `Export CSV (all ${formatCount(api.count)} replies)` });
  const asked = page.waitForRequest(ALL_ROWS_API);
  await button.click();
  await asked;
  const progress = page.getByRole('progressbar', { name: `Fetching ${formatCount(api.count)} replies for the CSV: every reply of the range…` });
  await expect(progress).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `Fetching ${formatCount(api.count)} replies` })).toBeAttached();
  await expect(button).toHaveAttribute('aria-disabled', 'true');
  // The export's controls while it runs (the whole page, idle, is checked in user-history.spec.ts).
  const axe = new AxeBuilder({ page }).include('.history-card-header').include('.history-progress');
  expect((await axe.analyze()).violations).toEqual([]);

  // By keyboard: the Cancel beside the progress is the next stop after the export button.
  const aborted = page.waitForEvent('requestfailed', (r) => r.url().includes('/conversation-history/all.json'));
  await button.focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await aborted;

  await expect(progress).toBeHidden();
  await expect(button).not.toHaveAttribute('aria-disabled');
  await expect(button).toBeFocused();
  await expect(page.getByText('Export cancelled. Nothing was saved.')).toBeAttached();
  release();
  await page.waitForTimeout(1000);
  expect(downloads).toEqual([]);
  await expect(historyTable(page).getByRole('row')).toHaveCount(51);
});
