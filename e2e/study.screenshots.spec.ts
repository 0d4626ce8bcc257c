import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { newStudyId } from '../src/shared/study/studyIds';
import { expect, test } from './fixtures';
import { pageService } from './support/pageService';
import { repoRoot } from './targets/target';

// Only the `screenshots` project runs this file (`npm run screenshots`): a review and the statistics, at 1024 and
// 1600 px. The browser target's router runs in this process, so its clock is this one, moved a day at a time to
// give the statistics seven weeks of history answered through the window's own bridge.
const screenshotFolder = join(repoRoot, 'docs', 'screenshots');
const day = 24 * 60 * 60 * 1000;
let virtualNow = Date.parse('2026-03-02T08:00:00.000Z');

test.use({ storeOptions: { clock: () => new Date(virtualNow) } });

test.beforeAll(async () => {
  await mkdir(screenshotFolder, { recursive: true });
});

/** Seven weeks of study: every day, what is due, answered mostly well, with a few lapses. */
async function studyForWeeks(page: Page): Promise<void> {
  const service = pageService(page);
  const ratings = ['good', 'good', 'easy', 'good', 'hard', 'good', 'again', 'good'] as const;
  let turn = 0;
  for (let dayIndex = 0; dayIndex < 49; dayIndex += 1) {
    if (dayIndex % 7 === 5) {
      virtualNow += day;
      continue;
    }
    for (let answer = 0; answer < 40; answer += 1) {
      const session = await service.getStudySession({});
      const current = session.current;
      if (!current) break;
      await service.rateStudyItem({
        id: newStudyId('review'),
        itemId: current.item.id,
        rating: ratings[turn++ % ratings.length] ?? 'good',
        shownAfter: current.shownAfter,
      });
      virtualNow += 40_000;
    }
    virtualNow += day - 40 * 40_000;
  }
}

async function openStudy(page: Page, width: number): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.setViewportSize({ width, height: 900 });
  await page.locator('#briefing-cards').getByRole('article').first().waitFor();
  await page.keyboard.press('ControlOrMeta+Shift+S');
  await expect(page.getByRole('dialog', { name: 'Study' })).toBeVisible();
  await page.evaluate<boolean>('document.fonts.ready.then(() => true)');
}

test('study: a review and the statistics at 1024 and 1600 px', { tag: '@screenshots' }, async ({ page }) => {
  test.setTimeout(300_000);
  await page.locator('#briefing-cards').getByRole('article').first().waitFor();
  await studyForWeeks(page);
  await pageService(page).updateStudyPreferences({
    readyBy: new Date(virtualNow + 12 * day).toISOString(),
  });
  for (const width of [1024, 1600]) {
    await page.reload();
    await openStudy(page, width);
    const dialog = page.getByRole('dialog', { name: 'Study' });
    await expect(dialog.locator('.study-card')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(dialog.getByRole('group', { name: 'How well did you recall it?' })).toBeVisible();
    await page.screenshot({ path: join(screenshotFolder, `study-review-${width}.png`) });
    await dialog.getByRole('button', { name: 'Statistics' }).click();
    await expect(dialog.getByText('Reviews by day, last 26 weeks')).toBeVisible();
    await page.screenshot({ path: join(screenshotFolder, `study-statistics-${width}.png`) });
  }
});
