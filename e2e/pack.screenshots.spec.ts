import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describeRange } from '../src/shared/annotation/textSelectors';
import { expect, test } from './fixtures';
import { readSeed } from './support/dataFiles';
import { pageService } from './support/pageService';
import { pdfText } from './support/pdfText';
import { repoRoot } from './targets/target';

// Only the `screenshots` project runs this file (`npm run screenshots`): the pack's cover and an inside page.
const run = promisify(execFile);
const screenshotFolder = join(repoRoot, 'docs', 'screenshots');
const seed = readSeed();

test('briefing pack pages', { tag: '@screenshots' }, async ({ page, app }) => {
  test.setTimeout(120_000);
  await mkdir(screenshotFolder, { recursive: true });
  const fact = seed.facts.find((candidate) => candidate.id === 'kazakh-delegation') ?? seed.facts[0]!;
  const start = fact.body.indexOf('22 government officials');
  // Annotated through the app's own bridge, then reloaded so the window shows it.
  const service = pageService(page);
  await service.createNote({
    id: 'note-pack-1',
    factId: fact.id,
    markdown: 'Open with thanks for the **warm welcome**.\n\n한국 대표단과의 회의 · Қазақстан делегациясы',
  });
  await service.createHighlight({
    id: 'highlight-pack-1',
    factId: fact.id,
    color: 'yellow',
    comment: 'Match the size of our delegation',
    target: describeRange(fact.body, Math.max(0, start), Math.max(0, start) + '22 government officials'.length),
  });
  await page.reload();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel('Author or delegation').fill('Delegation of the Republic of Kazakhstan');
  await app.nextSavePath(join(app.saveDir, 'pack.pdf'));
  await dialog.getByRole('button', { name: 'Save PDF…' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Saved to' })).toBeVisible({ timeout: 60_000 });
  const file = join(app.saveDir, 'pack.pdf');

  let notePage = 3;
  for (; notePage < 40; notePage++) if ((await pdfText(file, notePage)).includes('Қазақстан')) break;
  for (const [name, number] of [
    ['pack-cover', 1],
    ['pack-section', notePage],
  ] as const) {
    await run('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      String(number),
      '-l',
      String(number),
      '-singlefile',
      file,
      join(screenshotFolder, name),
    ]);
  }
});
