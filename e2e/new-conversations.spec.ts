import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Request } from '@playwright/test';
import { appReady, reachChart } from './fixtures/app-ready.ts';
import { readFile } from 'node:fs/promises';
import { withoutServerRender } from './fixtures/shell-only.ts';
import { ownServer } from './fixtures/wall.ts';
import {
  chart,
  fetchReport,
  figure,
  formatCount,
  freezeClock,
  parseCsv,
  readTable,
  REPORT_API,
  showTable,
} from './fixtures/new-conversations.ts';

test.beforeEach(async ({ page }) => {
  await freezeClock(page);
});

/** Waits until the report shows numbers (not the loading placeholder). */
async function reportLoaded(page: Page) {
  await expect(figure(page, 'New conversations')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Report' })).toHaveAttribute('aria-busy', 'false');
}

test.describe('a filtered URL', () => {
  const search = 'range=last-7-days&mailboxes=1001,1002&types=chat,email&tz=UTC';

  test('shows the chart and the totals the API reports', async ({ page, request }) => {
    const api = await fetchReport(request, {
      start: '2026-11-14T00:00:00Z',
      end: '2026-11-20T23:59:59Z',
      previousStart: '2026-11-07T00:00:00Z',
      previousEnd: '2026-11-13T23:59:59Z',
      tz: 'UTC',
      mailboxes: '1001,1002',
      types: 'chat,email',
      // last-7-days holds now: the change compares both weeks up to the same point.
      cutoff: '2026-11-20T15:30:00Z',
      previousCutoff: '2026-11-13T15:30:00Z',
    });
    expect(api.current).toHaveLength(7);

    await page.goto(`/new-conversations?${search}`);
    await reportLoaded(page);
    await expect(figure(page, 'New conversations')).toContainText(formatCount(api.currentTotal));
    await expect(figure(page, 'New conversations')).toContainText('Nov 14 – Nov 20, 2026');
    await expect(figure(page, 'Comparison period')).toContainText(`${formatCount(api.previousTotal)} in all of Nov 7 – Nov 13, 2026`);
    await expect(figure(page, 'Comparison period').locator('.figure-value')).toHaveText(formatCount(api.likeForLike!.previous!));
    await expect(figure(page, 'Comparison period')).toContainText('to Fri, Nov 13, 15:30');
    const diff = api.likeForLike!.current - api.likeForLike!.previous!;
    await expect(figure(page, 'Change')).toContainText(`${diff > 0 ? '+' : ''}${formatCount(diff)}`);
    const busiest = Math.max(...api.current.map((b) => b.count));
    await expect(figure(page, 'Busiest day')).toContainText(`${formatCount(busiest)} conversations`);

    // The x axis is labelled in the URL's zone, one tick per day here.
    await reachChart(page);
    await expect(chart(page)).toBeVisible();
    await expect(chart(page).getByText('Nov 14', { exact: true })).toBeVisible();
    await expect(page.getByText('In progress (not final)')).toBeVisible();

    await showTable(page);
    const table = await readTable(page);
    expect(table.map((row) => row[1])).toEqual(api.current.map((b) => formatCount(b.count)));
    expect(table.map((row) => row[3])).toEqual(api.previous!.map((b) => formatCount(b.count)));
    expect(table[6]?.[0]).toContain('Fri, Nov 20, 2026 (in progress)');
    await expect(page.getByRole('listbox')).toHaveCount(0); // pickers stay closed
    await expect(page.getByRole('button', { name: /Mailboxes/ })).toContainText('2 selected');
  });

  test('evaluates relative ranges in the URL time zone', async ({ page }) => {
    // 15:30 UTC on Nov 20 is already 00:30 on Nov 21 in Tokyo.
    await page.goto('/new-conversations?range=today&tz=Asia/Tokyo');
    await reportLoaded(page);
    await expect(figure(page, 'New conversations')).toContainText('Nov 21, 2026');
    await expect(figure(page, 'Comparison period')).toContainText('Nov 20, 2026');
  });
});

test('changing filters pushes URLs that back and forward restore', async ({ page }) => {
  await page.goto('/new-conversations?tz=UTC');
  await reportLoaded(page);
  const total30 = await figure(page, 'New conversations').innerText();

  await page.getByLabel('Date range').selectOption('last-90-days');
  await expect(page).toHaveURL(/\?range=last-90-days&tz=UTC$/);
  await page.getByRole('radio', { name: 'Week' }).check();
  await expect(page).toHaveURL(/\?range=last-90-days&viewBy=week&tz=UTC$/);
  await page.getByRole('button', { name: /Channels/ }).click();
  await page.getByRole('option', { name: 'Phone', exact: true }).click();
  await page.getByRole('option', { name: 'Chat', exact: true }).click();
  await expect(page).toHaveURL(/\?range=last-90-days&viewBy=week&types=chat,phone&tz=UTC$/);
  await page.keyboard.press('Escape');
  await reportLoaded(page);
  await expect(page.getByRole('heading', { name: /per week/ })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\?range=last-90-days&viewBy=week&types=phone&tz=UTC$/);
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(/\?range=last-90-days&tz=UTC$/);
  await expect(page.getByRole('radio', { name: 'Day' })).toBeChecked();
  await page.goBack();
  await expect(page).toHaveURL(/\?tz=UTC$/);
  await expect(page.getByLabel('Date range')).toHaveValue('last-30-days');
  await reportLoaded(page);
  await expect.poll(() => figure(page, 'New conversations').innerText()).toBe(total30);

  await page.goForward();
  await page.goForward();
  await expect(page).toHaveURL(/\?range=last-90-days&viewBy=week&tz=UTC$/);
  await expect(page.getByRole('radio', { name: 'Week' })).toBeChecked();
  await expect(page.getByLabel('Date range')).toHaveValue('last-90-days');
});

test('Back right after a change shows the earlier view, controls and figures alike', async ({ page }) => {
  await page.goto('/new-conversations?range=last-7-days&tz=UTC');
  await reportLoaded(page);
  const total7 = await figure(page, 'New conversations').innerText();
  await page.getByLabel('Date range').selectOption('last-90-days');
  await expect(page).toHaveURL(/\?range=last-90-days&tz=UTC$/);
  await reportLoaded(page);
  await expect.poll(() => figure(page, 'New conversations').innerText()).not.toBe(total7);

  await page.goBack();
  await expect(page).toHaveURL(/\?range=last-7-days&tz=UTC$/);
  await expect(page.getByLabel('Date range')).toHaveValue('last-7-days');
  await expect.poll(() => figure(page, 'New conversations').innerText()).toBe(total7);
});

test('a copied link reproduces the view in a new browser context', async ({ browser, baseURL }) => {
  const newYork = await browser.newContext({ baseURL: baseURL!, timezoneId: 'America/New_York' });
  await newYork.grantPermissions(['clipboard-read', 'clipboard-write']);
  const first = await newYork.newPage();
  await freezeClock(first);
  await first.goto('/new-conversations?range=this-month&compare=previous-year&tags=3001,3002&viewBy=week');
  await reportLoaded(first);
  await first.getByRole('button', { name: 'Copy link' }).click();
  await expect(first.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await first.evaluate(() => navigator.clipboard.readText());
  // The browser zone is pinned, so the link means the same days everywhere.
  expect(new URL(link).searchParams.get('tz')).toBe('America/New_York');
  await showTable(first);
  const expected = await readTable(first);
  const figures = await first.getByRole('region', { name: 'Headline figures' }).innerText();

  const tokyo = await browser.newContext({ timezoneId: 'Asia/Tokyo' });
  const second = await tokyo.newPage();
  await freezeClock(second);
  await second.goto(link);
  await reportLoaded(second);
  await expect.poll(() => second.getByRole('region', { name: 'Headline figures' }).innerText()).toBe(figures);
  await showTable(second);
  expect(await readTable(second)).toEqual(expected);
  await expect(second.getByLabel('Time zone')).toHaveValue('America/New_York');
  await newYork.close();
  await tokyo.close();
});

test('an invalid URL shows a notice, falls back, and rewrites the URL', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/new-conversations?range=last-2-days&viewBy=hour&mailboxes=abc,1001&start=2026-02-30&utm_source=mail&tz=UTC');
  const notice = page.getByRole('status').filter({ hasText: 'ignored' });
  await expect(notice).toBeVisible();
  for (const param of ['range', 'viewBy', 'mailboxes', 'start', 'utm_source']) {
    await expect(notice.getByText(param, { exact: true })).toBeVisible();
  }
  await expect(page).toHaveURL(/\/new-conversations\?mailboxes=1001&tz=UTC$/);
  await reportLoaded(page);
  await expect(page.getByLabel('Date range')).toHaveValue('last-30-days');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  expect(errors).toEqual([]);
});

test.describe('when the API fails', () => {
  // A first load the server could not render: the app's own request is the one that fails.
  test.beforeEach(async ({ page }) => {
    await withoutServerRender(page);
  });
  const cases = [
    {
      name: '500',
      fail: { status: 500, json: { status: 500, message: 'The report store is unavailable' } },
      shows: 'The report store is unavailable',
    },
    {
      name: '429',
      fail: { status: 429, headers: { 'Retry-After': '30' }, json: { status: 429, message: 'Rate limit reached' } },
      shows: 'Try again in 30 s',
    },
    { name: 'network down', fail: 'abort' as const, shows: 'Cannot reach the Pulseboard server' },
  ];

  for (const { name, fail, shows } of cases) {
    test(`${name}: the error state says why and Retry recovers`, async ({ page }) => {
      await page.route(REPORT_API, (route) =>
        fail === 'abort' ? route.abort('internetdisconnected') : route.fulfill(fail),
      );
      await page.goto('/new-conversations?range=last-7-days&tz=UTC');
      const alert = page.getByRole('alert').filter({ hasText: 'Couldn’t load the report' });
      await expect(alert).toBeVisible();
      await expect(alert).toContainText(shows);

      await page.unroute(REPORT_API);
      await alert.getByRole('button', { name: 'Retry' }).focus();
      await page.keyboard.press('Enter');
      await reportLoaded(page);
      await expect(alert).toHaveCount(0);
      await expect(chart(page)).toBeVisible();
      // The button went with the error; the keyboard focus goes to the report, not to the page start.
      await expect(page.getByRole('region', { name: 'Report' })).toBeFocused();
    });
  }
});

test('Dismiss hands the keyboard focus to the filters instead of the page start', async ({ page }) => {
  await page.goto('/new-conversations?range=someday&tz=UTC');
  await appReady(page);
  const dismiss = page.getByRole('button', { name: 'Dismiss' });
  await dismiss.focus();
  await page.keyboard.press('Enter');
  await expect(dismiss).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Filters' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Date range')).toBeFocused();
});

