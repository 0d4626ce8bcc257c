import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readSeed } from './support/dataFiles';
import { repoRoot } from './targets/target';

// Only the `screenshots` project runs this file (`npm run screenshots`); it writes docs/screenshots/*.png,
// and the header at three window widths into the test's output folder, to look at.
const screenshotFolder = join(repoRoot, 'docs', 'screenshots');
const seed = readSeed();
const fact = seed.facts.find((candidate) => candidate.id === 'trade-volume-projection') ?? seed.facts[0]!;

test.beforeAll(async () => {
  await mkdir(screenshotFolder, { recursive: true });
});

async function settle(page: Page, width = 1360): Promise<void> {
  await page.setViewportSize({ width, height: 880 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await expect(page.getByRole('region', { name: 'Briefing cards' }).getByRole('article').first()).toBeVisible();
  await page.evaluate<boolean>('document.fonts.ready.then(() => true)');
}

test(
  'a full disk: the note kept in the editor, the header saying so',
  { tag: '@screenshots' },
  async ({ page, app }, testInfo) => {
    await settle(page);
    await page
      .getByRole('region', { name: 'Briefing cards' })
      .getByRole('article', { name: fact.title, exact: true })
      .getByRole('button', { name: fact.title, exact: true })
      .click();
    const dialog = page.getByRole('dialog', { name: fact.title });
    await dialog.getByRole('button', { name: 'Add a note' }).click();
    app.disk!.fail({ operation: 'write', code: 'ENOSPC', path: /summit-briefing\.(json|journal)/ });
    await dialog.getByRole('textbox', { name: 'Note' }).fill('Ask about the LNG terminal and who finances it.');
    await expect(dialog.getByRole('alert')).toContainText('The disk is full');
    await dialog.getByRole('region', { name: 'Your notes' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshotFolder, 'disk-full.png') });
    // Closed with the note unsaved: the header keeps saying why.
    await dialog.getByRole('button', { name: 'Close card' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('banner').getByRole('status')).toHaveText(/^Not saved: The disk is full/);
    for (const width of [1024, 1360, 1600]) {
      await page.setViewportSize({ width, height: 880 });
      await page.getByRole('banner').screenshot({ path: testInfo.outputPath(`header-not-saved-${width}.png`) });
    }
  },
);

test('a read-only data folder', { tag: '@screenshots' }, async ({ page, app }, testInfo) => {
  await settle(page);
  app.disk!.makeReadOnly('EROFS');
  const reopened = await app.relaunch();
  await settle(reopened);
  await expect(reopened.getByRole('alert').filter({ hasText: 'This briefing is read-only' })).toBeVisible();
  await reopened.screenshot({ path: join(screenshotFolder, 'read-only.png') });
  for (const width of [1024, 1360, 1600]) {
    await reopened.setViewportSize({ width, height: 880 });
    await reopened.screenshot({ path: testInfo.outputPath(`read-only-${width}.png`) });
  }
});

test('the header while saving and saved, dark', { tag: '@screenshots' }, async ({ page, app }, testInfo) => {
  await settle(page);
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  app.disk!.writeDelayMs = 1500;
  await page
    .getByRole('region', { name: 'Briefing cards' })
    .getByRole('article', { name: fact.title, exact: true })
    .getByRole('button', { name: 'Star card' })
    .click();
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('Saving…');
  await page.getByRole('banner').screenshot({ path: testInfo.outputPath('header-saving-dark.png') });
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  for (const width of [1024, 1360, 1600]) {
    await page.setViewportSize({ width, height: 880 });
    await page.getByRole('banner').screenshot({ path: testInfo.outputPath(`header-saved-dark-${width}.png`) });
  }
});
