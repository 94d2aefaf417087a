/**
 * The wall on the demo account, with the browser clock under the test's control. The demo data
 * is frozen at DEMO_NOW on the server, so the browser clock starts there (or, for the midnight
 * test, just before midnight in the URL's zone).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Request } from '@playwright/test';
import { appReady } from './fixtures/app-ready.ts';
import { DEMO_NOW, boxOf, outside, overlaps, ownServer, parentPage, scrollAndClipping, type OwnServer, type ParentPage } from './fixtures/wall.ts';
import { fetchEveryRow } from './fixtures/user-history.ts';
import { fetchReport, formatCount } from './fixtures/new-conversations.ts';

const REPORT_PATH = '/api/v1/reports/conversations/new.json';
/** The wall's agent panels read every row of a history view in one request (the server assembles it). */
const HISTORY_PATH = '/api/v1/reports/user/conversation-history/all.json';

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const status = (page: Page) => page.locator('.wall-bar').getByRole('status');

function recordRequests(page: Page, path: string): URL[] {
  const seen: URL[] = [];
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (url.pathname === path) seen.push(url);
  });
  return seen;
}

test.describe('panels', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install({ time: DEMO_NOW });
  });

  test('renders New conversations and one panel per user, with the API’s figures', async ({ page, request }) => {
    // Two reports and every row of a month's history before the first look: slow on a busy two-core runner.
    test.setTimeout(60_000);
    const api = await fetchReport(request, {
      start: '2026-10-22T00:00:00Z',
      end: '2026-11-20T23:59:59Z',
      previousStart: '2026-09-22T00:00:00Z',
      previousEnd: '2026-10-21T23:59:59Z',
      tz: 'UTC',
      cutoff: '2026-11-20T15:30:00Z',
      previousCutoff: '2026-10-21T15:30:00Z',
    });
    const rows = await fetchEveryRow(request, { user: 1, start: '2026-10-22T00:00:00Z', end: '2026-11-20T23:59:59Z' });

    await page.goto('/wall?tz=UTC&users=1,2&rotate=60');
    const nc = region(page, 'New conversations');
    await expect(nc).toContainText(formatCount(api.currentTotal));
    // The range holds now: the change compares both up to the same point, the full total is context.
    const diff = api.likeForLike!.current - api.likeForLike!.previous!;
    await expect(nc).toContainText(`${diff > 0 ? '▲ +' : '▼ '}${formatCount(diff)}`);
    await expect(nc).toContainText(`against ${formatCount(api.likeForLike!.previous!)} to Wed, Oct 21, 15:30`);
    await expect(nc).toContainText(`${formatCount(api.previousTotal)} in all of Sep 22 – Oct 21, 2026`);
    await expect(nc.getByRole('img', { name: /^New conversations per day, Oct 22 – Nov 20, 2026 against Sep 22 – Oct 21, 2026$/ })).toBeVisible();
    await expect(nc.locator('path.wall-line')).toHaveCount(3);
    await expect(status(page)).toHaveText('Updated 15:30');
    await expect(page.getByRole('list', { name: 'Panels' }).getByRole('listitem')).toHaveText(['New conversations', 'Ava Thompson', 'Mateo Garcia']);

    // Playwright's installed clock also runs in real time: a 60 s turn cannot pass during the checks
    // above on a busy runner, as a 5 s one did, so each panel is checked while it is up.
    await page.clock.runFor(60_000);
    const ava = region(page, 'Ava Thompson');
    await expect(ava).toBeVisible();
    await expect(nc).toBeHidden();
    const figure = (name: string) => ava.getByRole('group', { name }).locator('.wall-figure-value');
    await expect(figure('Replies')).toHaveText(formatCount(rows.length));
    await expect(figure('Conversations')).toHaveText(formatCount(new Set(rows.map((r) => r.id)).size));
    await expect(figure('Median response time')).toHaveText(/^\d+[dhms]( \d+[hms])?$/);
    await expect(figure('Median resolve time')).toHaveText(/^\d+[dhms]( \d+[hms])?$/);
    await expect(ava).toContainText('Last 30 days · Oct 22 – Nov 20, 2026');
  });

  test('rotates every `rotate` seconds, shows which panel is next, and holds a pinned panel', async ({ page }) => {
    await page.goto('/wall?tz=UTC&users=1,2&rotate=8');
    const current = page.getByRole('list', { name: 'Panels' }).locator('[aria-current="true"]');
    await expect(region(page, 'New conversations')).toBeVisible();
    await expect(current).toHaveText('New conversations');
    await page.clock.runFor(8000);
    await expect(region(page, 'Ava Thompson')).toBeVisible();
    await expect(current).toHaveText('Ava Thompson');
    await page.clock.runFor(8000);
    await expect(region(page, 'Mateo Garcia')).toBeVisible();
    await page.clock.runFor(8000);
    await expect(region(page, 'New conversations')).toBeVisible();
    await expect(current).toHaveText('New conversations');

    await page.goto('/wall?tz=UTC&users=1,2&rotate=8&panel=user-2');
    await expect(region(page, 'Mateo Garcia')).toBeVisible();
    await page.clock.runFor(30_000);
    await expect(region(page, 'Mateo Garcia')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Panels' })).toHaveCount(0);
  });

  test('refetches every `refresh` seconds and updates in place', async ({ page }) => {
    const reports = recordRequests(page, REPORT_PATH);
    const histories = recordRequests(page, HISTORY_PATH);
    await page.goto('/wall?range=today&tz=UTC&users=1&refresh=15');
    await expect(status(page)).toHaveText('Updated 15:30');
    const chart = region(page, 'New conversations').locator('.wall-chart svg');
    await chart.evaluate((svg) => ((svg as SVGElement & { marked?: boolean }).marked = true));
    const [r0, h0] = [reports.length, histories.length];
    // The first answers came in the page's HTML: nothing is asked for again until the refresh.
    expect([r0, h0]).toEqual([0, 0]);

    // A tick while the last refresh is still in flight rightly sends nothing: let this one finish first.
    const refreshed = page.waitForEvent('requestfinished', (request) => new URL(request.url()).pathname === REPORT_PATH);
    await page.clock.runFor(15_000);
    await expect.poll(() => reports.length).toBe(r0 + 1);
    await expect.poll(() => histories.length).toBe(h0 + 1);
    await refreshed;
    await expect(status(page)).toHaveText('Updated 15:30');
    await page.clock.runFor(15_000);
    await expect.poll(() => reports.length).toBe(r0 + 2);
    // The same chart element, updated: not a new one per refresh.
    expect(await chart.evaluate((svg) => (svg as SVGElement & { marked?: boolean }).marked)).toBe(true);
    await expect(page.locator('.wall-chart svg')).toHaveCount(1);
  });

  test('clamps refresh to 15 seconds and notes it without breaking', async ({ page }) => {
    await page.goto('/wall?tz=UTC&refresh=2&theme=sepia');
    await expect(page).toHaveURL(/\/wall\?tz=UTC&refresh=15$/);
    await expect(page.locator('.wall-footer')).toContainText('refresh 2 is below the 15-second minimum; using 15');
    await expect(page.locator('.wall-footer')).toContainText('theme “sepia” is not one of: dark, light');
    await expect(region(page, 'New conversations')).toBeVisible();
  });

  test('hides the cursor when idle; the wall link menu appears on mouse move and from the keyboard', async ({ page }) => {
    await page.goto('/wall?tz=UTC');
    await expect(region(page, 'New conversations')).toBeVisible();
    await appReady(page);
    const wall = page.locator('.wall');
    const button = page.getByRole('button', { name: 'Create wall link' });
    const menu = page.locator('.wall-menu');
    await expect(wall).toHaveClass(/wall--idle/);
    await expect(menu).toHaveCSS('opacity', '0');
    await page.mouse.move(400, 300);
    await expect(wall).not.toHaveClass(/wall--idle/);
    await expect(menu).toHaveCSS('opacity', '1');
    await page.clock.runFor(3500);
    await expect(wall).toHaveClass(/wall--idle/);
    await expect(wall).toHaveCSS('cursor', 'none');
    await expect(menu).toHaveCSS('opacity', '0');
    await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await expect(menu).toHaveCSS('opacity', '1');
  });
});

