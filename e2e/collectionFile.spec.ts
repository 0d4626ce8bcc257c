import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { openSourcesList } from './support/sourcesList';
import { pageService } from './support/pageService';

/**
 * A collection passed from one laptop to another: exported from the sources list on one profile, imported with
 * "Import backup…" on a fresh one. The tests run in order and share only the file, as two computers would.
 */
const pastedArticle = [
  'Almaty forum agrees on a logistics corridor',
  '',
  'Ministers from both countries met in Almaty on 3 March 2024 and agreed to study a new logistics corridor.',
  '',
  'The corridor would carry 2 million tonnes of freight a year by 2030, the transport ministry said.',
].join('\n');
const screenshots = process.env.E2E_SCREENSHOT_DIR;

let carried: { folder: string; file: string } | undefined;

test.describe.serial('a collection as one file', () => {
  test.afterAll(async () => {
    if (carried) await rm(carried.folder, { recursive: true, force: true });
  });

  test('exports a collection from the sources list: its source, card, note and star, nothing else', async ({
    page,
    app,
  }) => {
    const service = pageService(page);
    const { collectionId } = await service.createCollection({ name: 'Astana visit 2024' });
    const draft = await service.readPastedSource({ text: pastedArticle });
    const { sourceId } = await service.importSource({
      token: draft.token,
      collectionId,
      metadata: { title: 'Almaty forum agrees on a logistics corridor', outlet: 'The Steppe Courier' },
    });
    await service.createCard({
      id: 'user-corridor',
      card: {
        topic: 'trade-investment',
        title: 'A freight corridor',
        body: 'Both sides will study a corridor for two million tonnes of freight a year by 2030.',
        figures: [],
        people: [],
        source: { sourceId, paragraphs: [3] },
      },
    });
    await service.createNote({ id: 'note-corridor', factId: 'user-corridor', markdown: 'Ask about Busan.' });
    await service.setStarred({ factId: 'user-corridor', starred: true });
    // A note on a shipped card is the summit's, and must stay here.
    await service.createNote({ id: 'note-summit', factId: 'trade-volume-projection', markdown: 'Summit only.' });
    await page.reload();

    const list = await openSourcesList(page);
    await app.nextSavePath(join(app.saveDir, 'astana'));
    await list.getByRole('button', { name: 'Export Astana visit 2024 as a file' }).click();
    const status = list.getByRole('status').filter({ hasText: 'Saved “Astana visit 2024”' });
    const file = join(app.saveDir, 'astana.json');
    await expect(status).toContainText(`Saved “Astana visit 2024” to ${file}: 1 card, 1 source, 1 note, 1 star.`);
    const saved = JSON.parse(await readFile(file, 'utf8'));
    expect(saved).toMatchObject({ format: 'summit-briefing-backup', scope: { collectionId } });
    expect(JSON.stringify(saved)).not.toContain('Summit only.');
    // The shipped summit's collection exports too.
    await expect(list.getByRole('button', { name: /^Export .* as a file$/ })).toHaveCount(2);

    const folder = await mkdtemp(join(tmpdir(), 'summit-briefing-e2e-carried-'));
    carried = { folder, file: join(folder, 'astana.json') };
    await copyFile(file, carried.file);
    if (screenshots) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.screenshot({ path: join(screenshots, 'collection-exported-1280.png') });
      await page.setViewportSize({ width: 1024, height: 800 });
      await page.screenshot({ path: join(screenshots, 'collection-exported-1024.png') });
    }
  });

  test('a fresh profile imports it with “Import backup…”, and the preview says it is that collection', async ({
    page,
    app,
  }) => {
    if (!carried) throw new Error('the export test did not run');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const exportScreen = page.getByRole('dialog', { name: 'Export' });
    await app.nextOpenPath(carried.file);
    await exportScreen.getByRole('button', { name: 'Import backup…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Import collection?' });
    await expect(confirm).toContainText('Collection “Astana visit 2024”: 1 card, 1 source, 1 note, 1 star.');
    await expect(confirm).toContainText('1 card of your own added');
    await expect(confirm).toContainText('1 collection added');
    if (screenshots) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.screenshot({ path: join(screenshots, 'collection-import-1280.png') });
      await page.setViewportSize({ width: 1024, height: 800 });
      await page.screenshot({ path: join(screenshots, 'collection-import-1024.png') });
    }
    await confirm.getByRole('button', { name: 'Import' }).click();
    await page.getByRole('dialog', { name: 'Collection imported' }).getByRole('button', { name: 'Done' }).click();
    await exportScreen.getByRole('button', { name: 'Close export' }).click();

    const list = await openSourcesList(page);
    const collection = list.getByRole('region', { name: 'Astana visit 2024' });
    await expect(collection.getByRole('button', { name: 'Almaty forum agrees on a logistics corridor' })).toBeVisible();
    await expect(collection.getByText(/1 card$/)).toBeVisible();
    const library = await pageService(page).getLibrary({});
    expect(library.user.notes.map((note) => note.id)).toEqual(['note-corridor']);
    expect(library.user.starred).toEqual(['user-corridor']);
  });
});
