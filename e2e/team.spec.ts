/**
 * The Team page against the demo account, in Chromium: one row per agent whose figures are the
 * API's own, the same as each agent's history page for the same view; sortable, exported, shared.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { withoutServerRender } from './fixtures/shell-only.ts';
import { fetchEveryRow, fetchHistory, formatCount, freezeClock, LAST_30_DAYS } from './fixtures/user-history.ts';

/** Last week at DEMO_NOW in UTC: a finished range, and the week before it. */
const LAST_WEEK = { start: '2026-11-09T00:00:00Z', end: '2026-11-15T23:59:59Z' };
const WEEK_BEFORE = { start: '2026-11-02T00:00:00Z', end: '2026-11-08T23:59:59Z' };

test.beforeEach(async ({ page }) => {
  await freezeClock(page);
});

const teamTable = (page: Page) => page.getByRole('table');
const agentRow = (page: Page, name: string) => teamTable(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
/** Every agent's figures on screen: ten rows, no progress. */
async function loaded(page: Page) {
  await expect(teamTable(page).getByRole('rowheader')).toHaveCount(10);
  await expect(page.getByText(/Loading agents’ figures/)).toHaveCount(0);
  await expect(teamTable(page).getByText('Loading…')).toHaveCount(0);
}
const cellTexts = async (page: Page, name: string) => (await agentRow(page, name).getByRole('cell').allInnerTexts()).map((text) => text.split('\n')[0]!.trim());

async function userReport(page: Page, params: Record<string, string | number>) {
  const response = await page.request.get(`/api/v1/reports/user.json?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as { current: { totalReplies: number; totalConversations: number }; previous?: { totalReplies: number } };
}

test('one row per agent with each agent’s replies and conversations as their history counts them, and the change', async ({ page, request }) => {
  await page.goto('/team?tz=UTC&range=last-week&mailboxes=1001');
  await expect(page.getByRole('heading', { name: 'Team', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Team' })).toHaveAttribute('aria-current', 'page');
  // Ten agents on the demo account, all loaded: the progress is gone.
  await loaded(page);

  for (const name of ['Ava Thompson', 'Mateo Garcia']) {
    const href = await agentRow(page, name).getByRole('link').getAttribute('href');
    const user = Number(new URL(href!, page.url()).searchParams.get('user'));
    const view = { user, ...LAST_WEEK, mailboxes: 1001 };
    const rows = await fetchEveryRow(request, view);
    const history = await fetchHistory(request, view);
    const previous = await userReport(page, { user, ...WEEK_BEFORE, mailboxes: 1001 });
    expect(rows.length).toBe(history.count);
    const [replies, repliesChange, conversations] = await cellTexts(page, name);
    expect(replies).toBe(formatCount(history.count));
    expect(conversations).toBe(formatCount(new Set(rows.map((row) => row.id)).size));
    const expected = (history.count - previous.current.totalReplies) / previous.current.totalReplies;
    expect(repliesChange).toBe(new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(expected));
  }
});

test('a row opens that agent’s history for the same view, whose totals match the row', async ({ page }) => {
  await page.goto('/team?tz=UTC&range=last-week&types=email&officeHours=1');
  await loaded(page);
  const [replies, , conversations] = await cellTexts(page, 'Sofia Rossi');
  const href = await agentRow(page, 'Sofia Rossi').getByRole('link').getAttribute('href');
  const sofia = new URL(href!, page.url()).searchParams.get('user');
  expect(sofia).toMatch(/^\d+$/);
  await agentRow(page, 'Sofia Rossi').getByRole('cell').first().click();
  await expect(page).toHaveURL(/\/user-history\?/);
  const url = new URL(page.url());
  expect(Object.fromEntries(url.searchParams)).toEqual({ range: 'last-week', types: 'email', tz: 'UTC', user: sofia, officeHours: '1' });
  await expect(page.getByRole('combobox', { name: 'User' })).toHaveValue('Sofia Rossi');
  const summary = page.getByRole('region', { name: /Summary for the range/ });
  await expect(summary.getByText('Replies', { exact: true }).locator('..')).toContainText(replies!);
  await expect(summary.getByText('Conversations', { exact: true }).locator('..')).toContainText(conversations!);
  await expect(page.getByText(`${replies} replies`, { exact: true })).toBeVisible();
  // Nothing the history page could not use came along.
  await expect(page.getByText(/is not a setting this page knows|does not apply/)).toHaveCount(0);
});

test('sorts by a column both ways, keeps the sort in the URL, and a reload shows the same order', async ({ page }) => {
  await page.goto('/team?tz=UTC&range=last-week');
  await loaded(page);
  const header = page.getByRole('columnheader', { name: /Handle time/ });
  await header.getByRole('button').click();
  await expect(page).toHaveURL(/sortField=handleTime/);
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const seconds = async () => {
    const texts = await teamTable(page).locator('tbody tr td:last-child span[title]').evaluateAll((spans) => spans.map((span) => span.getAttribute('title')!));
    return texts.map((title) => Number(title.replace(/[^\d.]/g, '')));
  };
  const descending = await seconds();
  expect(descending.length).toBeGreaterThan(5);
  expect(descending).toEqual([...descending].sort((a, b) => b - a));
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/sortOrder=asc/);
  await page.reload();
  await expect(page.getByRole('columnheader', { name: /Handle time/ })).toHaveAttribute('aria-sort', 'ascending');
  const ascending = await seconds();
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
});

test('exports one line per agent with the figures on screen', async ({ page }) => {
  await page.goto(`/team?tz=UTC&start=${LAST_30_DAYS.start.slice(0, 10)}&end=${LAST_30_DAYS.end.slice(0, 10)}`);
  await loaded(page);
  const [ava] = await cellTexts(page, 'Ava Thompson');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  const lines = (await readFile((await download.path())!, 'utf8')).trim().split('\r\n');
  const columns = lines.findIndex((line) => line.startsWith('Agent,'));
  expect(lines[0]).toBe('Report,Team');
  const agents = lines.slice(columns + 1);
  expect(agents).toHaveLength(10);
  const avaLine = agents.find((line) => line.startsWith('Ava Thompson,'))!.split(',');
  expect(Number(avaLine[2])).toBe(Number(ava!.replace(/,/g, '')));
});

test('shows its progress while the agents’ figures arrive, and a failed agent gets its own Retry', async ({ page }) => {
  await withoutServerRender(page); // the app's own calls are the ones held and failed
  let failMateo = true;
  const users = (await (await page.request.get('/api/v1/users.json')).json()) as { items: { id: number; firstName: string }[] };
  const mateoId = String(users.items.find((user) => user.firstName === 'Mateo')!.id);
  await page.route('**/api/v1/reports/user.json?*', async (route) => {
    const user = new URL(route.request().url()).searchParams.get('user');
    if (user === mateoId && failMateo) return route.fulfill({ status: 404, contentType: 'application/json', body: JSON.stringify({ status: 404, message: `No user ${mateoId}` }) });
    await new Promise((resolve) => setTimeout(resolve, 150));
    return route.continue();
  });
  await page.goto('/team?tz=UTC&range=last-week');
  await expect(page.getByRole('progressbar', { name: 'Agents’ figures loaded' })).toBeVisible();
  await expect(page.getByText(/Loading agents’ figures: \d+ of 10/)).toBeVisible();
  const mateo = agentRow(page, 'Mateo Garcia');
  await expect(mateo).toContainText(`Couldn’t load this agent’s figures: No user ${mateoId}`);
  await expect(page.getByText(/Loading agents’ figures/)).toHaveCount(0);
  failMateo = false;
  await mateo.getByRole('button', { name: 'Retry' }).click();
  await expect(mateo.getByRole('cell').first()).toHaveText(/^\d[\d,]*$/);
});

test('is keyboard operable and axe-clean, light and dark', async ({ page }) => {
  for (const theme of ['light', 'dark']) {
    await page.goto(`/team?tz=UTC&range=last-week&theme=${theme}`);
    await loaded(page);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  // The first agent's link is reached by Tab and opens their history with Enter.
  const link = teamTable(page).getByRole('rowheader').first().getByRole('link');
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/user-history\?.*user=\d+/);
});
