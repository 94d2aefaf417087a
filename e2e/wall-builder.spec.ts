/**
 * "Set up a wall screen": a wall built by name from a report page, with no id typed. On the demo
 * server the wall URL opens the panels chosen; on the server with a login and wall links, the
 * signed link opens the same wall in a browser with no session.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { freezeClock } from './fixtures/demo-clock.ts';
import { SECURITY_E2E } from './fixtures/security-e2e.ts';


async function buildWall(page: Page) {
  await page.getByRole('button', { name: 'Set up a wall screen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Set up a wall screen' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Team' }).check();
  await dialog.getByRole('searchbox', { name: 'Find an agent' }).fill('sof');
  await dialog.getByRole('checkbox', { name: 'Sofia Rossi' }).check();
  await dialog.getByRole('searchbox', { name: 'Find an agent' }).fill('');
  await dialog.getByRole('checkbox', { name: 'Ava Thompson' }).check();
  await dialog.getByLabel('Each panel shows for').selectOption('30');
  await dialog.getByLabel('Theme').selectOption('light');
  await dialog.getByLabel('Time zone').selectOption('Europe/Berlin');
  return dialog;
}

test('builds a wall by name from the New conversations page, with a preview, and the URL opens it', async ({ page }) => {
  await freezeClock(page);
  await page.goto('/new-conversations?range=last-7-days&mailboxes=1001&tz=UTC');
  const dialog = await buildWall(page);
  const preview = dialog.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('listitem')).toHaveText(['New conversations', 'Team', /^(Ava Thompson|Sofia Rossi)$/, /^(Ava Thompson|Sofia Rossi)$/]);
  await expect(preview).toContainText('every 30 seconds');
  await expect(preview).toContainText('times in Europe/Berlin');
  expect((await new AxeBuilder({ page }).include('dialog').analyze()).violations.map((v) => v.id)).toEqual([]);

  // No id was typed, yet the URL names the agents by id, with the page's filters.
  const url = new URL(await dialog.getByLabel(/Wall URL/).inputValue());
  expect(url.pathname).toBe('/wall');
  expect(Object.fromEntries(url.searchParams)).toMatchObject({ range: 'last-7-days', mailboxes: '1001', tz: 'Europe/Berlin', panels: 'new-conversations,team', rotate: '30', theme: 'light' });
  expect(url.searchParams.get('users')).toMatch(/^\d+,\d+$/);

  // Wall links are off on the demo server: the builder says so and the URL still works.
  await dialog.getByRole('button', { name: 'Create signed link' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Wall links are turned off on this server');

  await dialog.getByRole('link', { name: 'Open the wall' }).click();
  await expect(page).toHaveURL(/\/wall\?/);
  await expect(page.getByRole('region', { name: 'New conversations' })).toBeVisible();
  for (const title of ['Team', 'Sofia Rossi', 'Ava Thompson']) await expect(page.getByText(title, { exact: true }).first()).toBeAttached();
  // Nothing in the built URL was ignored.
  await expect(page.getByText(/is not|ignored|using/)).toHaveCount(0);
});

test('closes with Escape and gives the focus back to its button', async ({ page }) => {
  await freezeClock(page);
  await page.goto('/team?tz=UTC');
  const opener = page.getByRole('button', { name: 'Set up a wall screen' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Set up a wall screen' });
  await expect(dialog).toBeVisible();
  // Nothing picked: no wall to make, and the preview says why.
  await dialog.getByRole('checkbox', { name: 'New conversations' }).uncheck();
  await expect(dialog.getByRole('alert')).toHaveText('Pick at least one panel: New conversations, Team or an agent.');
  await expect(dialog.getByRole('link', { name: 'Open the wall' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test.describe('with wall links on', () => {
  test.use({ baseURL: SECURITY_E2E.baseURL });

  test('makes a signed link that opens the same wall in a browser with no session', async ({ page, browser }) => {
    await freezeClock(page);
    await page.goto('/user-history?range=last-7-days&tz=UTC');
    await page.getByLabel('Password').fill(SECURITY_E2E.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('heading', { name: 'User conversation history' })).toBeVisible();
    const dialog = await buildWall(page);
    await dialog.getByRole('button', { name: 'Create signed link' }).click();
    const signed = new URL(await dialog.getByLabel(/Signed link/).inputValue());
    expect(signed.pathname).toBe('/wall');
    expect([...signed.searchParams.keys()]).toEqual(['token']);

    const tv = await browser.newContext({ baseURL: SECURITY_E2E.baseURL });
    const screen = await tv.newPage();
    await freezeClock(screen);
    const refused: string[] = [];
    const teamCalls: number[] = [];
    screen.on('response', (r) => {
      if (new URL(r.url()).pathname === '/api/v1/reports/user.json') teamCalls.push(r.status());
      if (new URL(r.url()).pathname.startsWith('/api/v1/') && r.status() >= 400) refused.push(`${r.status()} ${r.url()}`);
    });
    await screen.goto(signed.pathname + signed.search);
    await expect(screen.getByRole('region', { name: 'New conversations' })).toBeVisible();
    // The panels chosen by name, in the wall's order, and the team panel's calls all inside the link's lock.
    await expect(screen.getByRole('list', { name: 'Panels' }).getByRole('listitem')).toHaveText(['New conversations', 'Team', /^(Ava Thompson|Sofia Rossi)$/, /^(Ava Thompson|Sofia Rossi)$/]);
    await expect.poll(() => teamCalls.length).toBeGreaterThanOrEqual(10);
    await screen.waitForLoadState('networkidle');
    expect(teamCalls.every((status) => status === 200 || status === 304)).toBe(true);
    expect(refused).toEqual([]);
    await tv.close();
  });
});

