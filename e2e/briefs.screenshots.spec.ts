import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import type { BriefRequest } from '../src/shared/briefs/briefRequests';
import { expect, test } from './fixtures';
import { pageService } from './support/pageService';
import { repoRoot } from './targets/target';

// Only the `screenshots` project runs this file (`npm run screenshots`): the brief editor at two
// widths, the meeting view light and dark, and the first two pages of the brief's PDF.
const run = promisify(execFile);
const screenshotFolder = join(repoRoot, 'docs', 'screenshots');

/** A brief as a delegation would carry it: built from seven cards, then the user's own lines. */
async function delegationBrief(page: Page): Promise<void> {
  const service = pageService(page);
  const { briefId } = await service.changeBrief({
    operation: 'createFromCards',
    title: 'Meeting with the Minister of Foreign Affairs of the Republic of Korea',
    meetingDate: '2021-08-17',
    meetingTime: '10:30',
    place: 'Ministry of Foreign Affairs, Seoul',
    counterpart: 'Minister of Foreign Affairs of the Republic of Korea',
    attendees: ['Head of delegation', 'Ambassador of Kazakhstan to the Republic of Korea', 'Note-taker'],
    handlingLabel: 'Internal — not for circulation',
    factIds: [
      'summit-overview',
      'deal-usd-1-7-billion',
      'korean-enterprises-in-kazakhstan',
      'president-moon',
      'fresh-wind-programme',
      'joint-statement-signed',
    ],
  });
  const lines: Array<Omit<Extract<BriefRequest, { operation: 'addItem' }>, 'operation' | 'briefId'>> = [
    { section: 'objective', text: 'Agree next steps on the **USD 1.7 billion** package and on Fresh Wind.' },
    {
      section: 'points-to-make',
      text: 'Welcome the deal signed during the visit.',
      cites: [{ factId: 'deal-usd-1-7-billion', paragraphs: [3] }],
    },
    { section: 'points-to-make', text: 'Thank the Korean side for the warm welcome in Seoul.' },
    { section: 'points-to-make', text: 'Поблагодарить корейскую сторону за тёплый приём.' },
    { section: 'points-to-raise', text: 'What does the deal cover, and who signed it for each side?' },
    { section: 'points-to-raise', text: '자원 공동 연구 사업의 범위와 일정은 무엇입니까?' },
    {
      section: 'points-to-avoid',
      text: 'Figures the article does not give.',
      ifRaised: 'We will publish details when both sides have agreed them.',
    },
    { section: 'press-lines', text: 'A summit that takes a steady relationship further.' },
    { section: 'addenda', text: 'The Minister’s adviser will join the meeting.' },
  ];
  for (const line of lines) await service.changeBrief({ operation: 'addItem', briefId, ...line });
  await page.reload();
}

test('brief editor, meeting view and PDF pages', { tag: '@screenshots' }, async ({ page, app }) => {
  test.setTimeout(150_000);
  await mkdir(screenshotFolder, { recursive: true });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await delegationBrief(page);

  for (const [width, name] of [
    [1600, 'brief-editor'],
    [1024, 'brief-editor-1024'],
  ] as const) {
    await page.setViewportSize({ width, height: 1000 });
    await page.getByRole('button', { name: 'Briefs', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Briefs' });
    await expect(dialog.getByText(/^\d pages? on A4$/)).toBeVisible({ timeout: 20_000 });
    await dialog.getByRole('heading', { name: /^Points to make/ }).scrollIntoViewIfNeeded();
    await page.evaluate<boolean>('document.fonts.ready.then(() => true)');
    await page.screenshot({ path: join(screenshotFolder, `${name}.png`) });
    await page.keyboard.press('Escape');
  }

  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('button', { name: 'Briefs', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Briefs' });
  await dialog.getByRole('button', { name: 'Meeting view' }).click();
  await page.keyboard.press('n');
  await page.screenshot({ path: join(screenshotFolder, 'brief-meeting.png') });
  await page.keyboard.press('g');
  await page.getByLabel('Dark').check();
  await page.screenshot({ path: join(screenshotFolder, 'brief-meeting-dark.png') });
  await page.keyboard.press('Escape');

  await app.nextSavePath(join(app.saveDir, 'brief.pdf'));
  await dialog.getByLabel('Annex of cited cards').check();
  await dialog.getByRole('button', { name: 'PDF', exact: true }).click();
  await expect(dialog.getByRole('status').filter({ hasText: /^Saved / })).toBeVisible({ timeout: 60_000 });
  for (const number of [1, 2]) {
    await run('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      String(number),
      '-l',
      String(number),
      '-singlefile',
      join(app.saveDir, 'brief.pdf'),
      join(screenshotFolder, `brief-pdf-page-${number}`),
    ]);
  }
});
