import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openSourcesList } from './support/sourcesList';
import { readDatabaseFile, readSeed } from './support/dataFiles';
import { pdfText, squash } from './support/pdfText';
import { selectText } from './support/selectText';

// The card comes from the shipped seed: it quotes paragraph 1, so "¶1" opens the article there.
const seed = readSeed();
const quoted = seed.facts.find((fact) => fact.id === 'trade-volume-projection');
if (!quoted?.quote) throw new Error('The seed has no quoting card "trade-volume-projection"; update this spec.');
const quotedCard = quoted;
const article = seed.sources.find((source) => source.kind === 'article')!;

const pastedTitle = 'Almaty forum agrees on a logistics corridor';
const pastedArticle = [
  pastedTitle,
  '',
  'Ministers from both countries met in Almaty on 3 March 2024 and agreed to study a new logistics corridor.',
  '',
  'The corridor would carry 2 million tonnes of freight a year by 2030, the transport ministry said.',
].join('\n');
const quoteWords = 'carry 2 million tonnes of freight a year by 2030';

async function openCard(page: Page, title: string): Promise<Locator> {
  const cards = page.getByRole('region', { name: 'Briefing cards' });
  await cards
    .getByRole('article', { name: title, exact: true })
    .getByRole('button', { name: title, exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Imports the pasted article through the palette's "Import an article…", confirming the suggested title. */
async function importPasted(page: Page): Promise<Locator> {
  await page.getByRole('region', { name: 'Briefing cards' }).getByRole('article').first().waitFor();
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('Control+K');
  const input = page.getByRole('combobox', { name: 'Type a command, a card or a topic' });
  await expect(input).toBeFocused();
  await page.keyboard.type('Import an article');
  const active = page.getByRole('listbox', { name: 'Commands and cards' }).getByRole('option', { selected: true });
  await expect(active).toContainText('Import an article…');
  await page.keyboard.press('Enter');
  const form = page.getByRole('dialog', { name: 'Import an article' });
  await form.getByLabel('Article text').fill(pastedArticle);
  await form.getByRole('button', { name: 'Use pasted text' }).click();
  await expect(form.getByLabel('Title')).toHaveValue(pastedTitle);
  await expect(form.getByText(/3 paragraphs/)).toBeVisible();
  await form.getByLabel('Outlet').fill('The Steppe Courier');
  await form.getByLabel('Date published').fill('2024-03-03');
  await form.getByRole('button', { name: 'Save source' }).click();
  const reader = page.getByRole('dialog', { name: pastedTitle });
  await expect(reader).toBeVisible();
  return reader;
}

test.describe('sources', () => {
  test('a card’s ¶1 opens the article at paragraph 1 with the card’s quote marked, and lists the cards citing it', async ({
    page,
  }) => {
    const card = await openCard(page, quotedCard.title);
    await card.getByRole('button', { name: 'Open paragraph 1 in the source' }).click();
    const reader = page.getByRole('dialog', { name: article.title });
    await expect(reader).toBeVisible();
    const paragraph = reader.getByRole('listitem', { name: 'Paragraph 1', exact: true });
    await expect(paragraph).toBeFocused();
    await expect(paragraph.locator('mark.reader-quote')).toHaveText(quotedCard.quote!.text);
    await expect(reader.getByRole('status').filter({ hasText: 'is marked in paragraph 1' })).toBeVisible();
    await expect(reader.getByText('Shipped with Summit Briefing')).toBeVisible();
    await expect(reader.getByRole('listitem', { name: /^Paragraph \d+$/ })).toHaveCount(article.paragraphs!.length);

    // From the paragraph, the cards that cite it; one opens the card, and Escape went back before.
    const citing = seed.facts.filter((fact) => fact.paragraphs?.includes(1));
    await expect(paragraph.getByText(`Cited by ${citing.length} cards`)).toBeVisible();
    const other = citing.find((fact) => fact.id !== quotedCard.id)!;
    await paragraph.getByRole('button', { name: other.title, exact: true }).click();
    await expect(page.getByRole('dialog', { name: other.title })).toBeVisible();
  });

  test('imports a pasted article, makes a card from a selection, finds it by search, and a relaunch shows the same', async ({
    page,
    app,
  }) => {
    const reader = await importPasted(page);
    await expect(reader.getByText('The Steppe Courier')).toBeVisible();
    await expect(reader.getByText('Pasted text')).toBeVisible();

    await selectText(page, 'dialog[open] .reader-paragraphs', quoteWords);
    const toolbar = reader.getByRole('toolbar', { name: 'Selected text' });
    await expect(toolbar.getByText('10 words selected')).toBeVisible();
    await toolbar.getByRole('button', { name: 'Make a card' }).click();

    const form = page.getByRole('dialog', { name: 'New card' });
    await expect(form.getByText(`“${quoteWords}”`)).toBeVisible();
    await expect(form.getByText('Reported by The Steppe Courier')).toBeVisible();
    await form.getByLabel('Title', { exact: true }).fill('A freight corridor through Almaty');
    await form.getByLabel('Text', { exact: true }).fill('Both sides will study a logistics corridor for freight.');
    await form.getByRole('button', { name: 'Save card' }).click();
    const card = page.getByRole('dialog', { name: 'A freight corridor through Almaty' });
    await expect(card).toBeVisible();
    await expect(card.getByRole('button', { name: 'Open paragraph 3 in the source' })).toBeVisible();
    await card.getByRole('button', { name: 'Close card' }).click();

    await page.getByRole('searchbox', { name: 'Search briefing' }).fill('freight corridor');
    const cards = page.getByRole('region', { name: 'Briefing cards' });
    await expect(cards.getByRole('article', { name: 'A freight corridor through Almaty' })).toBeVisible();

    // On disk as the window shows it: the card's quote with its selectors into the saved source.
    const disk = await readDatabaseFile(app.dataDir);
    const stored = disk.user.ownFacts.find((fact) => fact.title === 'A freight corridor through Almaty');
    expect(stored?.quoteTarget?.quote.exact).toBe(quoteWords);
    expect(disk.user.sources.map((source) => source.id)).toEqual([stored?.sourceId]);
    const fresh = await app.relaunch();
    const again = await openCard(fresh, 'A freight corridor through Almaty');
    await again.getByRole('button', { name: 'Open paragraph 3 in the source' }).click();
    const reread = fresh.getByRole('dialog', { name: pastedTitle });
    await expect(reread.locator('mark.reader-quote')).toHaveText(quoteWords);
  });

  test('refuses a quote of more than 25 words, saying how many were selected', async ({ page }) => {
    const card = await openCard(page, quotedCard.title);
    await card.getByRole('button', { name: 'Open paragraph 1 in the source' }).click();
    const reader = page.getByRole('dialog', { name: article.title });
    const long = article.paragraphs![1]!.split(' ').slice(0, 30).join(' ');
    await selectText(page, 'dialog[open] .reader-paragraphs', long);
    const toolbar = reader.getByRole('toolbar', { name: 'Selected text' });
    await expect(toolbar.getByRole('alert')).toHaveText(/A quote is at most 25 words; this selection has 30/);
    await expect(toolbar.getByRole('button', { name: 'Make a card' })).toHaveCount(0);
  });

  test('exports a card of an imported source in the PDF pack with its source', async ({ page, app }) => {
    test.setTimeout(90_000);
    await importPasted(page);
    await selectText(page, 'dialog[open] .reader-paragraphs', quoteWords);
    await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Make a card' }).click();
    const form = page.getByRole('dialog', { name: 'New card' });
    await form.getByLabel('Title', { exact: true }).fill('A freight corridor through Almaty');
    await form.getByLabel('Text', { exact: true }).fill('Both sides will study a logistics corridor for freight.');
    await form.getByRole('button', { name: 'Save card' }).click();
    await page
      .getByRole('dialog', { name: 'A freight corridor through Almaty' })
      .getByRole('button', { name: 'Close card' })
      .click();

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await expect(dialog.getByText(/Preview · \d+ pages/)).toBeVisible({ timeout: 15_000 });
    await dialog.getByRole('button', { name: 'Save PDF…' }).click();
    const status = dialog.getByRole('status').filter({ hasText: 'Saved to' });
    await expect(status).toBeVisible({ timeout: 45_000 });
    const file = (/Saved to (.+?)\s*Show in folder/.exec((await status.textContent()) ?? '')?.[1] ?? '').trim();
    expect(file.startsWith(join(app.saveDir))).toBe(true);
    const text = squash(await pdfText(file));
    expect(text).toContain('A freight corridor through Almaty');
    expect(text).toContain(squash(`“${quoteWords}”`));
    expect(text).toContain(pastedTitle);
    expect(text).toContain('The Steppe Courier');
  });

  test('a new collection holds an article imported into it, and the sources list shows it after a relaunch', async ({
    page,
    app,
  }) => {
    const list = await openSourcesList(page);
    await expect(list.getByRole('button', { name: article.title, exact: true })).toBeVisible();
    await list.getByLabel('Name of the new collection').fill('Astana visit 2024');
    await list.getByRole('button', { name: 'Create collection' }).click();
    const collection = list.getByRole('region', { name: 'Astana visit 2024' });
    await expect(collection.getByText('No sources in this collection yet.')).toBeVisible();
    await list.getByRole('button', { name: 'Import an article…' }).click();

    const form = page.getByRole('dialog', { name: 'Import an article' });
    await form.getByLabel('Article text').fill(pastedArticle);
    await form.getByRole('button', { name: 'Use pasted text' }).click();
    await form.getByLabel('Collection').selectOption({ label: 'Astana visit 2024' });
    await form.getByRole('radio', { name: 'One paragraph per line' }).click();
    await expect(form.getByRole('radio', { name: 'One paragraph per line' })).toBeChecked();
    await expect(form.getByText(/3 paragraphs/)).toBeVisible();
    await form.getByRole('button', { name: 'Save source' }).click();
    const reader = page.getByRole('dialog', { name: pastedTitle });
    await expect(reader).toBeVisible();
    // Opened from the sources list, its back button says it goes back there, and it does.
    await reader.getByRole('button', { name: 'Back to the sources' }).click();
    await expect(page.getByRole('dialog', { name: 'Sources' })).toBeVisible();
    await page.keyboard.press('Escape');

    const fresh = await app.relaunch();
    const again = (await openSourcesList(fresh)).getByRole('region', { name: 'Astana visit 2024' });
    await expect(again.getByRole('button', { name: pastedTitle, exact: true })).toBeVisible();
    await expect(again.getByText(/Pasted text · 3 paragraphs · 0 cards/)).toBeVisible();
  });
});