test('the CSV export matches the table', async ({ page }) => {
  await page.goto('/new-conversations?range=last-month&tz=Europe/Berlin&types=email&viewBy=week');
  await reportLoaded(page);
  await showTable(page);
  const table = await readTable(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('new-conversations_2026-10-01_2026-10-31.csv');
  const csv = parseCsv(await readFile((await download.path())!, 'utf8'));

  expect(csv.header.get('Range')).toBe('Last month: 2026-10-01 to 2026-10-31');
  expect(csv.header.get('Comparison')).toBe('Previous period: 2026-09-01 to 2026-09-30');
  expect(csv.header.get('Time zone')).toBe('Europe/Berlin');
  expect(csv.header.get('View by')).toBe('Week');
  expect(csv.header.get('Channels')).toBe('Email');
  expect(csv.header.get('Mailboxes')).toBe('All');
  expect(csv.columns).toEqual(['Bucket start', 'Bucket end', 'New conversations', 'Note', 'Previous bucket start', 'Previous bucket end', 'Previous', 'Previous note']);
  expect(csv.rows).toHaveLength(table.length);
  expect(csv.rows.map((row) => formatCount(Number(row[2])))).toEqual(table.map((row) => row[1]));
  expect(csv.rows.map((row) => row[6] === '' ? '—' : formatCount(Number(row[6])))).toEqual(table.map((row) => row[3]));
  // Monday weeks, cut by the month: Oct 1–4 and Oct 26–31 are partial.
  expect(csv.rows[0]?.slice(0, 2)).toEqual(['2026-10-01T00:00:00+02:00', '2026-10-04T23:59:59+02:00']);
  expect(csv.rows[0]?.[3]).toBe('partial');
  expect(csv.rows[4]?.slice(0, 2)).toEqual(['2026-10-26T00:00:00+01:00', '2026-10-31T23:59:59+01:00']); // after the end of DST
  expect(csv.rows[4]?.[3]).toBe('partial');
});

test('Open wall view carries the filters', async ({ page }) => {
  await page.goto('/new-conversations?range=last-7-days&mailboxes=1001&tz=UTC');
  await page.getByRole('link', { name: 'Open wall view' }).click();
  await expect(page).toHaveURL(/\/wall\?range=last-7-days&mailboxes=1001&tz=UTC$/);
});

test.describe('accessibility', () => {
  test('axe finds no violations in the report, its table and an open picker', async ({ page }) => {
    await page.goto('/new-conversations?range=this-week&tz=UTC&mailboxes=1001');
    await reportLoaded(page);
    await showTable(page);
    await page.getByRole('button', { name: /Tags/ }).click();
    await expect(page.getByRole('option', { name: 'refund', exact: true })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });

  test('axe finds no violations in the notice, custom range and error states', async ({ page }) => {
    await page.route(REPORT_API, (route) => route.fulfill({ status: 429, json: { status: 429, message: 'Slow down' } }));
    await page.goto('/new-conversations?range=nope&start=2026-11-01&end=2026-11-10&previousStart=2026-10-01&previousEnd=2026-10-10');
    await expect(page.getByRole('alert').filter({ hasText: 'Slow down' })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });

  test('the filters work from the keyboard', async ({ page }) => {
    await page.goto('/new-conversations?tz=UTC');
    await reportLoaded(page);
    await page.getByRole('button', { name: /Channels/ }).focus();
    await page.keyboard.press('Enter');
    // The listbox takes the focus on its first option.
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/types=email/);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: /Channels/ })).toBeFocused();
    await expect(page.getByRole('button', { name: /Channels/ })).toHaveAttribute('aria-expanded', 'false');
  });
});

