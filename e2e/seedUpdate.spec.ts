import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { readDatabaseFile, readSeed, writeDatabaseFile } from './support/dataFiles';
import { repoRoot } from './targets/target';

// The database version 0.1 of the app wrote: seed revision 1, with stars, notes, tags and highlights.
const fixture = join(repoRoot, 'src', 'main', 'testing', 'fixtures', 'schema-2-seed-revision-1.json');
const seed = readSeed();
const titleOf = (id: string) => seed.facts.find((fact) => fact.id === id)!.title;

test('an installed database gets the corrected cards and keeps the user’s work, listing a highlight that lost its words', async ({
  page,
  app,
}) => {
  await expect(page.getByRole('region', { name: 'Briefing cards' }).getByRole('article')).toHaveCount(
    seed.facts.length,
  );
  await writeDatabaseFile(app.dataDir, await readFile(fixture, 'utf8'));
  const reopened = await app.relaunch();

  const cards = reopened.getByRole('region', { name: 'Briefing cards' });
  const trade = cards.getByRole('article', { name: titleOf('trade-volume-projection'), exact: true });
  await expect(trade.getByRole('button', { name: 'Star card' })).toHaveAttribute('aria-pressed', 'true');
  await expect(trade).toContainText('1 note');
  await trade.getByRole('button', { name: titleOf('trade-volume-projection'), exact: true }).click();
  const dialog = reopened.getByRole('dialog', { name: titleOf('trade-volume-projection') });
  await expect(dialog.getByRole('region', { name: 'Your notes' })).toContainText('which year');
  const lost = dialog.getByRole('region', { name: 'Highlights that lost their place' });
  await expect(lost).toContainText('The article presents the number as a projection');
  await expect(lost).toContainText('Forecast or not?');
  await reopened.keyboard.press('Escape');

  // A highlight whose words survived the correction sits on them in the new text.
  const enterprises = titleOf('korean-enterprises-in-kazakhstan');
  await cards
    .getByRole('article', { name: enterprises, exact: true })
    .getByRole('button', { name: enterprises })
    .click();
  await expect(
    reopened
      .getByRole('dialog', { name: enterprises })
      .locator('mark')
      .filter({ hasText: 'Samsung, Hyundai and Lotte' }),
  ).toBeVisible();

  const saved = await readDatabaseFile(app.dataDir);
  expect(saved.seedRevision).toBe(seed.seedRevision);
  expect(saved.user.cardTags['state-visit-to-seoul']).toHaveLength(2);
});
