/** Every desk page follows the system's colour scheme, `theme=` overrides it, and axe passes in both. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { reachChart } from './fixtures/app-ready.ts';
import { freezeClock } from './fixtures/new-conversations.ts';

/** The page background's relative lightness, 0 (black) to 255 (white). */
async function backgroundLightness(page: Page): Promise<number> {
  const color = await page.evaluate(() => getComputedStyle(document.body.parentElement!).backgroundColor);
  const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const pages = [
  ['New conversations', '/new-conversations?range=last-7-days&tz=UTC&drill=2026-11-16'],
  ['User conversation history', '/user-history?user=1&range=last-7-days&tz=UTC'],
] as const;

test.describe('with a dark system theme', () => {
  test.use({ colorScheme: 'dark' });

  for (const [name, url] of pages) {
    test(`${name} is dark and axe finds nothing`, async ({ page }) => {
      await freezeClock(page);
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
      await expect(page.getByRole('table').first()).toBeVisible();
      expect(await backgroundLightness(page)).toBeLessThan(60);
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    });
  }

  test('theme=light in the URL wins over the system, and stays on the next page', async ({ page }) => {
    await freezeClock(page);
    await page.goto('/new-conversations?range=last-7-days&tz=UTC&theme=light');
    await expect(page.getByRole('heading', { level: 1, name: 'New conversations' })).toBeVisible();
    expect(await backgroundLightness(page)).toBeGreaterThan(200);
    await page.getByRole('link', { name: 'User history' }).click();
    await expect(page).toHaveURL(/theme=light/);
    expect(await backgroundLightness(page)).toBeGreaterThan(200);
  });
});

test('theme=dark on a light system is dark, and axe finds nothing', async ({ page }) => {
  await freezeClock(page);
  await page.goto('/new-conversations?range=last-7-days&tz=UTC&theme=dark');
  await expect(page.getByRole('heading', { level: 1, name: 'New conversations' })).toBeVisible();
  expect(await backgroundLightness(page)).toBeLessThan(60);
  // The server's chart, then the interactive one.
  await expect(page.locator('svg.static-chart')).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await reachChart(page);
  await expect(page.locator('.chart-canvas .recharts-surface')).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
