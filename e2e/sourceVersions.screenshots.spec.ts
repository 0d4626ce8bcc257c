import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { repoRoot } from './targets/target';
import { selectText } from './support/selectText';

// Only the `screenshots` project runs this file (`npm run screenshots`). Two pictures go to docs/screenshots (the
// README shows them); the others, for looking at, to test-results/screenshots.
const docsFolder = join(repoRoot, 'docs', 'screenshots');
const lookFolder = join(repoRoot, 'test-results', 'screenshots');
const inDocs = new Set(['versions-import-1024.png', 'versions-carry-1280.png']);
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(inDocs.has(name) ? docsFolder : lookFolder, name) });

const title = 'Almaty forum agrees on a logistics corridor';
const correctedTitle = 'Almaty forum agrees on a logistics corridor (corrected)';
const original = [
  title,
  'Ministers from both countries met in Almaty on 3 March 2024 and agreed to study a new logistics corridor.',
  'The corridor would carry 2 million tonnes of freight a year by 2030, the transport ministry said.',
];
const corrected = [
  title,
  'Correction: an earlier version of this article gave the wrong date for the ministers’ meeting.',
  'Ministers from both countries met in Almaty on 4 March 2024 and agreed to study a new logistics corridor.',
  original[2]!,
];

test.beforeAll(async () => {
  await mkdir(docsFolder, { recursive: true });
  await mkdir(lookFolder, { recursive: true });
});

async function importText(page: Page, paragraphs: string[], heading: string, replaces?: string, width = 1280) {
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('Control+K');
  await page.keyboard.type('Import an article…');
  await page.keyboard.press('Enter');
  const form = page.getByRole('dialog', { name: 'Import an article' });
  await form.getByLabel('Article text').fill(paragraphs.join('\n\n'));
  await form.getByRole('button', { name: 'Use pasted text' }).click();
  await form.getByLabel('Title').fill(heading);
  await form.getByLabel('Outlet').fill('The Steppe Courier');
  if (replaces) {
    await form.getByLabel('New version of').selectOption({ label: replaces });
    await form.getByLabel('New version of').scrollIntoViewIfNeeded();
    await shot(page, `versions-import-${width}.png`);
  }
  await form.getByRole('button', { name: 'Save source' }).click();
  return page.getByRole('dialog', { name: heading });
}

async function cardFrom(page: Page, words: string, cardTitle: string) {
  await selectText(page, 'dialog[open] .reader-paragraphs', words);
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Make a card' }).click();
  const form = page.getByRole('dialog', { name: 'New card' });
  await form.getByLabel('Title', { exact: true }).fill(cardTitle);
  await form.getByLabel('Text', { exact: true }).fill(`${cardTitle}, in the delegation’s own words.`);
  await form.getByRole('button', { name: 'Save card' }).click();
  const card = page.getByRole('dialog', { name: cardTitle });
  await card.getByRole('button', { name: /Open paragraph \d in the source/ }).click();
}

for (const width of [1280, 1024]) {
  test(`a new version of an article at ${width}px`, { tag: '@screenshots' }, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.getByRole('region', { name: 'Briefing cards' }).getByRole('article').first().waitFor();
    await importText(page, original, title);
    await cardFrom(page, 'carry 2 million tonnes of freight a year by 2030', 'A freight corridor through Almaty');
    await cardFrom(page, 'met in Almaty on 3 March 2024', 'Ministers met in Almaty');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.evaluate<boolean>('document.fonts.ready.then(() => true)');

    const reader = await importText(page, corrected, correctedTitle, title, width);
    await expect(reader.getByText(`New version of “${title}”`)).toBeVisible();
    await shot(page, `versions-reader-new-${width}.png`);
    await reader.getByRole('button', { name: /Carry cards over/ }).click();
    const dialog = page.getByRole('dialog', { name: /Carry cards over to/ });
    await expect(dialog.getByText('will cite ¶4')).toBeVisible();
    await shot(page, `versions-carry-${width}.png`);
    await dialog.getByRole('button', { name: 'Move 1 card' }).click();
    await expect(reader.getByRole('status').filter({ hasText: 'now cites' })).toBeVisible();
    await shot(page, `versions-carried-${width}.png`);
    await reader.getByRole('button', { name: 'Open the earlier version' }).click();
    const old = page.getByRole('dialog', { name: title, exact: true });
    await expect(old.getByText(/A newer version of this article/)).toBeVisible();
    await shot(page, `versions-reader-old-${width}.png`);
  });
}
