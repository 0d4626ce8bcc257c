import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readSeed } from './support/dataFiles';
import { repoRoot } from './targets/target';
import { selectText } from './support/selectText';

// Only the `screenshots` project runs this file (`npm run screenshots`); it writes docs/screenshots/sources-*.png.
const screenshotFolder = join(repoRoot, 'docs', 'screenshots');
const seed = readSeed();
const fact = seed.facts.find((candidate) => candidate.id === 'trade-volume-projection')!;
const article = seed.sources.find((source) => source.kind === 'article')!;
/** Words of paragraph 3 to quote, clear of the candidate facts marked around them. */
const quoteWords = 'hinted a strong resolve to build on the already steady bilateral relationship';

test.beforeAll(async () => {
  await mkdir(screenshotFolder, { recursive: true });
});

async function openReader(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page
    .getByRole('region', { name: 'Briefing cards' })
    .getByRole('article', { name: fact.title, exact: true })
    .getByRole('button', { name: fact.title, exact: true })
    .click();
  await page
    .getByRole('dialog', { name: fact.title })
    .getByRole('button', { name: 'Open paragraph 1 in the source' })
    .click();
  await expect(page.getByRole('dialog', { name: article.title }).locator('mark.reader-quote')).toBeVisible();
  await page.evaluate<boolean>('document.fonts.ready.then(() => true)');
}

for (const width of [1024, 1600]) {
  test(`source reader at ${width}px`, { tag: '@screenshots' }, async ({ page }) => {
    await openReader(page, width);
    await page.screenshot({ path: join(screenshotFolder, `sources-reader-${width}.png`) });
  });

  test(`making a card from a selection at ${width}px`, { tag: '@screenshots' }, async ({ page }) => {
    await openReader(page, width);
    const reader = page.getByRole('dialog', { name: article.title });
    await reader.getByLabel('Mark candidate facts').check();
    await selectText(page, 'dialog[open] .reader-paragraphs', quoteWords);
    await expect(reader.getByRole('toolbar', { name: 'Selected text' })).toBeVisible();
    await page.screenshot({ path: join(screenshotFolder, `sources-selection-${width}.png`) });
    await reader.getByRole('button', { name: 'Make a card' }).click();
    const form = page.getByRole('dialog', { name: 'New card' });
    await form.getByLabel('Title', { exact: true }).fill('A resolve to build on steady ties');
    await page.screenshot({ path: join(screenshotFolder, `sources-card-form-${width}.png`) });
  });
}
