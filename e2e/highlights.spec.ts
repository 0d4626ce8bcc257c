import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readDatabaseFile, readSeed } from './support/dataFiles';
import { selectText } from './support/selectText';

// The card and the phrase come from the shipped seed, so editing its wording keeps this spec green.
const fact = readSeed().facts.find((candidate) => candidate.id === 'trade-volume-projection');
if (!fact) throw new Error('The seed has no card "trade-volume-projection"; update this spec.');
const title = fact.title;
/** Four words from the middle of the card's first paragraph: a phrase a reader might mark. */
const phrase = (fact.body.split(/\n{2,}/)[0] ?? '').split(' ').slice(4, 8).join(' ');

async function openCard(page: Page): Promise<Locator> {
  const cards = page.getByRole('region', { name: 'Briefing cards' });
  await cards
    .getByRole('article', { name: title, exact: true })
    .getByRole('button', { name: title, exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  return dialog;
}

/**
 * Selects `text` inside the open dialog's card text as a mouse drag would, and ends the drag with a
 * mouseup. The script is a string because these specs compile without the DOM library.
 */
async function selectInCardText(page: Page, dialog: Locator, text: string): Promise<void> {
  await expect(dialog.locator('.detail-body')).toContainText(text);
  await selectText(page, 'dialog[open] .detail-body', text);
}

test('a phrase highlighted with the mouse is drawn, saved and still there after a relaunch', async ({ page, app }) => {
  expect(phrase.split(' ')).toHaveLength(4);
  const dialog = await openCard(page);
  await selectInCardText(page, dialog, phrase);

  const toolbar = dialog.getByRole('toolbar', { name: 'Highlight selection' });
  await expect(toolbar).toBeVisible();
  for (const colour of ['Yellow', 'Green', 'Blue', 'Pink', 'Violet']) {
    await expect(toolbar.getByRole('button', { name: `Highlight in ${colour}` })).toBeVisible();
  }
  await toolbar.getByRole('button', { name: 'Highlight in Yellow' }).click();

  const mark = dialog.locator('mark[data-highlight-color="yellow"]');
  await expect(mark).toHaveText(phrase);
  await expect(dialog.getByRole('button', { name: `Highlight: ${phrase}` })).toBeVisible();
  await expect(toolbar).toBeHidden();

  const start = fact.body.indexOf(phrase);
  await expect
    .poll(async () => (await readDatabaseFile(app.dataDir)).user.highlights.map((highlight) => highlight.target))
    .toEqual([
      {
        quote: expect.objectContaining({ type: 'TextQuoteSelector', exact: phrase }),
        position: { type: 'TextPositionSelector', start, end: start + phrase.length },
      },
    ]);

  const reopened = await app.relaunch();
  const again = await openCard(reopened);
  await expect(again.locator('mark[data-highlight-color="yellow"]')).toHaveText(phrase);
  await expect(again.getByRole('button', { name: `Highlight: ${phrase}` })).toBeVisible();
});