const REPORT_PATH = '/api/v1/reports/conversations/new.json';

test.describe('loading', () => {
  test('the report comes in the page: the browser asks for it not once, and its figures paint before any script', async ({ page, request }) => {
    const reportRequests: Request[] = [];
    page.on('request', (r) => {
      if (r.url().includes(REPORT_PATH)) reportRequests.push(r);
    });
    const api = await fetchReport(request, { start: '2026-11-14T00:00:00Z', end: '2026-11-20T23:59:59Z', previousStart: '2026-11-07T00:00:00Z', previousEnd: '2026-11-13T23:59:59Z', mailboxes: '1001', tz: 'UTC' });
    const response = await page.goto('/new-conversations?range=last-7-days&mailboxes=1001&tz=UTC');
    const html = (await response?.text()) ?? '';
    expect(html).toContain(formatCount(api.currentTotal));
    await reportLoaded(page);
    await reachChart(page);
    await expect(chart(page)).toBeVisible();
    expect(reportRequests).toHaveLength(0);
  });

  test('with server rendering off, the report is requested with the page, before its code runs, and only once', async ({ page }) => {
    const server = await ownServer({ SSR: '0' });
    try {
      const reportRequests: Request[] = [];
      page.on('request', (r) => {
        if (r.url().includes(REPORT_PATH)) reportRequests.push(r);
      });
      await page.goto(`${server.url}/new-conversations?range=last-7-days&mailboxes=1001&tz=UTC`);
      await reportLoaded(page);
      await expect(chart(page)).toBeVisible();
      // One request, and it is the page's <link rel="preload"> (the app's own fetch asks for application/json):
      // the app's fetch was answered by the preloaded response.
      expect(reportRequests).toHaveLength(1);
      expect(reportRequests[0]?.url()).toContain('start=2026-11-14T00%3A00%3A00Z');
      expect((await reportRequests[0]?.allHeaders())?.['accept']).toBe('*/*');
    } finally {
      await server.stop();
    }
  });

  test('each preloaded file is fetched once: the preloads match how the app asks for them', async ({ page }) => {
    const assets = new Map<string, number>();
    const warnings: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/assets/')) assets.set(path, (assets.get(path) ?? 0) + 1);
    });
    page.on('console', (message) => {
      if (/preload/i.test(message.text())) warnings.push(message.text());
    });
    await page.goto('/new-conversations?tz=UTC');
    await reportLoaded(page);
    await reachChart(page);
    await expect(chart(page)).toBeVisible();
    expect([...assets.keys()].some((path) => path.endsWith('.css'))).toBe(true);
    expect([...assets].filter(([, count]) => count > 1)).toEqual([]);
    expect(warnings).toEqual([]);
  });
});

