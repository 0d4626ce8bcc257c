import { AxeBuilder } from '@axe-core/playwright';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readSeed } from './support/dataFiles';
import { newStudyId } from '../src/shared/study/studyIds';
import { pageService } from './support/pageService';

// axe-core on every screen, in both themes, at WCAG 2.2 AA. The app's colours follow the OS
// (prefers-color-scheme), which Playwright's emulateMedia sets for the real Chromium.
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const fact = readSeed().facts.find((candidate) => candidate.id === 'trade-volume-projection')!;

async function expectNoViolations(page: Page, screen: string): Promise<void> {
  // Axe reads colours as painted: let the theme's transitions finish first.
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
  const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes
        .slice(0, 5)
        .map((node) => `  ${node.target.join(' ')}: ${node.failureSummary ?? ''}`)
        .join('\n')}`,
  );
  expect(summary, `${screen}: axe violations`).toEqual([]);
}

async function openCard(page: Page): Promise<Locator> {
  await page
    .getByRole('region', { name: 'Briefing cards' })
    .getByRole('article', { name: fact.title, exact: true })
    .getByRole('button', { name: fact.title, exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: fact.title });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The element that has the focus shows it: an outline or a box shadow, not nothing. */
async function expectVisibleFocus(page: Page): Promise<void> {
  const ring = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return 'nothing focused';
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return outline || style.boxShadow !== 'none' ? 'visible' : `no focus ring on ${element.outerHTML.slice(0, 80)}`;
  });
  expect(ring).toBe('visible');
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    test.describe.configure({ timeout: 90_000 });

    test(`library, card detail, note editor and tag manager have no WCAG 2.2 AA violations (${colorScheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.getByRole('region', { name: 'Briefing cards' }).getByRole('article').first().waitFor();
      await expectNoViolations(page, 'library');

      const card = await openCard(page);
      await expectNoViolations(page, 'card detail');

      await card.getByRole('button', { name: 'Add a note' }).click();
      await card.getByRole('textbox', { name: 'Note' }).fill('# Talking points\n\n- **USD 10 billion** target');
      await expect(card.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
      await card.getByRole('button', { name: 'Preview' }).click();
      await expectNoViolations(page, 'note editor');
      await card.getByRole('button', { name: 'Done' }).click();
      await page.keyboard.press('Escape');
      await expect(card).toBeHidden();

      await page.getByRole('button', { name: 'Manage tags' }).click();
      const tags = page.getByRole('dialog', { name: 'Manage tags' });
      await expect(tags).toBeVisible();
      await expectNoViolations(page, 'tag manager');
    });

    // study
    test(`study review, quiz and statistics have no WCAG 2.2 AA violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.getByRole('region', { name: 'Briefing cards' }).getByRole('article').first().waitFor();
      await page.keyboard.press('ControlOrMeta+Shift+S');
      const study = page.getByRole('dialog', { name: 'Study' });
      await expect(study.locator('.study-card')).toBeVisible();
      await expectVisibleFocus(page);
      await page.keyboard.press('Space');
      await expect(study.getByRole('group', { name: 'How well did you recall it?' })).toBeVisible();
      await expectNoViolations(page, 'study, answer and ratings');
      await page.keyboard.press('3');
      await study.getByRole('button', { name: 'Quiz' }).click();
      await study.getByRole('button', { name: 'Start quiz' }).click();
      await expect(study.getByRole('group', { name: 'Options' })).toBeVisible();
      await expectNoViolations(page, 'quiz question');
      await page.keyboard.press('1');
      await expect(study.locator('.study-quiz-feedback')).toBeVisible();
      await study.getByRole('button', { name: 'Statistics' }).click();
      await expect(study.getByText('Reviews by day, last 26 weeks')).toBeVisible();
      await expectNoViolations(page, 'study statistics');
    });

    test(`the study screen's own items, listed and in their editor, have no WCAG 2.2 AA violations (${colorScheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await pageService(page).createNote({
        id: 'note-axe-item',
        factId: fact.id,
        markdown: 'Ask about the trade target',
      });
      await pageService(page).createStudyItem({ id: newStudyId('studyItem'), from: { noteId: 'note-axe-item' } });
      await page.reload();
      await page.getByRole('region', { name: 'Briefing cards' }).getByRole('article').first().waitFor();
      await page.keyboard.press('ControlOrMeta+Shift+S');
      const study = page.getByRole('dialog', { name: 'Study' });
      await study.getByRole('button', { name: 'Your items' }).click();
      await expect(study.locator('[data-own-item]')).toHaveCount(1);
      await expectNoViolations(page, 'study, your items');
      await study.getByRole('button', { name: 'Edit' }).click();
      await expect(study.getByRole('textbox', { name: 'Answer' })).toBeVisible();
      await expectNoViolations(page, 'study, editing your item');
    });

    test(`export and import preview have no WCAG 2.2 AA violations (${colorScheme})`, async ({ page, app }) => {
      await page.emulateMedia({ colorScheme });
      await pageService(page).createNote({ id: 'note-axe', factId: fact.id, markdown: 'A note to import back' });
      await page.reload();
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Export' });
      await expect(dialog.getByText(/Preview · \d+ pages/)).toBeVisible({ timeout: 15_000 });
      await expectNoViolations(page, 'export');

      const backup = join(app.saveDir, 'backup.json');
      await app.nextSavePath(backup);
      await dialog.getByRole('button', { name: 'Export backup…' }).click();
      await expect(dialog.getByRole('status').filter({ hasText: 'Saved to' })).toBeVisible();
      await expectNoViolations(page, 'export, saved');
      await app.nextOpenPath(backup);
      await dialog.getByRole('button', { name: 'Import backup…' }).click();
      await expect(page.getByRole('dialog', { name: /Import backup\?|Backup imported/ })).toBeVisible();
      await expectNoViolations(page, 'import preview');
    });

    // briefs
    test(`brief editor, add to brief and meeting view have no WCAG 2.2 AA violations (${colorScheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      const service = pageService(page);
      const { briefId } = await service.changeBrief({
        operation: 'createFromCards',
        title: 'Meeting brief',
        handlingLabel: 'Internal — not for circulation',
        factIds: [fact.id, 'president-moon'],
      });
      await service.changeBrief({
        operation: 'addItem',
        briefId,
        section: 'points-to-avoid',
        text: 'Figures the article does not give.',
        ifRaised: 'We will say more when both sides agree.',
      });
      await page.reload();
      await page.getByRole('button', { name: 'Briefs', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Briefs' });
      await expect(dialog.getByText(/^\d pages? on A4$/)).toBeVisible({ timeout: 20_000 });
      await expectNoViolations(page, 'brief editor');
      await dialog
        .getByRole('region', { name: /^Background/ })
        .getByRole('listitem')
        .first()
        .focus();
      await expectVisibleFocus(page);

      await dialog.getByRole('button', { name: 'Meeting view' }).click();
      await expect(page.getByRole('heading', { name: 'Points to avoid', level: 2 })).toBeVisible();
      await expectNoViolations(page, 'meeting view');
      await page.getByLabel('Dark').setChecked(colorScheme === 'light');
      await expectNoViolations(page, 'meeting view, other theme');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');

      const card = await openCard(page);
      await card.getByRole('button', { name: 'Add to brief…' }).click();
      await expect(page.getByRole('dialog', { name: 'Add to brief' })).toBeVisible();
      await expectNoViolations(page, 'add to brief');
    });
    // sources
    test(`the source reader and the article import form have no WCAG 2.2 AA violations (${colorScheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      const card = await openCard(page);
      await card.getByRole('button', { name: 'Open paragraph 1 in the source' }).click();
      const reader = page.getByRole('dialog', { name: /source article/ });
      await expect(reader.locator('mark.reader-quote')).toBeVisible();
      await expectVisibleFocus(page);
      await reader.getByLabel('Mark candidate facts').check();
      await expect(reader.locator('.reader-suggestion').first()).toBeVisible();
      await expectNoViolations(page, 'source reader');
      await reader.getByRole('button', { name: 'Close the source' }).click();

      await page.keyboard.press('Control+K');
      await page.keyboard.type('Import an article');
      await page.keyboard.press('Enter');
      const form = page.getByRole('dialog', { name: 'Import an article' });
      await expectNoViolations(page, 'article import');
      await form.getByLabel('Article text').fill('Forum in Almaty\n\nMinisters met on 3 March 2024.');
      await form.getByRole('button', { name: 'Use pasted text' }).click();
      await expect(form.getByLabel('Title')).toHaveValue('Forum in Almaty');
      await expectNoViolations(page, 'article import, details and preview');
    });
  });
}

test('the keyboard reaches the library in reading order, and every stop shows its focus', async ({ page }) => {
  await page.getByRole('region', { name: 'Briefing cards' }).getByRole('article').first().waitFor();
  const stops: string[] = [];
  for (let index = 0; index < 12; index++) {
    await page.keyboard.press('Tab');
    await expectVisibleFocus(page);
    stops.push(
      await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        return element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? element.tagName;
      }),
    );
  }
  // Search first, then the header's actions, before any card: the order a reader expects.
  const searchAt = stops.findIndex((stop) => /search/i.test(stop));
  const exportAt = stops.findIndex((stop) => stop === 'Export');
  expect(searchAt, stops.join(' | ')).toBeGreaterThanOrEqual(0);
  expect(exportAt, stops.join(' | ')).toBeGreaterThan(-1);
});
