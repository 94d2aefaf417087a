/**
 * User conversation history against the demo account, in Chromium: the numbers on screen are
 * checked against the API's own answers for the same parameters.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { withoutServerRender } from './fixtures/shell-only.ts';
import { expect, test, type Page } from '@playwright/test';
import {
  ALL_ROWS_API,
  fetchEveryRow,
  fetchHistory,
  formatCount,
  freezeClock,
  historyTable,
  LAST_30_DAYS,
  reportRequests,
  shownNumbers,
} from './fixtures/user-history.ts';

const AVA = { user: 1, ...LAST_30_DAYS };
const SORTABLE = [
  ['number', 'Conversation'],
  ['repliesSent', 'Replies sent'],
  ['responseTime', 'Response time'],
  ['resolveTime', 'Resolve time'],
] as const;

test.beforeEach(async ({ page }) => {
  await freezeClock(page);
});

test('asks for a user first, then lists their replies with the API’s page count and total', async ({ page, request }) => {
  const historyRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/conversation-history.json')) historyRequests.push(r.url());
  });
  await page.goto('/user-history?tz=UTC');
  await expect(page.getByText('Pick a user to see their conversation history')).toBeVisible();
  expect(historyRequests).toEqual([]);

  const picker = page.getByRole('combobox', { name: 'User' });
  await picker.fill('ava');
  await page.getByRole('option', { name: /Ava Thompson/ }).click();
  await expect(page).toHaveURL(/[?&]user=1(&|$)/);
  await expect(picker).toHaveValue('Ava Thompson');

  const api = await fetchHistory(request, AVA);
  await expect(page.getByText(`Page 1 of ${api.pages}`)).toBeVisible();
  await expect(page.getByText(`${formatCount(api.count)} replies`, { exact: true })).toBeVisible();
  expect(await shownNumbers(page)).toEqual(api.results.map((r) => r.number));
});

test('sorts each API field both ways through the API, pages, and a reload shows the same view', async ({ page, request }) => {
  await page.goto('/user-history?tz=UTC&user=1');
  await expect(historyTable(page).getByRole('row')).toHaveCount(51);
  for (const [field, label] of SORTABLE) {
    for (const order of ['desc', 'asc'] as const) {
      const answered = page.waitForResponse((r) => r.url().includes(`sortField=${field}`) && r.url().includes(`sortOrder=${order}`));
      await page.getByRole('button', { name: label, exact: true }).click();
      await answered;
      await expect(page.getByRole('columnheader', { name: label, exact: true })).toHaveAttribute('aria-sort', order === 'asc' ? 'ascending' : 'descending');
      const api = await fetchHistory(request, { ...AVA, sortField: field, sortOrder: order, page: 1 });
      await expect.poll(() => shownNumbers(page)).toEqual(api.results.map((r) => r.number));
    }
  }
  await expect(page.getByRole('columnheader', { name: 'Status' })).not.toHaveAttribute('aria-sort');
  await expect(historyTable(page).getByRole('button', { name: 'Status' })).toHaveCount(0);

  // Last sort: resolve time ascending. Page to 2.
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  const api = await fetchHistory(request, { ...AVA, sortField: 'resolveTime', sortOrder: 'asc', page: 2 });
  await expect(page.getByText(`Page 2 of ${api.pages}`)).toBeVisible();
  await expect.poll(() => shownNumbers(page)).toEqual(api.results.map((r) => r.number));

  const url = page.url();
  await page.reload();
  expect(page.url()).toBe(url);
  await expect(page.getByText(`Page 2 of ${api.pages}`)).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Resolve time' })).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(() => shownNumbers(page)).toEqual(api.results.map((r) => r.number));
  await expect(page.getByRole('combobox', { name: 'User' })).toHaveValue('Ava Thompson');
});

test('collapsed mode shows one row per conversation, and its counts match the API', async ({ page, request }) => {
  const rows = await fetchEveryRow(request, AVA);
  const replies = new Map<number, number>();
  for (const row of rows) replies.set(row.id, (replies.get(row.id) ?? 0) + 1);
  expect(replies.size).toBeLessThan(rows.length);

  await page.goto('/user-history?tz=UTC&user=1&collapse=1');
  await expect(page.getByText(`${formatCount(replies.size)} conversations from ${formatCount(rows.length)} replies`)).toBeVisible();
  await expect(page.getByText(`Page 1 of ${Math.ceil(replies.size / 50)}`)).toBeVisible();
  const summary = page.getByRole('region', { name: /Summary for the range/ });
  await expect(summary.getByText('Conversations', { exact: true }).locator('..')).toContainText(formatCount(replies.size));
  await expect(summary.getByText('Replies', { exact: true }).locator('..')).toContainText(formatCount(rows.length));

  // Sort by the user's replies: the top row's count is the most any conversation got.
  await page.getByRole('button', { name: 'Your replies' }).click();
  await expect(page.getByRole('columnheader', { name: 'Your replies' })).toHaveAttribute('aria-sort', 'descending');
  const top = historyTable(page).getByRole('row').nth(1);
  await expect(top.getByRole('cell').last()).toHaveText(String(Math.max(...replies.values())));
  const topNumber = Number((await top.getByRole('rowheader').innerText()).replace(/\D/g, ''));
  const topId = rows.find((r) => r.number === topNumber)?.id ?? -1;
  expect(replies.get(topId)).toBe(Math.max(...replies.values()));

  const shown = await shownNumbers(page);
  expect(new Set(shown).size).toBe(shown.length);

  // Back to one row per reply: only the page itself is asked for; the summary's rows are cached.
  const asked: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/conversation-history.json')) asked.push(r.url());
  });
  await page.getByRole('checkbox', { name: /Collapse duplicate replies/ }).uncheck();
  await expect(page.getByText(`${formatCount(rows.length)} replies`, { exact: true })).toBeVisible();
  await expect(summary.getByText('Replies', { exact: true }).locator('..')).toContainText(formatCount(rows.length));
  expect(asked).toHaveLength(1);
});

test('conversation numbers link to Help Scout in a new tab', async ({ page, request }) => {
  await page.goto('/user-history?tz=UTC&user=1');
  const api = await fetchHistory(request, AVA);
  const first = api.results[0];
  if (!first) throw new Error('user 1 has no replies in the e2e range');
  const link = historyTable(page).getByRole('rowheader').first().getByRole('link');
  await expect(link).toHaveText(new RegExp(`^#${first.number}`));
  await expect(link).toHaveAttribute('href', `https://secure.helpscout.net/conversation/${first.id}/${first.number}/`);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
});

test('a customer named like markup is shown as text, never run', async ({ page, request }) => {
  const hostile = '<img src=x onerror=alert(1)>';
  const rows = await fetchEveryRow(request, AVA);
  const index = rows.findIndex((r) => r.customers.some((c) => c.name === hostile));
  expect(index).toBeGreaterThanOrEqual(0);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await page.goto(`/user-history?tz=UTC&user=1&page=${Math.floor(index / 50) + 1}`);
  await expect(historyTable(page).getByText(hostile).first()).toBeVisible();
  await expect(historyTable(page).locator('img')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('with office hours, a conversation closed outside them reads 0 s, and every office-hours time says so', async ({ page, request }) => {
  const rows = await fetchEveryRow(request, { ...AVA, officeHours: 1 });
  const index = rows.findIndex((r) => r.status === 'closed' && r.resolveTime === 0);
  // The demo account has conversations opened and closed on a weekend or at night.
  expect(index).toBeGreaterThanOrEqual(0);
  await page.goto(`/user-history?tz=UTC&user=1&officeHours=1&page=${Math.floor(index / 50) + 1}`);
  const row = historyTable(page).getByRole('row').nth((index % 50) + 1);
  await expect(row.getByRole('rowheader')).toContainText(`#${rows[index]?.number} `);
  await expect(row.getByRole('cell').nth(4)).toHaveText('0s');
  for (const name of ['Response time (office hours)', 'First response time (office hours)', 'Resolve time (office hours)']) {
    await expect(historyTable(page).getByRole('columnheader', { name, exact: true })).toBeVisible();
  }
  await expect(historyTable(page).getByRole('columnheader', { name: 'Avg handle time', exact: true })).toBeVisible();
  const summary = page.getByRole('region', { name: /Summary for the range/ });
  await expect(summary.getByText('Avg response time (office hours)')).toBeVisible();
  await expect(summary.getByText('Avg resolution time (office hours)')).toBeVisible();
  await expect(summary.getByText(/demo account’s office-hours schedule/)).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV (this page)' }).click();
  const lines = (await readFile((await (await download).path()) as string, 'utf8')).split('\r\n');
  const columns = lines[lines.indexOf('') + 1] ?? '';
  expect(columns).toContain('Response time in office hours (s),First response time in office hours (s),Resolve time in office hours (s)');
});

test.describe('accessibility', () => {
  const violations = async (page: Page) => (await new AxeBuilder({ page }).analyze()).violations;

  test('paged view with office hours: no axe violations', async ({ page }) => {
    await page.goto('/user-history?tz=UTC&user=1&officeHours=1');
    await expect(historyTable(page).getByRole('row')).toHaveCount(51);
    await expect(page.getByRole('region', { name: /Summary for the range/ })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('collapsed view: no axe violations', async ({ page }) => {
    await page.goto('/user-history?tz=UTC&user=1&collapse=1&sortField=status');
    await expect(page.getByText(/conversations from .* replies/)).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('user picker open, before a user is chosen: no axe violations', async ({ page }) => {
    await page.goto('/user-history?tz=UTC');
    await page.getByRole('combobox', { name: 'User' }).click();
    await expect(page.getByRole('listbox', { name: 'Users' })).toBeVisible();
    await page.keyboard.press('ArrowDown');
    expect(await violations(page)).toEqual([]);
  });
});

test('opening an agent’s history asks for nothing: its page and its summary, the user report’s, come in the HTML', async ({ page, request }) => {
  const asked = reportRequests(page);
  await page.goto('/user-history?tz=UTC&user=1');
  await expect(historyTable(page).getByRole('row')).toHaveCount(51);
  const summary = page.getByRole('region', { name: /Summary for the range/ });
  const api = await request.get(`/api/v1/reports/user.json?${new URLSearchParams({ user: '1', ...LAST_30_DAYS })}`);
  const { current } = (await api.json()) as { current: { totalReplies: number; totalConversations: number; customersHelped: number } };
  await expect(summary.getByText('Replies', { exact: true }).locator('..')).toContainText(formatCount(current.totalReplies));
  await expect(summary.getByText('Conversations', { exact: true }).locator('..')).toContainText(formatCount(current.totalConversations));
  await expect(summary.getByText('Customers helped', { exact: true }).locator('..')).toContainText(formatCount(current.customersHelped));
  expect(current.totalReplies).toBe((await fetchHistory(request, AVA)).count);
  await page.waitForLoadState('networkidle');
  expect({ pages: asked.pages.length, allRows: asked.allRows.length, userReport: asked.userReport.length }).toEqual({ pages: 0, allRows: 0, userReport: 0 });
});

test('rendered in the browser alone, opening an agent’s history asks for one page and one summary', async ({ page }) => {
  await withoutServerRender(page);
  const asked = reportRequests(page);
  await page.goto('/user-history?tz=UTC&user=1');
  await expect(historyTable(page).getByRole('row')).toHaveCount(51);
  await expect(page.getByRole('region', { name: /Summary for the range/ })).toBeVisible();
  expect({ pages: asked.pages.length, allRows: asked.allRows.length, userReport: asked.userReport.length }).toEqual({ pages: 1, allRows: 0, userReport: 1 });
});

test('the Status filter narrows the table through the API and stays in the URL', async ({ page, request }) => {
  await page.goto('/user-history?tz=UTC&user=1');
  await expect(historyTable(page).getByRole('row')).toHaveCount(51);
  await page.getByRole('button', { name: /^Status/ }).click();
  const answered = page.waitForResponse((r) => r.url().includes('/conversation-history.json') && r.url().includes('status=pending'));
  await page.getByRole('option', { name: 'Pending', exact: true }).click();
  await answered;
  await expect(page).toHaveURL(/[?&]status=pending(&|$)/);
  const api = await fetchHistory(request, { ...AVA, status: 'pending' });
  expect(api.results.every((r) => r.status === 'pending')).toBe(true);
  await expect(page.getByText(`${formatCount(api.count)} replies`, { exact: true })).toBeVisible();
  await expect.poll(() => shownNumbers(page)).toEqual(api.results.map((r) => r.number));
  await page.reload();
  await expect(page.getByText(`${formatCount(api.count)} replies`, { exact: true })).toBeVisible();
});

test('leaving the page while every row loads stops the request, and nothing more is asked', async ({ page }) => {
  await withoutServerRender(page); // the app's own request is the one held
  const asked = reportRequests(page);
  let released = false;
  await page.route(ALL_ROWS_API, async (route) => {
    // Hold the answer, so loading is still under way when we leave.
    await new Promise((r) => setTimeout(r, 3000));
    released = true;
    await route.continue().catch(() => undefined);
  });
  await page.goto('/user-history?tz=UTC&user=1&collapse=1');
  await expect(page.getByText('Loading every reply of the range…')).toBeVisible();
  await page.getByRole('link', { name: 'New conversations' }).click();
  await expect(page).toHaveURL(/\/new-conversations/);
  await page.waitForTimeout(3500);
  expect(released).toBe(true);
  // One request for every row, none per page.
  expect(asked.allRows).toHaveLength(1);
  expect(asked.pages).toHaveLength(0);
});

test('exports what is shown, with a header block recording the view', async ({ page }) => {
  await page.goto('/user-history?tz=UTC&user=1&officeHours=1&collapse=1&sortField=yourReplies');
  const total = page.getByText(/^([\d,]+) conversations from ([\d,]+) replies$/);
  await expect(total).toBeVisible();
  const [, conversations] = /^([\d,]+)/.exec(await total.innerText()) ?? [];
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV (all conversations)' }).click();
  const file = await download;
  const text = (await readFile((await file.path()) as string, 'utf8')).split('\r\n');
  const header = new Map(text.slice(0, text.indexOf('')).map((line) => line.split(/,(.*)/s).slice(0, 2) as [string, string]));
  expect(header.get('User')).toBe('Ava Thompson (#1)');
  expect(header.get('Range')).toBe('Last 30 days: 2026-10-22 to 2026-11-20');
  expect(header.get('Time zone')).toBe('UTC');
  expect(header.get('Office hours')).toMatch(/^Yes/);
  expect(header.get('Sorted by')).toBe('"Your replies, descending"');
  const body = text.slice(text.indexOf('') + 1).filter(Boolean);
  expect(body[0]).toMatch(/,Your replies$/);
  expect(body.length - 1).toBe(Number(conversations?.replace(/,/g, '')));
});

for (const collapse of [false, true]) {
  test(`every column fits a 1366 px laptop without sideways scrolling${collapse ? ', collapsed' : ''}`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 800 });
    await page.goto(`/user-history?tz=UTC&user=1${collapse ? '&collapse=1' : ''}`);
    await expect(historyTable(page).getByRole('row')).toHaveCount(51);
    const lastHeader = historyTable(page).getByRole('columnheader').last();
    await expect(lastHeader).toBeInViewport({ ratio: 1 });
    const overflow = await historyTable(page).evaluate((table) => {
      const scroller = table.parentElement as HTMLElement;
      return scroller.scrollWidth - scroller.clientWidth;
    });
    expect(overflow).toBe(0);
  });
}

test('paging by keyboard keeps the focus and starts each page at its first row', async ({ page }) => {
  await page.goto('/user-history?tz=UTC&user=1');
  await expect(historyTable(page).getByRole('row')).toHaveCount(51);
  const scroller = historyTable(page).locator('..');
  await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
  const firstOnPage1 = (await shownNumbers(page))[0];

  const pages = page.getByRole('navigation', { name: 'Pages' });
  await pages.getByRole('button', { name: 'Next' }).focus();
  await page.keyboard.press('Enter');
  await expect(pages.getByText(/^Page 2 of/)).toBeVisible();
  await expect.poll(() => shownNumbers(page).then((n) => n[0])).not.toBe(firstOnPage1);
  expect(await scroller.evaluate((el) => el.scrollTop)).toBe(0);
  await expect(pages.getByRole('button', { name: 'Next' })).toBeFocused();

  // Last makes Last unavailable; the focus stays on it rather than falling to the page's start.
  await pages.getByRole('button', { name: 'Last' }).focus();
  await page.keyboard.press('Enter');
  await expect(pages.getByText(/^Page (\d+) of \1$/)).toBeVisible();
  await expect(pages.getByRole('button', { name: 'Last' })).toBeFocused();
  await expect(pages.getByRole('button', { name: 'Next' })).toBeDisabled();
  await page.keyboard.press('Enter');
  await expect(pages.getByText(/^Page (\d+) of \1$/)).toBeVisible();
  await page.keyboard.press('Shift+Tab');
  await expect(pages.getByRole('button', { name: 'Next' })).toBeFocused();
});

test('Go to the last page keeps the keyboard focus on the table', async ({ page }) => {
  await page.goto('/user-history?tz=UTC&user=1&page=99999');
  const go = page.getByRole('button', { name: /^Go to page \d+$/ });
  await go.focus();
  await page.keyboard.press('Enter');
  await expect(historyTable(page)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Replies' })).toBeFocused();
});