test('a relative range rolls over at midnight in the URL’s zone, not the browser’s', async ({ browser, baseURL }) => {
  // 14:59 UTC is 23:59 in Tokyo and 09:59 in New York.
  const context = await browser.newContext({ baseURL: baseURL!, timezoneId: 'America/New_York' });
  const page = await context.newPage();
  await page.clock.install({ time: new Date('2026-11-20T14:59:00Z') });
  const reports = recordRequests(page, REPORT_PATH);
  await page.goto('/wall?range=today&tz=Asia/Tokyo&refresh=15');
  await expect(region(page, 'New conversations')).toContainText('Today · Nov 20, 2026');
  await expect(status(page)).toHaveText('Updated 23:59');
  expect(reports.at(-1)?.searchParams.get('start')).toBe('2026-11-19T15:00:00Z');
  expect(reports.at(-1)?.searchParams.get('end')).toBe('2026-11-20T14:59:59Z');

  await page.clock.runFor(61_000);
  await expect.poll(() => reports.at(-1)?.searchParams.get('start')).toBe('2026-11-20T15:00:00Z');
  expect(reports.at(-1)?.searchParams.get('end')).toBe('2026-11-21T14:59:59Z');
  expect(reports.at(-1)?.searchParams.get('previousStart')).toBe('2026-11-19T15:00:00Z');
  await expect(region(page, 'New conversations')).toContainText('Today · Nov 21, 2026');
  await expect(status(page)).toHaveText(/^Updated 00:00$/);
  // In New York it is still Nov 20, 10:00: the browser's own day did not change.
  expect(await page.evaluate(() => [new Date().getDate(), new Date().getHours()])).toEqual([20, 10]);
  await context.close();
});

