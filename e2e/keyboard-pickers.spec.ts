/** The multi-select pickers by keyboard alone: the WAI-ARIA listbox pattern. */
import { expect, test } from '@playwright/test';
import { appReady } from './fixtures/app-ready.ts';
import { freezeClock } from './fixtures/new-conversations.ts';

test('a picker opens, moves with arrows, Home/End and type-ahead, toggles with Space, and closes with Escape', async ({ page }) => {
  await freezeClock(page);
  await page.goto('/new-conversations?range=last-7-days&tz=UTC');
  await appReady(page);
  const button = page.getByRole('button', { name: /Mailboxes/ });
  await button.focus();
  await page.keyboard.press('Enter');

  const listbox = page.getByRole('listbox', { name: 'Mailboxes' });
  await expect(listbox).toBeFocused();
  const active = async () => listbox.locator(`[id="${await listbox.getAttribute('aria-activedescendant')}"]`).innerText();
  const options = await listbox.getByRole('option').allInnerTexts();
  expect(options.length).toBeGreaterThan(2);

  await page.keyboard.press('End');
  expect((await active()).trim()).toBe(options.at(-1)!.trim());
  await page.keyboard.press('Home');
  expect((await active()).trim()).toBe(options[0]!.trim());
  await page.keyboard.press('ArrowDown');
  expect((await active()).trim()).toBe(options[1]!.trim());

  // Type-ahead: "s" goes to the first mailbox starting with S after the active one.
  await page.keyboard.press('s');
  const target = (await active()).trim();
  expect(target.toLowerCase().startsWith('s')).toBe(true);
  await page.keyboard.press('Space');
  await expect(listbox.getByRole('option', { name: target })).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/mailboxes=\d+/);

  await page.keyboard.press('Escape');
  await expect(listbox).toHaveCount(0);
  await expect(button).toBeFocused();
  await expect(button).toContainText(target);
});
