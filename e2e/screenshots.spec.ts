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
