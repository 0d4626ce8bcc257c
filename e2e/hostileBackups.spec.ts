import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { databaseFromSeed } from '../src/main/domain/seed';
import { backupFormat, backupVersion } from '../src/shared/export/backupSchemas';
import { emptyUserData, type UserData } from '../src/shared/schema/database';
import { expect, test } from './fixtures';
import { readDatabaseBytes, readSeed } from './support/dataFiles';

const seed = readSeed();
const shipped = seed.facts[0]!;
const at = '2021-08-17T09:00:00.000Z';

/** A backup file as "Export backup…" writes it; `raw` edits the text for keys JSON.stringify cannot write. */
async function writeBackup(path: string, user: Partial<UserData>, raw?: (text: string) => string): Promise<void> {
  const database = { ...databaseFromSeed(seed), user: { ...emptyUserData, ...user } };
  const text = JSON.stringify({ format: backupFormat, version: backupVersion, exportedAt: at, database });
  await writeFile(path, raw ? raw(text) : text, 'utf8');
}

async function openExport(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByText(/Preview · \d+ pages/)).toBeVisible({ timeout: 15_000 });
  return dialog;
}

/** Asks to import `path` and expects the refusal to say `reason`, with the database file untouched. */
async function expectRefused(
  page: Page,
  app: { dataDir: string; nextOpenPath(path: string): Promise<void> },
  path: string,
  reason: string | RegExp,
) {
  const before = await readDatabaseBytes(app.dataDir);
  const dialog = await openExport(page);
  await app.nextOpenPath(path);
  await dialog.getByRole('button', { name: 'Import backup…' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('cannot be imported');
  await expect(alert).toContainText(reason);
  await expect(alert).toContainText('Nothing was changed.');
  await expect(page.getByRole('dialog', { name: 'Import backup?' })).toHaveCount(0);
  expect((await readDatabaseBytes(app.dataDir)).equals(before)).toBe(true);
  await dialog.getByRole('button', { name: 'Close export' }).click();
}

test.describe('hostile backups are refused with the reason, and nothing changes', () => {
  test.describe.configure({ timeout: 60_000 });

  test('a tag with a shipped card’s id, "__proto__" as a card, and ids that are Object’s own names', async ({
    page,
    app,
  }) => {
    const clash = join(app.saveDir, 'clash.json');
    await writeBackup(clash, { tags: [{ id: shipped.id, name: 'Clash', color: 'red', createdAt: at }] });
    await expectRefused(page, app, clash, `the tag id "${shipped.id}" is already the id of a card`);

    const proto = join(app.saveDir, 'proto.json');
    await writeBackup(proto, { tags: [{ id: 'tag-1', name: 'T', color: 'blue', createdAt: at }] }, (text) =>
      text.replace('"cardTags":{}', '"cardTags":{"__proto__":["tag-1"]}'),
    );
    await expectRefused(page, app, proto, 'the key "__proto__" cannot be a card id');

    const named = join(app.saveDir, 'named.json');
    await writeBackup(named, {
      notes: [{ id: 'toString', factId: shipped.id, markdown: 'x', createdAt: at, updatedAt: at }],
    });
    await expectRefused(page, app, named, 'an id uses lower-case letters, digits and hyphens only');

    // The window still works, and so does the next start.
    await expect(page.getByRole('region', { name: 'Briefing cards' }).getByRole('article')).toHaveCount(
      seed.facts.length,
    );
    const reopened = await app.relaunch();
    await expect(reopened.getByRole('region', { name: 'Briefing cards' }).getByRole('article')).toHaveCount(
      seed.facts.length,
    );
  });

  test('constructor as a card id, with a note and a star, imports and opens like any other, also after a relaunch', async ({
    page,
    app,
  }) => {
    const { sourceId: _source, paragraphs: _paragraphs, quote: _quote, attributions: _attributions, ...card } = shipped;
    const backup = join(app.saveDir, 'constructor.json');
    await writeBackup(backup, {
      ownFacts: [{ ...card, id: 'constructor', title: 'A card called constructor', origin: 'user' }],
      tags: [{ id: 'valueof', name: 'odd ids', color: 'teal', createdAt: at }],
      notes: [{ id: 'hasownproperty', factId: 'constructor', markdown: 'A note on it', createdAt: at, updatedAt: at }],
      starred: ['constructor'],
      // No tags on it: reading its tags from a plain object would find Object.prototype.constructor.
      cardTags: { [shipped.id]: ['valueof'] },
    });
    const dialog = await openExport(page);
    await app.nextOpenPath(backup);
    await dialog.getByRole('button', { name: 'Import backup…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Import backup?' });
    await expect(confirm).toContainText('1 card of your own added');
    await confirm.getByRole('button', { name: 'Import' }).click();
    await page.getByRole('dialog', { name: 'Backup imported' }).getByRole('button', { name: 'Done' }).click();
    await dialog.getByRole('button', { name: 'Close export' }).click();

    for (const relaunch of [false, true]) {
      const window = relaunch ? await app.relaunch() : page;
      // Counting and filtering with a card called constructor in the library work: Starred lists exactly it.
      const nav = window.getByRole('navigation', { name: 'Topics' });
      await expect(nav.getByRole('button', { name: /^odd ids.*1$/ })).toBeVisible();
      await nav.getByRole('button', { name: /^Starred.*1$/ }).click();
      const article = window
        .getByRole('region', { name: 'Briefing cards' })
        .getByRole('article', { name: 'A card called constructor', exact: true });
      await expect(article).toBeVisible();
      await expect(window.getByRole('region', { name: 'Briefing cards' }).getByRole('article')).toHaveCount(1);
      await expect(article.getByRole('list', { name: 'Tags' })).toHaveCount(0);
      await expect(article.getByRole('button', { name: 'Star card' })).toHaveAttribute('aria-pressed', 'true');
      await article.getByRole('button', { name: 'A card called constructor', exact: true }).click();
      await expect(window.getByRole('dialog', { name: 'A card called constructor' })).toContainText('A note on it');
      await window
        .getByRole('dialog', { name: 'A card called constructor' })
        .getByRole('button', { name: 'Close card' })
        .click();
    }
  });
});

test.describe('an import that would outgrow the database @in-process-router', () => {
  // A small limit stands in for 100 MB here; the unit tests import past the real one.
  test.use({ storeOptions: { maxDatabaseBytes: 120_000 } });

  test('is refused with the size, and nothing changes', async ({ page, app }) => {
    const big = join(app.saveDir, 'big.json');
    const notes = [0, 1].map((index) => ({
      id: `note-big-${index}`,
      factId: shipped.id,
      markdown: 'x'.repeat(60_000),
      createdAt: at,
      updatedAt: at,
    }));
    await writeBackup(big, { notes });
    await expectRefused(page, app, big, /importing it would make the database \d+ KB, more than the 118 KB/);
  });
});
