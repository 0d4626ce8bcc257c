import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readSeed } from './support/dataFiles';

/**
 * Study mode end to end on the real router and store: five items answered from the keyboard, an answer taken
 * back, the same due counts after a relaunch, a quiz round, and an item made from a highlight.
 */

async function openStudy(page: Page): Promise<Locator> {
  await page.getByRole('region', { name: 'Briefing cards' }).getByRole('article').first().waitFor();
  await page.keyboard.press('ControlOrMeta+Shift+S');
  const dialog = page.getByRole('dialog', { name: 'Study' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.study-card, .study-done')).toBeVisible();
  return dialog;
}

/** Opens a seed card's detail from the library. */
async function openSeedCard(page: Page, factId: string) {
  const fact = readSeed().facts.find((candidate) => candidate.id === factId);
  if (!fact) throw new Error(`The seed has no card "${factId}"; update this spec.`);
  await page
    .getByRole('region', { name: 'Briefing cards' })
    .getByRole('article', { name: fact.title, exact: true })
    .getByRole('button', { name: fact.title, exact: true })
    .click();
  return { fact, card: page.getByRole('dialog', { name: fact.title }) };
}

/** Writes a note on the open card and makes it a study item with Study this. */
async function studyANote(card: Locator, text: string): Promise<void> {
  await card.getByRole('button', { name: 'Add a note' }).click();
  await card.getByRole('textbox', { name: 'Note' }).fill(text);
  await expect(card.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await card.getByRole('button', { name: 'Done' }).click();
  await card.getByRole('button', { name: 'Study this' }).click();
  await expect(card.getByRole('button', { name: 'In your study items' })).toBeDisabled();
}

const counts = (dialog: Locator) => dialog.getByRole('group', { name: 'Due now' });
const currentItem = (dialog: Locator) => dialog.locator('.study-card').getAttribute('data-item-id');

test('five items studied by keyboard, one answer undone, the same due counts after a relaunch', async ({
  page,
  app,
}) => {
  let dialog = await openStudy(page);
  await expect(counts(dialog)).toContainText('20 new');
  const answered: string[] = [];
  for (let index = 0; index < 5; index += 1) {
    const before = await currentItem(dialog);
    answered.push(before ?? '');
    await page.keyboard.press('Space');
    await expect(dialog.getByRole('group', { name: 'How well did you recall it?' })).toBeVisible();
    await expect(dialog.locator('.study-source-paragraph').first()).toContainText('¶');
    await page.keyboard.press(index === 1 ? '1' : '3');
    await expect(dialog.locator('.study-card')).not.toHaveAttribute('data-item-id', before ?? '');
  }
  // All five are on their same-day learning steps now, due in minutes, not now.
  await expect(counts(dialog)).toContainText('15 new');
  await expect(counts(dialog)).toContainText('5 answers so far');

  const shownBeforeUndo = await currentItem(dialog);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByRole('status').filter({ hasText: 'Answer taken back' })).toBeAttached();
  await expect(dialog.locator('.study-card')).toHaveAttribute('data-item-id', answered[4] ?? '');
  expect(await currentItem(dialog)).not.toBe(shownBeforeUndo);
  await expect(counts(dialog)).toContainText('16 new');
  const countsText = (await counts(dialog).textContent()) ?? '';

  page = await app.relaunch();
  dialog = await openStudy(page);
  await expect(counts(dialog)).toHaveText(countsText);
  await expect(dialog.locator('.study-card')).toHaveAttribute('data-item-id', answered[4] ?? '');
});

test('a quiz round is answered by keyboard and lists what to review with links to the cards', async ({ page }) => {
  const dialog = await openStudy(page);
  await dialog.getByRole('button', { name: 'Quiz' }).click();
  await dialog.getByLabel('Questions').selectOption('5');
  await dialog.getByRole('button', { name: 'Start quiz' }).click();
  for (let index = 0; index < 5; index += 1) {
    await expect(dialog.getByText(`Question ${index + 1} of 5`)).toBeVisible();
    await expect(dialog.getByRole('group', { name: 'Options' }).getByRole('button').first()).toBeFocused();
    await page.keyboard.press('1');
    await expect(dialog.locator('.study-quiz-feedback')).toBeVisible();
    await page.keyboard.press('Enter');
  }
  await expect(dialog.getByRole('heading', { name: /of 5 correct/ })).toBeVisible();
  const review = dialog.locator('.study-review-list li');
  const wrong = await review.count();
  if (wrong > 0) {
    await review.first().getByRole('button', { name: 'Open the card' }).click();
    await expect(page.getByRole('dialog').locator('.detail-body')).toBeVisible();
  } else {
    await expect(dialog.getByText('Nothing to review')).toBeVisible();
  }
});

test('a highlight becomes a study item with Study this, and is studied as a cloze of its sentence', async ({
  page,
}) => {
  const { fact, card } = await openSeedCard(page, 'trade-volume-projection');
  const sentence = fact.body.split(/(?<=\.)\s/)[0] ?? '';
  const phrase = sentence.split(' ').slice(4, 6).join(' ');
  await card.getByRole('button', { name: 'Highlight a phrase…' }).click();
  await card.getByLabel('Phrase to highlight').fill(phrase);
  await card.getByRole('button', { name: 'Highlight', exact: true }).click();
  await card.locator('mark').filter({ hasText: phrase }).first().click();
  await card.getByRole('button', { name: 'Study this' }).click();
  await expect(card.getByRole('button', { name: 'In your study items' })).toBeDisabled();
  await card.locator('.highlight-popover').getByRole('button', { name: 'Done' }).click();
  // A whole note becomes a question (the card's title) and its answer.
  await studyANote(card, 'Ask about the 2025 trade target');
  await page.keyboard.press('Escape');

  // The user's own items come first among the new ones.
  const dialog = await openStudy(page);
  await expect(dialog.locator('.study-kind')).toHaveText(/your highlight/i);
  await expect(dialog.locator('.study-cloze')).not.toContainText(phrase);
  await page.keyboard.press('Space');
  await expect(dialog.locator('.study-filled').first()).toHaveText(phrase);
  await page.keyboard.press('3');
  await expect(dialog.locator('.study-kind')).toHaveText(/your note/i);
  await expect(dialog.locator('.study-question')).toHaveText(fact.title);
});

test('your own items are listed, edited, refused when the edit is empty, deleted and undone, and kept after a relaunch', async ({
  page,
  app,
}) => {
  const { card } = await openSeedCard(page, 'trade-volume-projection');
  await studyANote(card, 'Ask about the 2025 trade target');
  await page.keyboard.press('Escape');

  let dialog = await openStudy(page);
  await dialog.getByRole('button', { name: 'Your items' }).click();
  const item = () => dialog.locator('[data-own-item]');
  await expect(item()).toHaveCount(1);
  await expect(item()).toContainText('Ask about the 2025 trade target');
  await expect(item()).toContainText('From a note');

  await item().getByRole('button', { name: 'Edit' }).click();
  const answer = item().getByRole('textbox', { name: 'Answer' });
  await expect(item().getByRole('textbox', { name: 'Question' })).toBeFocused();
  await answer.fill('');
  await item().getByRole('button', { name: 'Save item' }).click();
  await expect(item().getByRole('alert')).toContainText(/answer/i);
  await answer.fill('USD 15 billion by 2025');
  await item().getByRole('button', { name: 'Save item' }).click();
  await expect(item().getByRole('textbox')).toHaveCount(0);
  await expect(item()).toContainText('USD 15 billion by 2025');

  await item().getByRole('button', { name: 'Delete' }).click();
  await expect(item()).toHaveCount(0);
  await expect(dialog.getByText('You have no study items of your own yet', { exact: false })).toBeVisible();
  await dialog.getByRole('button', { name: 'Undo' }).click();
  await expect(item()).toHaveCount(1);
  await expect(item()).toContainText('USD 15 billion by 2025');

  page = await app.relaunch();
  dialog = await openStudy(page);
  await dialog.getByRole('button', { name: 'Your items' }).click();
  await expect(item()).toContainText('USD 15 billion by 2025');
});
