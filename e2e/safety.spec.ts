import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readDatabaseFile, readSeed } from './support/dataFiles';

// Titles come from the shipped seed, so editing content keeps these green.
const facts = readSeed().facts;
const first = facts[0]!;
const second = facts[1]!;

function cards(page: Page): Locator {
  return page.getByRole('region', { name: 'Briefing cards' });
}

function starOf(page: Page, title: string): Locator {
  return cards(page).getByRole('article', { name: title, exact: true }).getByRole('button', { name: 'Star card' });
}

function saveStatus(page: Page): Locator {
  return page.getByRole('banner').getByRole('status');
}

async function openCard(page: Page, title: string): Promise<Locator> {
  await cards(page)
    .getByRole('article', { name: title, exact: true })
    .getByRole('button', { name: title, exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Stars as the window shows them, card by card, in seed order. */
async function starsShown(page: Page): Promise<string[]> {
  const shown: string[] = [];
  for (const fact of facts) {
    if ((await starOf(page, fact.title).getAttribute('aria-pressed')) === 'true') shown.push(fact.id);
  }
  return shown;
}

async function starsSaved(dataDir: string): Promise<string[]> {
  const saved = new Set((await readDatabaseFile(dataDir)).user.starred);
  return facts.filter((fact) => saved.has(fact.id)).map((fact) => fact.id);
}

test.describe('quick clicks and undo', () => {
  test('star, Ctrl+Z, star, star, Ctrl+Z, Ctrl+Shift+Z at once: the window equals the file, also after a relaunch', async ({
    page,
    app,
  }) => {
    test.slow();
    // A slow disk makes every answer late, so each key lands while saves are still on their way.
    if (app.disk) app.disk.writeDelayMs = 200;
    await starOf(page, first.title).click();
    await page.keyboard.press('Control+z');
    await starOf(page, first.title).click();
    await starOf(page, second.title).click();
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+Shift+z');
    await expect(saveStatus(page)).toHaveText('Saved', { timeout: 15_000 });

    const shown = await starsShown(page);
    // The second click on the first star acts on what the window shows at that instant: the
    // star is still filled when the undo's answer has not come back yet, and the click then takes
    // it off. Either way the window must hold what the file holds. Undo and redo act on the
    // history in the order the changes were sent, so the second card ends starred.
    expect(shown).toContain(second.id);
    expect(await starsSaved(app.dataDir)).toEqual(shown);
    if (app.disk) app.disk.writeDelayMs = 0;
    const reopened = await app.relaunch();
    await expect(starOf(reopened, second.title)).toHaveAttribute('aria-pressed', 'true');
    expect(await starsShown(reopened)).toEqual(shown);
  });

  test('a tag removed with × and put back with Ctrl+Z at once stays on the card, in the window and the file', async ({
    page,
    app,
  }) => {
    test.slow();
    const dialog = await openCard(page, first.title);
    const tags = dialog.getByRole('group', { name: 'Tags' });
    await tags.getByRole('button', { name: 'Add tag' }).click();
    await tags.getByRole('textbox', { name: 'New tag name' }).fill('talking point');
    await tags.getByRole('textbox', { name: 'New tag name' }).press('Enter');
    const chip = tags.getByRole('button', { name: 'Remove tag talking point' });
    await expect(chip).toBeVisible();
    await expect(saveStatus(page)).toHaveText('Saved');

    if (app.disk) app.disk.writeDelayMs = 200;
    await chip.click();
    await page.keyboard.press('Control+z');
    await expect(saveStatus(page)).toHaveText('Saved', { timeout: 15_000 });
    await expect(chip).toBeVisible();
    const saved = await readDatabaseFile(app.dataDir);
    expect(saved.user.cardTags[first.id]).toEqual([saved.user.tags[0]!.id]);
  });

  test('Ctrl+Z on a focused checkbox undoes, and a tag created from a card is one undo step', async ({ page, app }) => {
    const dialog = await openCard(page, first.title);
    const tags = dialog.getByRole('group', { name: 'Tags' });
    await tags.getByRole('button', { name: 'Add tag' }).click();
    await tags.getByRole('textbox', { name: 'New tag name' }).fill('ask about');
    await tags.getByRole('textbox', { name: 'New tag name' }).press('Enter');
    await expect(tags.getByRole('button', { name: 'Remove tag ask about' })).toBeVisible();
    await expect(saveStatus(page)).toHaveText('Saved');

    // The checkbox of the tag, focused: Ctrl+Z belongs to the app there, not to a text field.
    const checkbox = tags.getByRole('checkbox', { name: 'ask about' });
    await checkbox.focus();
    await expect(checkbox).toBeChecked();
    await page.keyboard.press('Control+z');
    // One step took back the tag and its place on the card together.
    await expect(tags.getByRole('button', { name: 'Remove tag ask about' })).toHaveCount(0);
    await expect(tags.getByRole('checkbox', { name: 'ask about' })).toHaveCount(0);
    await expect(saveStatus(page)).toHaveText('Saved');
    await expect.poll(async () => (await readDatabaseFile(app.dataDir)).user).toMatchObject({ tags: [], cardTags: {} });

    await page.keyboard.press('Control+Shift+z');
    await expect(tags.getByRole('button', { name: 'Remove tag ask about' })).toBeVisible();
    // Inside the name field (the popover is still open), Ctrl+Z is the field's: the tag stays.
    const name = tags.getByRole('textbox', { name: 'New tag name' });
    await name.fill('draft');
    await name.press('Control+z');
    await expect(tags.getByRole('button', { name: 'Remove tag ask about' })).toBeVisible();
    await expect
      .poll(async () => (await readDatabaseFile(app.dataDir)).user.tags.map((tag) => tag.name))
      .toEqual(['ask about']);
  });
});

test('closing the window 100 ms after typing keeps the text', async ({ page, app }) => {
  test.slow();
  const dialog = await openCard(page, second.title);
  const notes = dialog.getByRole('region', { name: 'Your notes' });
  await notes.getByRole('button', { name: 'Add a note' }).click();
  const textbox = notes.getByRole('textbox', { name: 'Note' });
  await textbox.pressSequentially('Last words before the meeting');
  // Well inside the 400 ms pause after which autosave would have sent it.
  await page.waitForTimeout(100);

  const reopened = await app.relaunch();
  const again = await openCard(reopened, second.title);
  await expect(again.getByRole('region', { name: 'Your notes' })).toContainText('Last words before the meeting');
  const saved = await readDatabaseFile(app.dataDir);
  expect(saved.user.notes.map((note) => note.markdown)).toEqual(['Last words before the meeting']);
});

test.describe('when the disk fails @in-process-router', () => {
  test('a full disk: the note stays in the editor, the header says so, and Try again saves it once', async ({
    page,
    app,
  }) => {
    const disk = app.disk!;
    const dialog = await openCard(page, second.title);
    const notes = dialog.getByRole('region', { name: 'Your notes' });
    await notes.getByRole('button', { name: 'Add a note' }).click();
    const editor = notes.getByRole('group', { name: 'Note editor' });
    const heal = disk.fail({ operation: 'write', code: 'ENOSPC', path: /summit-briefing\.(json|journal)/ });
    await editor.getByRole('textbox', { name: 'Note' }).fill('Ask about the LNG terminal');
    await expect(editor.getByRole('alert')).toHaveText(
      'The disk is full: your note is still in the editor and was not saved.',
    );
    await expect(saveStatus(page)).toHaveText('Not saved: The disk is full');
    await expect(editor.getByRole('textbox', { name: 'Note' })).toHaveValue('Ask about the LNG terminal');
    expect((await readDatabaseFile(app.dataDir)).user.notes).toEqual([]);

    heal();
    await editor.getByRole('button', { name: 'Try again' }).click();
    await expect(editor.getByRole('status')).toHaveText('Saved');
    await expect(saveStatus(page)).toHaveText('Saved');
    expect((await readDatabaseFile(app.dataDir)).user.notes.map((note) => note.markdown)).toEqual([
      'Ask about the LNG terminal',
    ]);
  });

  test('a star refused by the disk flips back, and says why', async ({ page, app }) => {
    const heal = app.disk!.fail({ operation: 'sync', code: 'EIO', path: /summit-briefing\.(json|journal)/ });
    await starOf(page, first.title).click();
    await expect(page.getByRole('alert')).toContainText('The disk reported a read or write error (EIO)');
    await expect(starOf(page, first.title)).toHaveAttribute('aria-pressed', 'false');
    await expect(saveStatus(page)).toHaveText('Not saved: The disk reported a read or write error (EIO)');
    heal();
    expect(await starsSaved(app.dataDir)).toEqual([]);
  });

  test('a locked file: "Not saved — retrying", then Saved once it frees', async ({ page, app }) => {
    const disk = app.disk!;
    disk.fail({ operation: 'write', code: 'EBUSY', path: /summit-briefing\.journal/, times: 4 });
    disk.writeDelayMs = 150;
    await starOf(page, first.title).click();
    await expect(saveStatus(page)).toHaveText(/^Not saved — retrying/);
    await expect(saveStatus(page)).toHaveText('Saved', { timeout: 10_000 });
    expect(await starsSaved(app.dataDir)).toEqual([first.id]);
  });

  test('a read-only data folder opens read-only with a banner, and every change is refused with the reason', async ({
    page,
    app,
  }) => {
    await starOf(page, first.title).click();
    await expect(saveStatus(page)).toHaveText('Saved');
    const heal = app.disk!.makeReadOnly('EROFS');
    const reopened = await app.relaunch();
    await expect(reopened.getByRole('alert').filter({ hasText: 'This briefing is read-only' })).toContainText(
      'The disk holding your data is read-only',
    );
    await expect(saveStatus(reopened)).toHaveText(/^Read-only/);
    await expect(starOf(reopened, first.title)).toHaveAttribute('aria-pressed', 'true');
    await starOf(reopened, second.title).click();
    await expect(
      reopened
        .getByRole('alert')
        .filter({ hasText: /^Nothing can be changed: The disk holding your data is read-only/ }),
    ).toBeVisible();
    await expect(starOf(reopened, second.title)).toHaveAttribute('aria-pressed', 'false');
    heal();
    expect(await starsSaved(app.dataDir)).toEqual([first.id]);
  });
});
