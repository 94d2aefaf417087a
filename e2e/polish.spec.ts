/** Smaller things a new user hits: a failed change, the sorted column, and a phone. */
import { expect, test } from '@playwright/test';
import { figure, freezeClock, REPORT_API } from './fixtures/new-conversations.ts';

test.beforeEach(async ({ page }) => {
  await freezeClock(page);
});

test('a failed filter change keeps the last figures, dimmed, with an inline error and a Retry that recovers', async ({ page }) => {
  await page.goto('/new-conversations?range=last-7-days&tz=UTC');
  await expect(figure(page, 'New conversations')).toBeVisible();
  const before = (await figure(page, 'New conversations').textContent())!;

  let fail = true;
  await page.route(REPORT_API, (route) => (fail ? route.fulfill({ status: 500, json: { status: 500, message: 'Internal server error' } }) : route.continue()));
  await page.getByLabel('Date range').selectOption('last-30-days');
  const alert = page.getByRole('alert').filter({ hasText: 'Couldn’t update the report' });
  await expect(alert).toBeVisible();
  await expect(figure(page, 'New conversations')).toHaveText(before);
  await expect(page.getByRole('region', { name: 'Report' })).toHaveClass(/report--updating/);

  fail = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(alert).toHaveCount(0);
  await expect(figure(page, 'New conversations')).not.toHaveText(before);
});

test('the sorted column is marked by aria-sort and a visual state on its own header', async ({ page }) => {
  await page.goto('/user-history?user=1&range=last-7-days&tz=UTC&sortField=responseTime');
  const header = page.getByRole('columnheader', { name: /Response time/ });
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const shadow = await header.evaluate((el) => getComputedStyle(el).boxShadow);
  expect(shadow).not.toBe('none');
  const other = page.getByRole('columnheader', { name: /Resolve time/ });
  expect(await other.evaluate((el) => getComputedStyle(el).boxShadow)).toBe('none');
  // The icon is inside its column's header, not over the border with the next one.
  const box = (await header.boundingBox())!;
  const icon = (await header.locator('.sort-icon').boundingBox())!;
  expect(icon.x).toBeGreaterThanOrEqual(box.x);
  expect(icon.x + icon.width).toBeLessThanOrEqual(box.x + box.width);
});

test.describe('on a 390 × 844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the filters fold behind a Filters control that counts the set ones, and a figure shows without scrolling', async ({ page }) => {
    await page.goto('/new-conversations?range=last-7-days&mailboxes=1001&tz=UTC');
    const fold = page.getByRole('button', { name: /^Filters/ });
    await expect(fold).toHaveText('Filters (3 set)');
    await expect(fold).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByLabel('Date range')).toBeHidden();
    await expect(figure(page, 'New conversations')).toBeInViewport();

    await fold.click();
    await expect(page.getByLabel('Date range')).toBeVisible();
  });

  test('the history table keeps its first column in view when it scrolls sideways', async ({ page }) => {
    await page.goto('/user-history?user=1&range=last-7-days&tz=UTC');
    const table = page.getByRole('table').first();
    await expect(table).toBeVisible();
    const firstCell = table.getByRole('rowheader').first();
    const before = (await firstCell.boundingBox())!;
    await table.evaluate((el) => {
      const scroller = el.closest('.table-scroll') ?? el.parentElement!;
      scroller.scrollLeft = 400;
    });
    const after = (await firstCell.boundingBox())!;
    expect(Math.abs(after.x - before.x)).toBeLessThan(2);
  });
});
