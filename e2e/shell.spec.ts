import { expect, test } from '@playwright/test';

test('/ redirects to New conversations and keeps the query string', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
  });
  await page.goto('/?range=last-7-days&tz=UTC');
  await expect(page).toHaveURL(/\/new-conversations\?/);
  const url = new URL(page.url());
  expect(url.searchParams.get('range')).toBe('last-7-days');
  expect(url.searchParams.get('tz')).toBe('UTC');
  await expect(page.getByRole('heading', { name: 'New conversations', level: 1 })).toBeVisible();
  expect(warnings).toEqual([]);
});

test('the header says the demo account is live', async ({ page }) => {
  await page.goto('/new-conversations');
  await expect(page.getByText('Demo account', { exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Reports' }).getByRole('link', { name: 'New conversations' })).toHaveAttribute('aria-current', 'page');
});

test('an unknown page shows a not-found view with a way back', async ({ page }) => {
  const response = await page.goto('/definitely-not-a-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to New conversations' }).click();
  await expect(page).toHaveURL(/\/new-conversations/);
});

test('the API answers JSON errors the app can show', async ({ request }) => {
  const res = await request.get('/api/v1/reports/conversations/new.json?start=nope&end=2026-01-01T00:00:00Z');
  expect(res.status()).toBe(400);
  const body = await res.json();
  expect(body.message).toContain('start');
});

for (const path of ['/new-conversations?tz=UTC', '/user-history?tz=UTC&user=1']) {
  test(`on a 360 px phone, ${path.split('?')[0]} does not scroll sideways and every page link shows`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if (path.startsWith('/user-history')) await expect(page.getByRole('table').getByRole('row')).toHaveCount(51);
    const nav = page.getByRole('navigation', { name: 'Reports' });
    for (const name of ['New conversations', 'User history']) await expect(nav.getByRole('link', { name })).toBeInViewport({ ratio: 1 });
    await expect(page.getByText('Demo account', { exact: true })).toBeInViewport({ ratio: 1 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
  });
}

test('the report links carry the filters from one report to the other, and leave the user behind', async ({ page }) => {
  await page.goto('/new-conversations?range=last-90-days&mailboxes=1001&tz=UTC');
  await expect(page.getByLabel('Date range')).toHaveValue('last-90-days');
  const nav = page.getByRole('navigation', { name: 'Reports' });
  await nav.getByRole('link', { name: 'User history' }).click();
  await expect(page).toHaveURL(/\/user-history\?range=last-90-days&mailboxes=1001&tz=UTC$/);
  await expect(page.getByLabel('Date range')).toHaveValue('last-90-days');
  await expect(page.getByRole('button', { name: /Mailboxes/ })).toContainText('Support');

  await page.getByRole('combobox', { name: 'User' }).fill('Ava');
  await page.getByRole('option', { name: /Ava Thompson/ }).click();
  await expect(page).toHaveURL(/user=1/);
  await nav.getByRole('link', { name: 'New conversations' }).click();
  await expect(page).toHaveURL(/\/new-conversations\?range=last-90-days&mailboxes=1001&tz=UTC$/);
});
