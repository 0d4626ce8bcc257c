import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { repoRoot } from './targets/target';

// Only the `screenshots` project runs this file (`npm run screenshots`): the library in Korean and in Kazakh.
const screenshotFolder = join(repoRoot, 'docs', 'screenshots');

test.beforeAll(async () => {
  await mkdir(screenshotFolder, { recursive: true });
});

async function libraryIn(page: Page, language: 'ko' | 'kk'): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.locator('#briefing-cards').getByRole('article').first().waitFor();
  await page.locator('header select.language-select').selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await page.evaluate<boolean>('document.fonts.ready.then(() => true)');
}

for (const language of ['ko', 'kk'] as const) {
  test(`library in ${language}`, { tag: '@screenshots' }, async ({ page }) => {
    await libraryIn(page, language);
    await page.screenshot({ path: join(screenshotFolder, `library-${language}.png`) });
  });
}