test('January by Monday weeks: a partial Jan 1–4, then weeks from Jan 5; the page, the CSV and the wall agree', async ({ page, request }) => {
  await withoutServerRender(page); // it reads the app's own request
  const api = await fetchReport(request, {
    start: '2026-01-01T00:00:00Z',
    end: '2026-01-31T23:59:59Z',
    previousStart: '2025-12-01T00:00:00Z',
    previousEnd: '2025-12-31T23:59:59Z',
    viewBy: 'week',
    tz: 'UTC',
    align: 'calendar',
    weekStart: 'monday',
  });
  expect(api.current.map((b) => b.start.slice(0, 10))).toEqual(['2026-01-01', '2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26']);

  const url = '/new-conversations?start=2026-01-01&end=2026-01-31&viewBy=week&tz=UTC&weekStart=monday';
  await page.goto(url);
  await reportLoaded(page);
  await showTable(page);
  const table = await readTable(page);
  expect(table.map((row) => row[0])).toEqual([
    'Jan 1 – Jan 4, 2026 (partial)',
    'Jan 5 – Jan 11, 2026',
    'Jan 12 – Jan 18, 2026',
    'Jan 19 – Jan 25, 2026',
    'Jan 26 – Jan 31, 2026 (partial)',
  ]);
  expect(table.map((row) => row[1])).toEqual(api.current.map((b) => formatCount(b.count)));
  expect(table[0]?.[2]).toBe('Dec 1 – Dec 7, 2025'); // December's Monday weeks: Dec 1 is a Monday
  await expect(chart(page).getByText('Jan 1 (partial)')).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = parseCsv(await readFile((await (await downloading).path())!, 'utf8'));
  expect(csv.rows.map((row) => [row[0], row[1], row[2], row[3]])).toEqual(
    api.current.map((b, i) => [b.start, b.end, String(b.count), i === 0 || i === 4 ? 'partial' : '']),
  );

  const sent = page.waitForRequest((r) => r.url().includes('/api/v1/reports/conversations/new.json'));
  await page.goto(url.replace('/new-conversations', '/wall'));
  const query = new URL((await sent).url()).searchParams;
  expect([query.get('align'), query.get('weekStart')]).toEqual(['calendar', 'monday']);
  const wall = page.getByRole('region', { name: 'New conversations', exact: true });
  await expect(wall).toContainText(formatCount(api.currentTotal));
  await expect(wall.getByText('Jan 1 (partial)')).toBeVisible();
});

test('Same weekdays moves the comparison back by whole weeks, in the URL and in the request', async ({ page }) => {
  await page.goto('/new-conversations?range=last-30-days&tz=UTC');
  await reportLoaded(page);
  const sent = page.waitForRequest((r) => r.url().includes(REPORT_PATH) && r.url().includes('previousStart=2026-09-17'));
  await page.getByRole('checkbox', { name: 'Same weekdays' }).check();
  const query = new URL((await sent).url()).searchParams;
  expect([query.get('previousStart'), query.get('previousEnd')]).toEqual(['2026-09-17T00:00:00Z', '2026-10-16T23:59:59Z']);
  await expect(page).toHaveURL(/\/new-conversations\?align=weekday&tz=UTC$/); // last-30-days is the default
  await reportLoaded(page);
  await expect(figure(page, 'Comparison period')).toContainText('Sep 17 – Oct 16, 2026');
});
