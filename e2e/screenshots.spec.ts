import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readSeed } from './support/dataFiles';
import { repoRoot } from './targets/target';

// Only the `screenshots` project runs this file (`npm run screenshots`); it writes docs/screenshots/*.png.
const screenshotFolder = join(repoRoot, 'docs', 'screenshots');
const seed = readSeed();

test.beforeAll(async () => {
  await mkdir(screenshotFolder, { recursive: true });
});

function cardOpener(page: Page, title: string) {
  return page
    .getByRole('region', { name: 'Briefing cards' })
    .getByRole('article', { name: title, exact: true })
    .getByRole('button', { name: title, exact: true });
}

async function settle(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(page.getByRole('region', { name: 'Briefing cards' }).getByRole('article')).toHaveCount(
    seed.facts.length,
  );
  // A string, because these specs compile without the DOM library.
  await page.evaluate<boolean>('document.fonts.ready.then(() => true)');
}

test('library, light', { tag: '@screenshots' }, async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await settle(page);
  await page.screenshot({ path: join(screenshotFolder, 'library-light.png') });
});

test('library, dark', { tag: '@screenshots' }, async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await settle(page);
  await page.screenshot({ path: join(screenshotFolder, 'library-dark.png') });
});

test('card detail', { tag: '@screenshots' }, async ({ page }) => {
  const fact =
    seed.facts.find((candidate) => candidate.caveats.length > 0 && candidate.figures.length > 0) ?? seed.facts[0];
  if (!fact) throw new Error('The seed has no cards.');
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await settle(page);
  await page
    .getByRole('region', { name: 'Briefing cards' })
    .getByRole('article', { name: fact.title, exact: true })
    .getByRole('button', { name: fact.title, exact: true })
    .click();
  await expect(page.getByRole('dialog', { name: fact.title })).toBeVisible();
  await page.screenshot({ path: join(screenshotFolder, 'card-detail.png') });
});

test('card with notes and highlights', { tag: '@screenshots' }, async ({ page }) => {
  const fact = seed.facts.find((candidate) => candidate.id === 'korean-enterprises-in-kazakhstan') ?? seed.facts[0];
  if (!fact) throw new Error('The seed has no cards.');
  const phrase = fact.body.split(/[.,;]/)[0]?.split(' ').slice(0, 5).join(' ') ?? fact.title;
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await settle(page);
  const dialog = page.getByRole('dialog', { name: fact.title });
  await cardOpener(page, fact.title).click();
  await dialog.getByRole('button', { name: 'Highlight a phrase…' }).click();
  await dialog.getByRole('textbox', { name: 'Phrase to highlight' }).fill(phrase);
  await dialog.getByRole('textbox', { name: 'Comment (optional)' }).fill('Ask which of these plan to expand');
  await dialog.getByRole('button', { name: 'Highlight', exact: true }).click();
  await expect(dialog.locator('mark').first()).toBeVisible();
  await dialog.getByRole('button', { name: 'Add a note' }).click();
  await dialog
    .getByRole('textbox', { name: 'Note' })
    .fill(
      '**Raise:** the pipeline of *24 projects* and who finances them.\n\n- Avoid: figures not in the joint statement\n- 한국 측 질문: 투자 일정\n- Қазақстан тарапы: Baiterek',
    );
  await expect(dialog.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  // A tall window so the whole card — highlighted text, tags and notes — fits in one picture.
  await page.setViewportSize({ width: 1100, height: 2100 });
  await page.evaluate<boolean>('document.fonts.ready.then(() => true)');
  await dialog.screenshot({ path: join(screenshotFolder, 'card-annotated.png') });
});

test('export screen', { tag: '@screenshots' }, async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await settle(page);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
  await page.waitForTimeout(1500); // the live preview paginates after its fonts load
  await page.screenshot({ path: join(screenshotFolder, 'export-screen.png') });
});

test('new card form and tag manager, dark', { tag: '@screenshots' }, async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await settle(page);
  await page.getByRole('button', { name: 'New card' }).click();
  await expect(page.getByRole('dialog', { name: 'New card' })).toBeVisible();
  await page.screenshot({ path: join(screenshotFolder, 'new-card-dark.png') });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Manage tags' }).click();
  const manager = page.getByRole('dialog', { name: 'Manage tags' });
  await manager.getByRole('textbox', { name: 'New tag name' }).fill('talking point');
  await manager.getByRole('button', { name: 'Create tag' }).click();
  await expect(manager.getByRole('textbox', { name: 'Name of tag talking point' })).toBeVisible();
  await page.screenshot({ path: join(screenshotFolder, 'tag-manager-dark.png') });
});

test('command palette and keyboard shortcuts', { tag: '@screenshots' }, async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await settle(page);
    await page.keyboard.press('Control+K');
    await page.keyboard.type('go to');
    await expect(page.getByRole('listbox', { name: 'Commands and cards' }).getByRole('option').first()).toBeVisible();
    await page.screenshot({ path: join(screenshotFolder, `command-palette-${colorScheme}.png`) });
    await page.keyboard.press('Escape');
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await page.screenshot({ path: join(screenshotFolder, `shortcuts-${colorScheme}.png`) });
    await page.keyboard.press('Escape');
  }
});
