import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readDatabaseFile } from './support/dataFiles';
import { selectText } from './support/selectText';

const title = 'Almaty forum agrees on a logistics corridor';
const correctedTitle = 'Almaty forum agrees on a logistics corridor (corrected)';
const paragraphs = [
  title,
  'Ministers from both countries met in Almaty on 3 March 2024 and agreed to study a new logistics corridor.',
  'The corridor would carry 2 million tonnes of freight a year by 2030, the transport ministry said.',
];
/** One paragraph inserted above the quote: it is ¶4 in the new version, ¶3 in the old. */
const corrected = [
  paragraphs[0]!,
  'Correction: an earlier version of this article gave the wrong date for the ministers’ meeting.',
  ...paragraphs.slice(1),
];
const quoteWords = 'carry 2 million tonnes of freight a year by 2030';
const cardTitle = 'A freight corridor through Almaty';
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page, screen: string): Promise<void> {
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
  const { violations } = await new AxeBuilder({ page }).withTags(wcag).analyze();
  expect(
    violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
    `${screen}: axe violations`,
  ).toEqual([]);
}

async function palette(page: Page, command: string): Promise<void> {
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('Control+K');
  await expect(page.getByRole('combobox', { name: 'Type a command, a card or a topic' })).toBeFocused();
  await page.keyboard.type(command);
  const active = page.getByRole('listbox', { name: 'Commands and cards' }).getByRole('option', { selected: true });
  await expect(active).toContainText(command);
  await page.keyboard.press('Enter');
}

/** Pastes `text` in the import form and confirms it, as a new version of `replaces` when given. */
async function importPasted(page: Page, text: string[], heading: string, replaces?: string): Promise<Locator> {
  await palette(page, 'Import an article…');
  const form = page.getByRole('dialog', { name: 'Import an article' });
  await form.getByLabel('Article text').fill(text.join('\n\n'));
  await form.getByRole('button', { name: 'Use pasted text' }).click();
  await form.getByLabel('Title').fill(heading);
  const version = form.getByLabel('New version of');
  await expect(version).toHaveValue('');
  if (replaces) {
    // Keyboard reachable: focused and chosen from the keys like any select.
    await version.focus();
    await version.selectOption({ label: replaces });
  }
  await form.getByRole('button', { name: 'Save source' }).click();
  const reader = page.getByRole('dialog', { name: heading });
  await expect(reader).toBeVisible();
  return reader;
}

async function openCard(page: Page): Promise<Locator> {
  await page
    .getByRole('region', { name: 'Briefing cards' })
    .getByRole('article', { name: cardTitle, exact: true })
    .getByRole('button', { name: cardTitle, exact: true })
    .click();
  const card = page.getByRole('dialog', { name: cardTitle });
  await expect(card).toBeVisible();
  return card;
}

test('a corrected article imported as a new version: the old reader says so, a card carries over to ¶4, and Undo puts it back', async ({
  page,
  app,
}) => {
  test.setTimeout(60_000);
  await page.getByRole('region', { name: 'Briefing cards' }).getByRole('article').first().waitFor();
  const oldReader = await importPasted(page, paragraphs, title);
  await selectText(page, 'dialog[open] .reader-paragraphs', quoteWords);
  await oldReader.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Make a card' }).click();
  const form = page.getByRole('dialog', { name: 'New card' });
  await form.getByLabel('Title', { exact: true }).fill(cardTitle);
  await form.getByLabel('Text', { exact: true }).fill('Both sides will study a logistics corridor for freight.');
  await form.getByRole('button', { name: 'Save card' }).click();
  const card = page.getByRole('dialog', { name: cardTitle });
  await expect(card.getByRole('button', { name: 'Open paragraph 3 in the source' })).toBeVisible();
  await card.getByRole('button', { name: 'Close card' }).click();

  // The corrected text, as a new version of the first.
  const newReader = await importPasted(page, corrected, correctedTitle, title);
  await expect(newReader.getByText(`New version of “${title}”`)).toBeVisible();
  const carry = newReader.getByRole('button', { name: 'Carry cards over from the earlier version (1)' });
  await expect(carry).toBeVisible();

  // The old version names the newer one, and opens it.
  await newReader.getByRole('button', { name: 'Open the earlier version' }).click();
  const old = page.getByRole('dialog', { name: title, exact: true });
  await expect(old.getByText(`A newer version of this article is in the library: “${correctedTitle}”`)).toBeVisible();
  await expectNoViolations(page, 'the reader of the earlier version');
  await old.getByRole('button', { name: 'Open it' }).click();
  const reader = page.getByRole('dialog', { name: correctedTitle });
  await reader.getByRole('button', { name: 'Carry cards over from the earlier version (1)' }).click();

  const dialog = page.getByRole('dialog', { name: `Carry cards over to “${correctedTitle}”` });
  const moves = dialog.getByRole('region', { name: '1 card moves' });
  await expect(moves.getByText(cardTitle)).toBeVisible();
  await expect(moves.getByText('will cite ¶4')).toBeVisible();
  await expectNoViolations(page, 'the carry dialog');
  await dialog.getByRole('button', { name: 'Move 1 card' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(reader.getByRole('status').filter({ hasText: `1 card now cites “${correctedTitle}”.` })).toBeVisible();
  await expect(reader.getByRole('button', { name: /Carry cards over/ })).toHaveCount(0);

  const disk = await readDatabaseFile(app.dataDir);
  const newId = disk.user.sources.find((source) => source.title === correctedTitle)!.id;
  const oldId = disk.user.sources.find((source) => source.title === title)!.id;
  expect(disk.user.ownFacts.find((fact) => fact.title === cardTitle)).toMatchObject({
    sourceId: newId,
    paragraphs: [4],
    quote: { paragraph: 4 },
  });

  // The card's ¶ opens the new version, its quote marked in paragraph 4.
  // Escape goes back to the sources list the import was saved from; Close leaves it.
  await page.keyboard.press('Escape');
  await expect(reader).toHaveCount(0);
  const list = page.getByRole('dialog', { name: 'Sources' });
  await expect(list.getByText(`Pasted text · 4 paragraphs · 1 card · New version of “${title}”`)).toBeVisible();
  await list.getByRole('button', { name: 'Close', exact: true }).click();
  const moved = await openCard(page);
  await moved.getByRole('button', { name: 'Open paragraph 4 in the source' }).click();
  const opened = page.getByRole('dialog', { name: correctedTitle });
  await expect(
    opened.getByRole('listitem', { name: 'Paragraph 4', exact: true }).locator('mark.reader-quote'),
  ).toHaveText(quoteWords);
  await expect(opened.getByRole('status').filter({ hasText: 'is marked in paragraph 4' })).toBeVisible();
  await page.keyboard.press('Escape');
  await moved.getByRole('button', { name: 'Close card' }).click();

  // One Undo puts the card back on the earlier version.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect
    .poll(async () => (await readDatabaseFile(app.dataDir)).user.ownFacts.find((f) => f.title === cardTitle)?.sourceId)
    .toBe(oldId);
  const back = await openCard(page);
  await back.getByRole('button', { name: 'Open paragraph 3 in the source' }).click();
  const earlier = page.getByRole('dialog', { name: title, exact: true });
  await expect(
    earlier.getByRole('listitem', { name: 'Paragraph 3', exact: true }).locator('mark.reader-quote'),
  ).toHaveText(quoteWords);
});
