/**
 * Like-for-like "so far": while a range contains now, the page and the wall compare its elapsed part
 * with the same elapsed part of the comparison (the API's likeForLike counts), and show the
 * comparison's full total as context. Frozen demo clocks: mid-day, mid-week, mid-month in UTC, and
 * on the days Berlin (March) and New York (November) change their clocks, each on its own server.
 */
import { expect, test, type Page } from '@playwright/test';
import { DEMO_NOW } from './fixtures/demo-clock.ts';
import { withoutServerRender } from './fixtures/shell-only.ts';
import { formatCount } from './fixtures/new-conversations.ts';
import { ownServer, type OwnServer } from './fixtures/wall.ts';

const REPORT_PATH = '/api/v1/reports/conversations/new.json';

interface Case {
  preset: 'today' | 'last-7-days' | 'this-month';
  /** Worked out by hand from the compare rule (docs/url-scheme.md, "So far"). */
  cutoff: string;
  previousCutoff: string;
}

const ZONES: { tz: string; now: string; cases: Case[] }[] = [
  {
    tz: 'UTC',
    now: DEMO_NOW.toISOString(), // Friday Nov 20, 2026, 15:30
    cases: [
      { preset: 'today', cutoff: '2026-11-20T15:30:00Z', previousCutoff: '2026-11-19T15:30:00Z' },
      { preset: 'last-7-days', cutoff: '2026-11-20T15:30:00Z', previousCutoff: '2026-11-13T15:30:00Z' },
      { preset: 'this-month', cutoff: '2026-11-20T15:30:00Z', previousCutoff: '2026-10-20T15:30:00Z' },
    ],
  },
  {
    tz: 'Europe/Berlin',
    now: '2026-03-29T10:00:00Z', // 12:00 CEST on the 23-hour day: 11 hours after midnight
    cases: [
      { preset: 'today', cutoff: '2026-03-29T10:00:00Z', previousCutoff: '2026-03-28T10:00:00Z' },
      { preset: 'last-7-days', cutoff: '2026-03-29T10:00:00Z', previousCutoff: '2026-03-22T10:00:00Z' },
      // Month to date: Feb 28 (there is no Feb 29 in 2026) at 12:00 CET.
      { preset: 'this-month', cutoff: '2026-03-29T10:00:00Z', previousCutoff: '2026-02-28T11:00:00Z' },
    ],
  },
  {
    tz: 'America/New_York',
    now: '2026-11-01T17:00:00Z', // 12:00 EST on the 25-hour day: 13 hours after midnight
    cases: [
      { preset: 'today', cutoff: '2026-11-01T17:00:00Z', previousCutoff: '2026-10-31T17:00:00Z' },
      { preset: 'last-7-days', cutoff: '2026-11-01T17:00:00Z', previousCutoff: '2026-10-25T17:00:00Z' },
      // Month to date: Oct 1 at 12:00 EDT.
      { preset: 'this-month', cutoff: '2026-11-01T17:00:00Z', previousCutoff: '2026-10-01T16:00:00Z' },
    ],
  },
];

async function count(base: string, start: string, end: string, tz: string): Promise<number> {
  const response = await fetch(`${base}${REPORT_PATH}?${new URLSearchParams({ start, end, tz })}`);
  const body = (await response.json()) as { current: { count: number }[] };
  return body.current.reduce((n, b) => n + b.count, 0);
}

/** The report request the page sends when it opens `path`. */
/** The page's own report request, as the app makes it when it renders in the browser alone. */
async function openAndCatchReport(page: Page, url: string): Promise<URLSearchParams> {
  await withoutServerRender(page);
  const sent = page.waitForRequest((r) => new URL(r.url()).pathname === REPORT_PATH);
  await page.goto(url);
  return new URL((await sent).url()).searchParams;
}

for (const zone of ZONES) {
  test.describe(`so far in ${zone.tz}`, () => {
    let server: OwnServer | null = null;
    let base = '';
    test.beforeAll(async ({ baseURL }) => {
      if (zone.tz === 'UTC') base = baseURL ?? '';
      else {
        server = await ownServer({ DEMO_NOW: zone.now });
        base = server.url;
      }
    });
    test.afterAll(async () => {
      await server?.stop();
    });

    for (const c of zone.cases) {
      test(`${c.preset}: the page and the wall compare the same elapsed part, with the full total as context`, async ({ page }) => {
        await page.clock.setFixedTime(new Date(zone.now));
        const q = await openAndCatchReport(page, `${base}/new-conversations?range=${c.preset}&tz=${zone.tz}`);
        expect([q.get('cutoff'), q.get('previousCutoff')]).toEqual([c.cutoff, c.previousCutoff]);
        const previousStart = q.get('previousStart')!;
        const soFar = await count(base, previousStart, c.previousCutoff, zone.tz);
        const all = await count(base, previousStart, q.get('previousEnd')!, zone.tz);
        const current = await count(base, q.get('start')!, c.cutoff, zone.tz);
        expect(soFar).toBeLessThan(all);

        const comparison = page.getByRole('group', { name: 'Comparison period', exact: true });
        await expect(comparison.locator('.figure-value')).toHaveText(formatCount(soFar));
        await expect(comparison).toContainText(`${formatCount(all)} in all of`);
        const diff = current - soFar;
        await expect(page.getByRole('group', { name: 'Change', exact: true })).toContainText(`${diff > 0 ? '+' : ''}${formatCount(diff)}`);
        await expect(page.getByRole('group', { name: 'Change', exact: true })).toContainText('same point');

        const w = await openAndCatchReport(page, `${base}/wall?range=${c.preset}&tz=${zone.tz}&panel=new-conversations`);
        expect([w.get('cutoff'), w.get('previousCutoff')]).toEqual([c.cutoff, c.previousCutoff]);
        const wall = page.getByRole('region', { name: 'New conversations', exact: true });
        await expect(wall).toContainText(`against ${formatCount(soFar)} to`);
        await expect(wall).toContainText(`${formatCount(all)} in all of`);
        await expect(wall).toContainText(`${diff > 0 ? '▲ +' : diff < 0 ? '▼ ' : '■ '}${diff === 0 ? 'No change' : formatCount(diff)}`);
      });
    }
  });
}
