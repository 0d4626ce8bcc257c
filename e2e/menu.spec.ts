/**
 * The native menu's commands, end to end. The window publishes its registry's commands; on
 * Electron the spec reads and clicks the real application menu the main process built from them;
 * on the browser target the router in the test process receives the same list, the menu is the
 * same template built from it, and a chosen item reaches the page as the same runCommand event.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test, type AppHandle } from './fixtures';
import { menuModelItems } from './targets/target';

function cards(page: Page) {
  return page.getByRole('region', { name: 'Briefing cards' });
}

async function undoIsReady(page: Page) {
  // A change enters the history once it is on disk; the header's Undo button says when.
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute('aria-disabled', 'false', {
    timeout: 15_000,
  });
}

test.beforeEach(async ({ page }) => {
  await expect(cards(page).getByRole('article').first()).toBeVisible();
});

async function menuItem(app: AppHandle, commandId: string) {
  return menuModelItems(await app.menuModel()).find((item) => item.command === commandId);
}

test('the menu is the registry: labels and keys from it, enabled as the window says, and it follows the window', async ({
  page,
  app,
}) => {
  test.setTimeout(60_000);
  await expect
    .poll(() => menuItem(app, 'export-pdf'), { timeout: 15_000 })
    .toMatchObject({
      label: 'Export PDF briefing pack…',
      accelerator: 'CmdOrCtrl+E',
      enabled: true,
    });
  expect(await menuItem(app, 'close-card')).toMatchObject({ label: 'Close card', enabled: false });
  const top = (await app.menuModel()).map((item) => item.label);
  expect(top).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Go']));

  const title = (
    (await cards(page).getByRole('article').first().getByRole('heading').first().textContent()) ?? ''
  ).trim();
  await cards(page).getByRole('article').first().getByRole('button', { name: title, exact: true }).click();
  await expect(page.getByRole('dialog', { name: title })).toBeVisible();
  await expect.poll(async () => (await menuItem(app, 'close-card'))?.enabled, { timeout: 15_000 }).toBe(true);
  expect((await menuItem(app, 'export-pdf'))?.enabled).toBe(false);

  // Chosen from the menu, Close card closes it, and the menu follows again.
  await app.runMenuCommand('close-card');
  await expect(page.getByRole('dialog', { name: title })).toBeHidden();
  await expect.poll(async () => (await menuItem(app, 'export-pdf'))?.enabled, { timeout: 15_000 }).toBe(true);
});

test('File → New Card opens the form for a card of your own', async ({ page, app }) => {
  await app.runMenuCommand('new-card');
  await expect(page.getByRole('dialog', { name: /new card/i })).toBeVisible({ timeout: 10_000 });
});

test('File → Export… opens the export screen', async ({ page, app }) => {
  await app.runMenuCommand('export-pdf');
  await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible({ timeout: 15_000 });
});

test('File → Export Backup… saves a backup in one step, and Import Backup… reads it back', async ({ page, app }) => {
  test.setTimeout(60_000);
  await app.runMenuCommand('export-backup');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const status = dialog.getByRole('status').filter({ hasText: 'Saved to' });
  await expect(status).toBeVisible({ timeout: 30_000 });
  const backup = (/Saved to (.+?)\s*Show in folder/.exec((await status.textContent()) ?? '')?.[1] ?? '').trim();
  expect(JSON.parse(await readFile(backup, 'utf8'))).toMatchObject({ format: 'summit-briefing-backup' });

  await app.nextOpenPath(backup);
  await app.runMenuCommand('import-backup');
  await expect(page.getByRole('dialog', { name: 'Import backup?' })).toBeVisible({ timeout: 15_000 });
});

test('Edit → Undo and Redo take back the last change, and reach a text field’s own undo when it has the focus', async ({
  page,
  app,
}) => {
  test.setTimeout(60_000);
  const firstCard = cards(page).getByRole('article').first();
  const title = ((await firstCard.getByRole('heading').first().textContent()) ?? '').trim();
  const card = cards(page)
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: title, exact: true }) });
  const star = card.getByRole('button', { name: 'Star card' });
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'true');
  await undoIsReady(page);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.evaluate('document.activeElement?.blur?.()');

  await app.runMenuCommand('undo');
  await expect(star).toHaveAttribute('aria-pressed', 'false', { timeout: 15_000 });
  // Redo, like Undo, waits for the undo to be on disk before there is something to redo.
  await expect(page.getByRole('button', { name: 'Redo', exact: true })).toHaveAttribute('aria-disabled', 'false', {
    timeout: 15_000,
  });
  await app.runMenuCommand('redo');
  await expect(star).toHaveAttribute('aria-pressed', 'true', { timeout: 15_000 });

  const search = page.getByRole('searchbox', { name: 'Search briefing' });
  await search.click();
  // A word of the starred card's own title, so the card stays in view while the search narrows.
  const word = title.split(/\s+/).find((part) => part.length > 3) ?? title;
  await page.keyboard.type(word);
  await expect(search).toHaveValue(word);
  await app.runMenuCommand('undo');
  // The field's own undo took the typing back; the star, in the app's history, stayed.
  await expect(search).not.toHaveValue(word);
  // Chromium may group the typing into several undo steps, so what is left of the word can hide the card.
  await search.fill('');
  await expect(star).toHaveAttribute('aria-pressed', 'true');
});