test.describe('outage', () => {
  test.describe.configure({ mode: 'serial' });
  let server: OwnServer;
  test.beforeAll(async () => {
    server = await ownServer();
  });
  test.afterAll(async () => {
    await server.stop();
  });

  test('keeps the last data when the server stops, says it is stale, and recovers with no reload when it is back', async ({ page }) => {
    test.setTimeout(90_000);
    await page.clock.install({ time: DEMO_NOW });
    await page.goto(`${server.url}/wall?range=today&tz=UTC&users=1&refresh=15&panel=new-conversations`);
    const nc = region(page, 'New conversations');
    await expect(status(page)).toHaveText('Updated 15:30');
    const total = (await nc.locator('.wall-big-number').innerText()).trim();
    await page.evaluate(() => ((window as Window & { loadedOnce?: boolean }).loadedOnce = true));

    await server.stop();
    await page.clock.runFor(15_000);
    await expect(status(page)).toContainText('Stale since 15:30');
    await expect(nc.locator('.wall-big-number')).toHaveText(total);

    // Retries back off 1 s, 2 s, 4 s …; after three failures the notice turns into an alarm.
    await page.clock.runFor(3_500);
    await expect(status(page)).toHaveClass(/wall-status--alarm/);
    await expect(status(page)).toContainText(/The Pulseboard server is not answering \([3-9] failed attempts\)/);
    await expect(page.locator('.wall')).toHaveClass(/wall--alarm/);
    await expect(nc.locator('.wall-big-number')).toHaveText(total);
    await page.screenshot({ path: test.info().outputPath('wall-outage.png') });

    await server.start();
    await page.clock.runFor(16_000);
    await expect(status(page)).toHaveText(/^Updated 15:3\d$/, { timeout: 20_000 });
    await expect(page.locator('.wall')).not.toHaveClass(/wall--alarm/);
    await expect(nc.locator('.wall-big-number')).toHaveText(total);
    expect(await page.evaluate(() => (window as Window & { loadedOnce?: boolean }).loadedOnce)).toBe(true);
  });
});

for (const size of [
  { width: 1280, height: 720 },
  { width: 3840, height: 2160 },
]) {
  test(`fits ${size.width}×${size.height} with no scrollbars and no overlap`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.clock.setFixedTime(DEMO_NOW);
    for (const [panel, name] of [
      ['new-conversations', 'New conversations'],
      ['user-1', 'Ava Thompson'],
    ] as const) {
      await page.goto(`/wall?tz=UTC&users=1,2,3&panel=${panel}`);
      const shown = region(page, name);
      await expect(shown).toBeVisible();
      await expect(status(page)).toHaveText('Updated 15:30');
      if (panel === 'new-conversations') await expect(shown.locator('path.wall-line').first()).toBeVisible();
      else await expect(shown.getByRole('group', { name: 'Replies' })).toHaveText(/\d/);

      const layout = await scrollAndClipping(page);
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.innerWidth);
      expect(layout.scrollHeight).toBeLessThanOrEqual(layout.innerHeight);
      expect(layout.clipped).toEqual([]);

      const blocks = [
        await boxOf('bar', page.locator('.wall-bar')),
        await boxOf('heading', shown.locator('.wall-panel-head')),
        await boxOf('body', shown.locator('.wall-panel-body')),
        await boxOf('footer', page.locator('.wall-footer')),
      ];
      const inner =
        panel === 'new-conversations'
          ? [
              await boxOf('total', shown.locator('.wall-big-number')),
              await boxOf('change', shown.locator('.wall-change')),
              await boxOf('comparison', shown.locator('.wall-figure-detail')),
              await boxOf('chart', shown.locator('.wall-comparison-chart')),
            ]
          : await Promise.all(['Replies', 'Conversations', 'Median response time', 'Median resolve time'].map((n) => boxOf(n, shown.getByRole('group', { name: n }))));
      expect(overlaps(blocks)).toEqual([]);
      expect(overlaps(inner)).toEqual([]);
      expect(outside([...blocks, ...inner], size)).toEqual([]);
      await page.screenshot({ path: test.info().outputPath(`wall-${panel}-${size.width}x${size.height}.png`) });
    }
  });
}

