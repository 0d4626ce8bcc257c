import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { describeRange } from '../src/shared/annotation/textSelectors';
import { expect, test } from './fixtures';
import { readSeed } from './support/dataFiles';
import { pageService } from './support/pageService';
import { pdfInfo, pdfText } from './support/pdfText';

const seed = readSeed();
const card = (id: string) => {
  const fact = seed.facts.find((candidate) => candidate.id === id);
  if (!fact) throw new Error(`the seed has no card ${id}`);
  return fact;
};
const starredCards = ['deal-usd-1-7-billion', 'president-moon', 'fresh-wind-programme'];
const quote = 'USD 1.7 billion';
const talkingPoint = 'Welcome the deal and ask what it covers';
/** pdftotext spaces out letter-spaced capitals ("I N T E R N A L"): compare without the spaces. */
const tight = (text: string) => text.replace(/\s+/g, '');

/** Three starred cards and a highlight on the deal card, set up as the window would send them. */
async function starredWithHighlight(page: Page): Promise<void> {
  const service = pageService(page);
  for (const factId of starredCards) await service.setStarred({ factId, starred: true });
  const deal = card('deal-usd-1-7-billion');
  const start = deal.body.indexOf(quote);
  await service.createHighlight({
    id: 'highlight-e2e-deal',
    factId: deal.id,
    target: describeRange(deal.body, start, start + quote.length),
    color: 'yellow',
  });
  await page.reload();
}

