import { expect, test } from '@playwright/test';

test('/ redirects to New conversations and keeps the query string', async ({ page }) => {
  await page.goto('/?range=last-7-days&tz=UTC');
  await expect(page).toHaveURL(/\/new-conversations\?/);
  const url = new URL(page.url());
  expect(url.searchParams.get('range')).toBe('last-7-days');
  expect(url.searchParams.get('tz')).toBe('UTC');
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
