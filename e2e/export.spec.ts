import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { attachPage, pdfInfo, pdfText, pdfWordHeights, squash } from './support/pdfText';
import { paragraphsPhrase } from '../src/shared/citation';
import { readSeed } from './support/dataFiles';
import { pageService } from './support/pageService';

const korean = '한국 대표단과의 회의';
const cyrillic = 'Қазақстан делегациясы';
const noteText = `Opening line for the meeting: ${korean} · ${cyrillic}`;
const seed = readSeed();
const titleOf = (id: string) => seed.facts.find((fact) => fact.id === id)?.title ?? id;

async function openExport(page: Page) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByText(/Preview · \d+ pages/)).toBeVisible({ timeout: 15_000 });
  return dialog;
}

async function savedPath(dialog: ReturnType<Page['getByRole']>): Promise<string> {
  const status = dialog.getByRole('status').filter({ hasText: 'Saved to' });
  await expect(status).toBeVisible({ timeout: 45_000 });
  return (/Saved to (.+?)\s*Show in folder/.exec((await status.textContent()) ?? '')?.[1] ?? '').trim();
}

test.describe('export', () => {
  // Printing a pack lays out and prints every page with real fonts: seconds, not milliseconds.
  test.describe.configure({ timeout: 90_000 });

  test('saves a PDF pack of every card with notes, contents, page numbers and real Korean and Cyrillic text', async ({
    page,
    app,
  }, testInfo) => {
    await pageService(page).createNote({ id: 'note-e2e-1', factId: 'kazakh-delegation', markdown: noteText });
    await page.reload();
    const dialog = await openExport(page);
    await dialog.getByLabel('Author or delegation').fill('Delegation of Kazakhstan');
    await dialog.getByRole('button', { name: 'Save PDF…' }).click();
    const file = await savedPath(dialog);
    expect(file).toBe(join(app.saveDir, file.split('/').pop()!));
    expect(file).toMatch(/briefing-pack-\d{4}-\d{2}-\d{2}\.pdf$/);

    const { pages, pageSize } = await pdfInfo(file);
    expect(pages).toBeGreaterThan(8);
    expect(pageSize).toContain('A4');
    const text = squash(await pdfText(file));
    for (const fact of seed.facts) expect(text, fact.title).toContain(squash(fact.title));
    expect(text).toContain(korean);
    expect(text).toContain(cyrillic);
    expect(text).toContain('Delegation of Kazakhstan');
    expect(text.toLowerCase()).toContain('your notes');
    // The cover dates the facts, and every card says which paragraphs it cites.
    const cover = squash(await pdfText(file, 1));
    expect(cover).toContain('FACTS AS OF AUGUST 2021');
    expect(cover).toContain('Later events are not covered');
    for (const fact of seed.facts)
      expect(text, fact.id).toContain(squash(`Source: ${paragraphsPhrase(fact.paragraphs ?? [])}`));

    // Every page says where it is; the contents' page numbers are where the sections really start.
    const pageTexts = await Promise.all(Array.from({ length: pages }, (_, index) => pdfText(file, index + 1)));
    pageTexts.forEach((pageText, index) => expect(pageText).toContain(`Page ${index + 1} of ${pages}`));
    const entries = [...pageTexts[1]!.matchAll(/^\s*(\S.*?)\s{2,}(\d+)\s*$/gm)].map((match) => ({
      label: match[1]!.trim(),
      page: Number(match[2]),
    }));
    expect(entries.map((entry) => entry.label)).toEqual(
      expect.arrayContaining(['Key figures', 'Overview', 'Trade and investment', 'Joint statement', 'Sources']),
    );
    for (const entry of entries) {
      const top = pageTexts[entry.page - 1]!.split('\n')
        .filter((line) => line.trim())
        .slice(0, 3)
        .map((line) => line.trim());
      expect(top, `${entry.label} on page ${entry.page}`).toContain(entry.label);
    }

    await attachPage(testInfo, file, 1, 'pack-cover');
    const trade = entries.find((entry) => entry.label === 'Trade and investment')!;
    await attachPage(testInfo, file, trade.page, 'pack-section');

    await dialog.getByRole('button', { name: 'Show in folder' }).click();
    if (app.target === 'browser') await expect.poll(() => app.revealed).toContain(file);
  });

  test('leaves out what the options leave out: starred cards only, no notes, Letter paper', async ({ page, app }) => {
    await pageService(page).createNote({ id: 'note-e2e-1', factId: 'deal-usd-1-7-billion', markdown: noteText });
    await pageService(page).setStarred({ factId: 'deal-usd-1-7-billion', starred: true });
    await pageService(page).setStarred({ factId: 'president-moon', starred: true });
    await page.reload();
    const dialog = await openExport(page);
    await dialog.getByRole('radio', { name: /Starred/ }).check();
    await dialog.getByRole('checkbox', { name: 'Include notes' }).uncheck();
    await dialog.getByRole('radio', { name: 'Letter' }).check();
    await dialog.getByLabel('Title', { exact: true }).fill('Бриф для делегации');
    await app.nextSavePath(join(app.saveDir, 'starred'));
    await dialog.getByRole('button', { name: 'Save PDF…' }).click();
    const file = await savedPath(dialog);
    expect(file).toBe(join(app.saveDir, 'starred.pdf'));

    const { pageSize, title } = await pdfInfo(file);
    expect(pageSize).toContain('letter');
    // The PDF's own Title field is the cover's title, not the print page's.
    expect(title).toBe('Бриф для делегации');
    const text = squash(await pdfText(file));
    expect(text).toContain(titleOf('deal-usd-1-7-billion'));
    expect(text).toContain(titleOf('president-moon'));
    expect(text).not.toContain(titleOf('trade-volume-projection'));
    expect(text).not.toContain(titleOf('summit-overview'));
    expect(text).not.toContain(korean);
    expect(text.toLowerCase()).not.toContain('your notes');
    expect(text).toContain('Бриф для делегации');
    // One card of a topic of many: the topic's blurb, which sums up all of them, is left out.
    expect(text).not.toContain('The trade figure, the deal reported');
  });

  test('prints a note’s heading smaller than its card’s title and its table as a table', async ({ page }, testInfo) => {
    const table = '| Item | Figure |\n| --- | ---: |\n| Trade target | 10 |\n| Enterprises | 550 |';
    await pageService(page).createNote({
      id: 'note-e2e-table',
      factId: 'denuclearisation-experience',
      markdown: `# Talking points\n\nAsk about the plan.\n\n${table}`,
    });
    await page.reload();
    const dialog = await openExport(page);
    await dialog.getByRole('radio', { name: /Topics/ }).check();
    await dialog.getByRole('checkbox', { name: /Security/ }).check();
    await dialog.getByRole('button', { name: 'Save PDF…' }).click();
    const file = await savedPath(dialog);
    const { pages, title } = await pdfInfo(file);
    expect(title).toBe('Kazakhstan – Republic of Korea');

    let notePage = 1;
    while (notePage < pages && !(await pdfText(file, notePage)).includes('Talking points')) notePage++;
    const pageText = await pdfText(file, notePage);
    // Every card of the topic is in the pack, so its blurb prints.
    expect(squash(await pdfText(file))).toContain('Denuclearisation experience and the peace process');
    // A table keeps its rows: each row's cells on one line, in order.
    expect(pageText).toMatch(/Item\s+Figure/);
    expect(pageText).toMatch(/Trade target\s+10/);
    expect(pageText).toMatch(/Enterprises\s+550/);
    const heights = await pdfWordHeights(file, notePage);
    const heightOf = (word: string) => heights.find((entry) => entry.word === word)?.height ?? 0;
    const card = seed.facts.find((fact) => fact.id === 'denuclearisation-experience')!;
    // A word of the title that the card's other text does not use, so its box is the title's.
    const cardTitleWord = card.title.split(/\s+/).find((word) => !`${card.summary} ${card.body}`.includes(word))!;
    expect(heightOf('Talking')).toBeGreaterThan(0);
    expect(heightOf('Talking')).toBeLessThan(heightOf(cardTitleWord));
    await attachPage(testInfo, file, notePage, 'pack-note-table');
  });

  test('saves one topic as Markdown, and a cancelled save changes nothing', async ({ page, app }) => {
    const dialog = await openExport(page);
    await dialog.getByRole('radio', { name: /Topics/ }).check();
    await expect(dialog.getByRole('button', { name: 'Save Markdown…' })).toHaveAttribute('aria-disabled', 'true');
    await dialog.getByRole('checkbox', { name: /Security/ }).check();
    await dialog.getByRole('button', { name: 'Save Markdown…' }).click();
    const markdown = await readFile(await savedPath(dialog), 'utf8');
    expect(markdown).toMatch(/^# /);
    expect(markdown).toContain('## Security');
    expect(markdown).toContain(`### ${titleOf('denuclearisation-experience')}`);
    expect(markdown).toContain('> **Facts as of August 2021.**');
    expect(markdown).toContain('*Source: paragraphs 7 and 1*');
    expect(markdown).not.toContain(titleOf('trade-volume-projection'));

    await app.nextSavePath('');
    await dialog.getByRole('button', { name: 'Save PDF…' }).click();
    await expect(dialog.getByRole('button', { name: 'Save PDF…' })).toHaveAttribute('aria-disabled', 'false');
    await expect(dialog.getByRole('status').filter({ hasText: 'Saved to' })).toHaveCount(0);
    expect((await readdir(app.saveDir)).filter((name) => name.endsWith('.pdf'))).toEqual([]);
  });

  test('a backup exports, refuses a foreign file, and imports back after the note was deleted', async ({
    page,
    app,
  }) => {
    const created = { note: { id: 'note-e2e-1' } };
    await pageService(page).createNote({ id: created.note.id, factId: 'president-tokayev', markdown: noteText });
    await page.reload();
    let dialog = await openExport(page);
    await dialog.getByRole('button', { name: 'Export backup…' }).click();
    const backup = await savedPath(dialog);
    expect(JSON.parse(await readFile(backup, 'utf8'))).toMatchObject({ format: 'summit-briefing-backup', version: 1 });

    const foreign = join(app.saveDir, 'foreign.json');
    await writeFile(foreign, JSON.stringify({ hello: 'world' }));
    await app.nextOpenPath(foreign);
    await dialog.getByRole('button', { name: 'Import backup…' }).click();
    await expect(dialog.getByRole('alert')).toContainText('not a Summit Briefing backup');
    await rm(foreign);

    await pageService(page).deleteNote({ noteId: created.note.id });
    await page.reload();
    dialog = await openExport(page);
    await app.nextOpenPath(backup);
    await dialog.getByRole('button', { name: 'Import backup…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Import backup?' });
    await expect(confirm).toContainText('1 note added');
    await confirm.getByRole('button', { name: 'Import' }).click();
    await page.getByRole('dialog', { name: 'Backup imported' }).getByRole('button', { name: 'Done' }).click();

    const library = await pageService(page).getLibrary({});
    expect(library.user.notes).toEqual([expect.objectContaining({ id: created.note.id, markdown: noteText })]);
  });
});