async function openBriefs(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Briefs', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Briefs' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The starred cards' brief, built from the window's Starred view. */
async function briefFromStarred(page: Page): Promise<Locator> {
  await starredWithHighlight(page);
  await page
    .getByRole('navigation', { name: 'Topics' })
    .getByRole('button', { name: /^Starred/ })
    .click();
  const dialog = await openBriefs(page);
  await dialog.getByRole('button', { name: 'From these cards (3)' }).click();
  await expect(dialog.getByRole('heading', { name: 'Brief: Starred', level: 2 })).toBeVisible();
  return dialog;
}

const section = (dialog: Locator, name: string) => dialog.getByRole('region', { name: new RegExp(`^${name}`) });
const lines = (dialog: Locator, name: string) => section(dialog, name).getByRole('listitem');

test.describe('briefs', () => {
  test.describe.configure({ timeout: 90_000 });

  test('builds a brief from starred cards, adds a talking point and a highlight, reorders by keyboard, undoes, and keeps it across a relaunch', async ({
    page,
    app,
  }) => {
    let dialog = await briefFromStarred(page);
    // Background holds each card's summary, cited "¶3 · The Astana Times" and linked to the card.
    await expect(lines(dialog, 'Background')).toHaveCount(3);
    await expect(section(dialog, 'Background').getByRole('button', { name: '¶3 · The Astana Times' })).toBeVisible();
    await expect(section(dialog, 'Pen pictures').getByText('Moon Jae-in', { exact: true })).toBeVisible();

    await section(dialog, 'Points to make').getByRole('textbox').fill(talkingPoint);
    await section(dialog, 'Points to make').getByRole('textbox').press('Enter');
    await expect(lines(dialog, 'Points to make')).toHaveText([new RegExp(talkingPoint)]);

    // Add to brief… from the deal card: its highlight, into the points to make.
    await page.keyboard.press('Escape');
    await page
      .getByRole('navigation', { name: 'Topics' })
      .getByRole('button', { name: /^Starred/ })
      .click();
    await page.getByRole('button', { name: card('deal-usd-1-7-billion').title, exact: true }).click();
    const detail = page.getByRole('dialog', { name: card('deal-usd-1-7-billion').title });
    await detail.getByRole('button', { name: 'Add to brief…' }).click();
    const add = page.getByRole('dialog', { name: 'Add to brief' });
    await add.getByRole('radio', { name: `Highlight: “${quote}”` }).check();
    await add.getByLabel('Section').selectOption({ label: 'Points to make' });
    await add.getByRole('button', { name: 'Add to brief' }).click();
    await expect(add).toBeHidden();
    await page.keyboard.press('Escape');

    dialog = await openBriefs(page);
    await expect(lines(dialog, 'Points to make')).toHaveText([new RegExp(talkingPoint), new RegExp(`“${quote}”`)]);

    // Alt+↑ moves the highlight above the talking point; undo puts it back.
    await lines(dialog, 'Points to make').nth(1).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(lines(dialog, 'Points to make')).toHaveText([new RegExp(`“${quote}”`), new RegExp(talkingPoint)]);
    await expect(lines(dialog, 'Points to make').first()).toBeFocused();
    await page.keyboard.press('ControlOrMeta+z');
    await expect(lines(dialog, 'Points to make')).toHaveText([new RegExp(talkingPoint), new RegExp(`“${quote}”`)]);

    // Alt+↓ past the end of a section goes on into the next one.
    await lines(dialog, 'Points to make').nth(1).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect(lines(dialog, 'Points to raise')).toHaveText([new RegExp(`“${quote}”`)]);

    const relaunched = await app.relaunch();
    dialog = await openBriefs(relaunched);
    await expect(dialog.getByRole('heading', { name: 'Brief: Starred', level: 2 })).toBeVisible();
    await expect(lines(dialog, 'Points to make')).toHaveText([new RegExp(talkingPoint)]);
    await expect(lines(dialog, 'Points to raise')).toHaveText([new RegExp(`“${quote}”`)]);
    await expect(lines(dialog, 'Background')).toHaveCount(3);
  });

  test('moves a line by dragging it onto another, and undo puts it back', async ({ page }) => {
    const dialog = await briefFromStarred(page);
    const box = section(dialog, 'Points to make').getByRole('textbox');
    for (const point of ['First point', 'Second point', 'Third point']) {
      await box.fill(point);
      await box.press('Enter');
    }
    await expect(lines(dialog, 'Points to make')).toHaveText([/First point/, /Second point/, /Third point/]);

    await lines(dialog, 'Points to make').nth(2).dragTo(lines(dialog, 'Points to make').first());
    await expect(lines(dialog, 'Points to make')).toHaveText([/Third point/, /First point/, /Second point/]);

    await page.keyboard.press('ControlOrMeta+z');
    await expect(lines(dialog, 'Points to make')).toHaveText([/First point/, /Second point/, /Third point/]);
  });

  test('exports the brief as PDF, Markdown and Word with the header, sections and citations', async ({ page }) => {
    const dialog = await briefFromStarred(page);
    await dialog.getByLabel('Handling label').fill('Internal — not for circulation');
    await dialog.getByLabel('Place').fill('Seoul');
    await section(dialog, 'Points to make').getByRole('textbox').fill('Поблагодарить за тёплый приём');
    await section(dialog, 'Points to make').getByRole('textbox').press('Enter');
    await expect(lines(dialog, 'Points to make')).toHaveCount(1);
    await expect(dialog.getByText(/^\d pages? on A4$/)).toBeVisible({ timeout: 20_000 });
    const measured = Number((await dialog.locator('.brief-meter-pages').getAttribute('data-pages')) ?? '0');
    await dialog.getByLabel('Annex of cited cards').check();

    const saved = async (format: 'PDF' | 'Word' | 'Markdown') => {
      await dialog.getByRole('button', { name: format, exact: true }).click();
      const status = dialog.getByRole('status').filter({ hasText: /^Saved / });
      await expect(status).toBeVisible({ timeout: 45_000 });
      const file = /^Saved (.+?)(?: \(\d+ pages?\))?\.$/.exec((await status.textContent()) ?? '')?.[1] ?? '';
      return file;
    };

    const pdf = await saved('PDF');
    expect(pdf).toMatch(/brief-starred-\d{4}-\d\d-\d\d\.pdf$/);
    const { pages, pageSize } = await pdfInfo(pdf);
    expect(pageSize).toContain('A4');
    // The annex adds pages to what the meter measured for the brief itself.
    expect(pages).toBeGreaterThan(measured);
    for (let number = 1; number <= pages; number++) {
      const text = tight(await pdfText(pdf, number));
      expect(text, `page ${number}`).toContain(tight('INTERNAL — NOT FOR CIRCULATION'));
      expect(text, `page ${number}`).toContain(tight(`Page ${number} of ${pages}`));
      expect(text, `page ${number}`).toContain(tight('Brief: Starred'));
    }
    const pdfAll = tight(await pdfText(pdf));
    for (const expected of [
      'POINTS TO MAKE',
      'Поблагодарить за тёплый приём',
      '¶3 · The Astana Times',
      'ANNEX: THE CITED CARDS',
      card('president-moon').title,
    ])
      expect(pdfAll).toContain(tight(expected));

    const markdown = await readFile(await saved('Markdown'), 'utf8');
    expect(markdown).toContain('## Points to make');
    expect(markdown).toContain('Поблагодарить за тёплый приём');
    expect(markdown).toContain('¶3 · The Astana Times');

    const docx = unzipSync(new Uint8Array(await readFile(await saved('Word'))));
    const xml = strFromU8(docx['word/document.xml'] ?? new Uint8Array());
    const words = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(' ');
    expect(words).toContain('Points to make');
    expect(words).toContain('Поблагодарить за тёплый приём');
    expect(words).toContain('¶3 · The Astana Times');
  });

  test('reads a brief in the meeting view by keyboard: next section, pen pictures, search, Escape', async ({
    page,
  }) => {
    const dialog = await briefFromStarred(page);
    await dialog.getByRole('button', { name: 'Meeting view' }).click();
    const meeting = page.getByRole('dialog', { name: 'Brief: Starred' });
    await expect(meeting.getByRole('heading', { level: 2 })).toHaveText('Background');
    await expect(meeting.getByText(/^Section 1 of \d+$/)).toBeVisible();
    await page.keyboard.press('n');
    await expect(meeting.getByRole('heading', { level: 2 })).toHaveText('Pen pictures');
    await page.keyboard.press('p');
    await expect(meeting.getByRole('heading', { level: 2 })).toHaveText('Background');
    await page.keyboard.press('g');
    await expect(meeting.getByRole('heading', { level: 2 })).toHaveText('Pen pictures');
    await expect(meeting.getByText('Moon Jae-in', { exact: true })).toBeVisible();
    await page.keyboard.press('/');
    await expect(meeting.getByRole('searchbox', { name: 'Search in this brief' })).toBeFocused();
    await page.keyboard.type('Fresh Wind');
    await expect(meeting.getByRole('heading', { level: 2 })).toHaveText(/lines? match/);
    await meeting.getByLabel('Dark').check();
    await expect(meeting.locator('.meeting-view')).toHaveClass(/meeting-dark/);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Briefs' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Brief: Starred', level: 2 })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Briefs' })).toBeHidden();
  });

  test('refuses a timeline line without a date and says why, changing nothing', async ({ page }) => {
    const dialog = await briefFromStarred(page);
    const before = await lines(dialog, 'Timeline').count();
    await section(dialog, 'Timeline').getByRole('textbox', { name: 'New line in Timeline' }).fill('Undated event');
    await section(dialog, 'Timeline').getByRole('textbox', { name: 'New line in Timeline' }).press('Enter');
    await expect(dialog.getByRole('alert')).toHaveText(
      'A timeline entry needs a date (YYYY, YYYY-MM or YYYY-MM-DD); nothing was changed.',
    );
    await expect(lines(dialog, 'Timeline')).toHaveCount(before);
  });
});