test('axe finds no violations, in either theme and with the menu open', async ({ page }) => {
  // Three full axe runs: about 12 s on a quiet machine, more beside a second worker.
  test.setTimeout(90_000);
  await page.clock.setFixedTime(DEMO_NOW);
  for (const theme of ['dark', 'light']) {
    await page.goto(`/wall?tz=UTC&users=1&theme=${theme}`);
    await expect(region(page, 'New conversations').locator('path.wall-line').first()).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  }
  await page.mouse.move(300, 300);
  await page.getByRole('button', { name: 'Create wall link' }).click();
  await expect(page.getByRole('dialog', { name: 'Create wall link' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test.describe('embedding and wall links', () => {
  test.describe.configure({ mode: 'serial' });
  // The intranet page is a real server on loopback too: Chromium refuses a public page framing a local one.
  let parent: ParentPage;
  let server: OwnServer;
  test.beforeAll(async () => {
    parent = await parentPage();
    server = await ownServer({ FRAME_ANCESTORS: parent.origin, WALL_LINK_SECRET: 'e2e-wall-spec-link-secret-0123456789abcdef' });
  });
  test.afterAll(async () => {
    await server.stop();
    await parent.close();
  });

  test('renders inside an iframe when FRAME_ANCESTORS allows the parent', async ({ page }) => {
    await page.clock.setFixedTime(DEMO_NOW);
    const response = await page.request.get(`${server.url}/wall`);
    expect(response.headers()['content-security-policy']).toContain(`frame-ancestors ${parent.origin}`);
    await page.goto(parent.framing(`${server.url}/wall?tz=UTC`));
    const frame = page.frameLocator('iframe[title="Wall"]');
    await expect(frame.getByRole('region', { name: 'New conversations' })).toBeVisible();
    await expect(frame.getByRole('status')).toHaveText('Updated 15:30');
  });

  test('is refused inside an iframe when FRAME_ANCESTORS does not name the parent (the default)', async ({ page, baseURL }) => {
    await page.clock.setFixedTime(DEMO_NOW);
    const response = await page.request.get(`${baseURL}/wall`);
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    const blocked = page.waitForEvent('console', (message) => /frame-ancestors 'none'/.test(message.text()));
    await page.goto(parent.framing(`${baseURL}/wall?tz=UTC`));
    await blocked;
    await expect(page.frameLocator('iframe[title="Wall"]').getByRole('region', { name: 'New conversations' })).toHaveCount(0);
  });

  test('creates a wall link from the corner menu, and the link shows that view', async ({ browser, page }) => {
    await page.clock.setFixedTime(DEMO_NOW);
    await page.goto(`${server.url}/wall?range=last-7-days&tz=UTC&users=2&refresh=30`);
    await expect(region(page, 'New conversations')).toBeVisible();
    await page.mouse.move(200, 200);
    await page.getByRole('button', { name: 'Create wall link' }).click();
    await page.getByLabel('Expires after').selectOption('7');
    await page.getByRole('button', { name: 'Create link' }).click();
    const link = await page.getByRole('textbox', { name: 'Wall link' }).inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/wall\\?token=[\\w-]+\\.[\\w-]+$`));

    const tv = await browser.newContext();
    const screen = await tv.newPage();
    await screen.clock.setFixedTime(DEMO_NOW);
    const tokens: (string | null)[] = [];
    screen.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/v1/')) tokens.push(r.headers()['x-wall-token'] ?? null);
    });
    await screen.goto(`${link}&theme=light`);
    await expect(screen.getByRole('region', { name: 'New conversations' })).toContainText('Last 7 days · Nov 14 – Nov 20, 2026');
    await expect(screen.locator('.wall-bar').getByRole('status')).toHaveText('Updated 15:30');
    await expect(screen.locator('.wall')).toHaveClass(/wall--light/);
    await expect(screen.getByRole('button', { name: 'Create wall link' })).toHaveCount(0);
    expect(tokens.length).toBeGreaterThan(0);
    expect(tokens.every((t) => t === link.split('token=')[1])).toBe(true);

    await screen.goto(`${server.url}/wall?token=not-a-real-token`);
    await expect(screen.getByRole('alert')).toContainText('This wall link cannot be shown');
    await expect(screen.getByRole('alert')).toContainText('This wall link is not valid');
    await tv.close();
  });
});
