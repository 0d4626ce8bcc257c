import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readDatabaseFile, readSeed } from './support/dataFiles';

// The card and its title come from the shipped seed, so editing content keeps these green.
const fact = readSeed().facts.find((candidate) => candidate.id === 'trade-volume-projection');
if (!fact) throw new Error('The seed has no card "trade-volume-projection"; update this spec.');
const title = fact.title;

async function openCard(page: Page): Promise<Locator> {
  const article = page
    .getByRole('region', { name: 'Briefing cards' })
    .getByRole('article', { name: title, exact: true });
  await article.getByRole('button', { name: title, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  return dialog;
}

function notesOf(dialog: Locator): Locator {
  return dialog.getByRole('region', { name: 'Your notes' });
}

async function savedNotes(dataDir: string): Promise<string[]> {
  const saved = await readDatabaseFile(dataDir);
  return saved.user.notes.filter((note) => note.factId === fact?.id).map((note) => note.markdown);
}

/** Writes a note through the editor and waits until the app says it is saved. */
async function writeNote(notes: Locator, text: string): Promise<void> {
  await notes.getByRole('button', { name: 'Add a note' }).click();
  const editor = notes.getByRole('group', { name: 'Note editor' });
  const textbox = editor.getByRole('textbox', { name: 'Note' });
  await expect(textbox).toBeFocused();
  await textbox.fill(text);
  await expect(editor.getByRole('status')).toHaveText('Saved');
  await editor.getByRole('button', { name: 'Done' }).click();
  await expect(editor).toBeHidden();
}

test('a note in Korean and Cyrillic is saved as typed, rendered as Markdown, and survives a relaunch', async ({
  page,
  app,
}) => {
  // Two starts of the app in one test: on a busy machine that alone can take most of the default 30 s.
  test.slow();
  const notes = notesOf(await openCard(page));
  await expect(notes).toContainText('No notes on this card yet');

  await notes.getByRole('button', { name: 'Add a note' }).click();
  const editor = notes.getByRole('group', { name: 'Note editor' });
  const textbox = editor.getByRole('textbox', { name: 'Note' });
  await expect(textbox).toBeFocused();
  await textbox.pressSequentially('Raise the **USD 4 billion** target with ');
  // Typed through an IME in real life; insertText puts the composed text in the same way.
  await page.keyboard.insertText('한국 대표단 and Қазақстан делегациясы.');
  const markdown = 'Raise the **USD 4 billion** target with 한국 대표단 and Қазақстан делегациясы.';
  await expect(textbox).toHaveValue(markdown);
  await expect(editor.getByRole('status')).toHaveText('Saved');
  await editor.getByRole('button', { name: 'Done' }).click();
  await expect(editor).toBeHidden();

  await expect(notes.locator('strong', { hasText: 'USD 4 billion' })).toBeVisible();
  await expect(notes).toContainText('한국 대표단 and Қазақстан делегациясы.');
  await expect(notes.getByRole('button', { name: 'Edit note' })).toBeFocused();
  await expect.poll(() => savedNotes(app.dataDir)).toEqual([markdown]);

  const reopened = await app.relaunch();
  const reopenedNotes = notesOf(await openCard(reopened));
  await expect(reopenedNotes.locator('strong', { hasText: 'USD 4 billion' })).toBeVisible();
  await expect(reopenedNotes).toContainText('한국 대표단 and Қазақстан делегациясы.');
  await expect(reopenedNotes.getByRole('button', { name: 'Edit note' })).toHaveCount(1);
});

test('hostile Markdown renders inert, and a link opens only after the main process has asked', async ({
  page,
  app,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const startUrl = page.url();
  const link = 'https://astanatimes.com/2021/08/kazakhstan-korea/';
  const payloads = [
    '<script>alert(1)</script>',
    '<img src=x onerror="window.__xss=1">',
    '[click](javascript:window.__xss=1)',
    '&lt;b&gt;entities&lt;/b&gt;',
    `Source: [The Astana Times](${link})`,
  ];
  const cardDialog = await openCard(page);
  const notes = notesOf(cardDialog);
  await writeNote(notes, payloads.join('\n\n'));
  await expect.poll(() => savedNotes(app.dataDir)).toEqual([payloads.join('\n\n')]);

  await expect(notes.getByText('<script>alert(1)</script>')).toBeVisible();
  await expect(notes.getByText('<b>entities</b>')).toBeVisible();
  await expect(notes.locator('script, img, iframe, b, [onerror]')).toHaveCount(0);
  await expect(notes.getByRole('link')).toHaveCount(1);

  const inertLink = notes.getByText('[click](javascript:window.__xss=1)');
  await expect(inertLink).toBeVisible();
  await inertLink.click();
  // Strings, because these specs compile without the DOM library.
  expect(await page.evaluate<unknown>('window.__xss')).toBeUndefined();
  expect(await page.evaluate<number>('document.querySelectorAll("script:not([src])").length')).toBe(0);

  // One question, asked by the main process (a native message box), which a page cannot skip.
  const sourceLink = notes.getByRole('link', { name: 'The Astana Times' });
  await app.answerLinks(false);
  await sourceLink.click();
  await expect.poll(async () => (await app.linkRequests()).asked).toEqual([link]);
  expect((await app.linkRequests()).opened).toEqual([]);
  await expect(page.getByRole('dialog')).toHaveCount(1);
  await expect(cardDialog).toBeVisible();
  await expect(sourceLink).toBeFocused();
  await expect(notes.getByRole('alert')).toHaveCount(0);

  await app.answerLinks(true);
  await sourceLink.click();
  await expect.poll(async () => (await app.linkRequests()).opened).toEqual([link]);
  await expect(cardDialog).toBeVisible();

  expect(page.url()).toBe(startUrl);
  expect(await page.evaluate<unknown>('window.__xss')).toBeUndefined();
  expect(dialogs).toEqual([]);
  if (app.target === 'browser') expect(page.context().pages()).toHaveLength(1);
});
