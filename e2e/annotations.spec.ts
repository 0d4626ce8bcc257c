import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readDatabaseFile, readSeed } from './support/dataFiles';

// A person's whole round: write a note, find the card by the note's words, take it back with
// undo, bring it back with redo. Card and title come from the shipped seed.
const fact = readSeed().facts.find((candidate) => candidate.id === 'president-moon');
if (!fact) throw new Error('The seed has no card "president-moon"; update this spec.');
const title = fact.title;

function card(page: Page): Locator {
  return page.getByRole('region', { name: 'Briefing cards' }).getByRole('article', { name: title, exact: true });
}

async function noteCount(dataDir: string): Promise<number> {
  return (await readDatabaseFile(dataDir)).user.notes.filter((note) => note.factId === fact?.id).length;
}

test('search finds a card by the words of its note, and undo and redo take the note back and forth', async ({
  page,
  app,
}) => {
  await card(page).getByRole('button', { name: title, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: title });
  const notes = dialog.getByRole('region', { name: 'Your notes' });
  await notes.getByRole('button', { name: 'Add a note' }).click();
  const editor = notes.getByRole('group', { name: 'Note editor' });
  await editor.getByRole('textbox', { name: 'Note' }).fill('Ask about the Kyzylorda refinery timetable');
  await expect(editor.getByRole('status')).toHaveText('Saved');
  await editor.getByRole('button', { name: 'Done' }).click();
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toBeHidden();

  await expect(card(page)).toContainText('1 note');
  await expect(
    page.getByRole('navigation', { name: 'Topics' }).getByRole('button', { name: 'Annotated 1' }),
  ).toBeVisible();

  const search = page.getByRole('searchbox', { name: 'Search briefing' });
  await search.fill('kyzylorda');
  await expect(page.getByRole('region', { name: 'Briefing cards' }).getByRole('article')).toHaveCount(1);
  await expect(card(page)).toContainText('In your notes');
  await expect(card(page).locator('mark').first()).toHaveText(/Kyzylorda/i);
  await search.fill('');

  // Undo belongs to the app only outside text fields: leave the search box first.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(card(page)).not.toContainText('1 note');
  await expect.poll(() => noteCount(app.dataDir)).toBe(0);

  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(card(page)).toContainText('1 note');
  await expect.poll(() => noteCount(app.dataDir)).toBe(1);

  // The Undo button does the same as the keys.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(card(page)).not.toContainText('1 note');
});
