import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { pageService } from './support/pageService';
import { pdfText, squash } from './support/pdfText';

// The window in English, Korean, Russian and Kazakh: switched from the header at once, saved,
// reopened in the same language; plurals and dates by the language's rules; the PDF pack's
// labels in the pack's language; the card content English throughout.
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function ready(page: Page): Promise<void> {
  await page.locator('#briefing-cards').getByRole('article').first().waitFor();
}

/** The header's language menu, found by its place: its own label changes with the language. */
function languageMenu(page: Page) {
  return page.locator('header select.language-select');
}

async function choose(page: Page, language: 'en' | 'ko' | 'ru' | 'kk'): Promise<void> {
  await languageMenu(page).selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

const labels = {
  en: { all: 'All cards', export: 'Export', newCard: 'New card', security: 'Security', search: 'Search briefing' },
  ko: { all: '전체 카드', export: '내보내기', newCard: '새 카드', security: '안보', search: '브리핑 검색' },
  ru: {
    all: 'Все карточки',
    export: 'Экспорт',
    newCard: 'Новая карточка',
    security: 'Безопасность',
    search: 'Поиск по материалам',
  },
  kk: {
    all: 'Барлық карточка',
    export: 'Экспорт',
    newCard: 'Жаңа карточка',
    security: 'Қауіпсіздік',
    search: 'Материалдан іздеу',
  },
} as const;

test.describe('languages', () => {
  test.describe.configure({ timeout: 90_000 });

  test('the header menu switches the whole window at once to each language, and back', async ({ page }) => {
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.facts-language-note')).toHaveCount(0);
    for (const language of ['ko', 'ru', 'kk', 'en'] as const) {
      await choose(page, language);
      const text = labels[language];
      const nav = page.getByRole('navigation');
      await expect(nav.getByRole('button', { name: new RegExp(`^${text.all}`) })).toBeVisible();
      await expect(nav.getByRole('button', { name: new RegExp(`^${text.security}`) })).toBeVisible();
      await expect(page.getByRole('button', { name: text.export, exact: true })).toBeVisible();
      await expect(page.getByRole('button', { name: text.newCard, exact: true })).toBeVisible();
      await expect(page.getByRole('searchbox', { name: text.search })).toBeVisible();
      // The facts stay English, marked so for screen readers and hyphenation, and the window says so once.
      await expect(page.locator('.card-title').first()).toHaveAttribute('lang', 'en');
      await expect(page.locator('.facts-language-note')).toHaveCount(language === 'en' ? 0 : 1);
    }
  });

  test('counts take the language’s plural forms: 1 заметка, 2 заметки, 5 заметок', async ({ page }) => {
    const service = pageService(page);
    const notes: [string, number][] = [
      ['summit-overview', 1],
      ['thirty-years-diplomatic-ties', 2],
      ['strategic-partnership-beyond-conventional', 5],
    ];
    for (const [factId, count] of notes) {
      for (let index = 0; index < count; index++) {
        await service.createNote({ id: `note-${factId}-${index}`, factId, markdown: `Point ${index + 1}` });
      }
    }
    await page.reload();
    await ready(page);
    await choose(page, 'ru');
    const badge = (factId: string) => page.locator(`article[aria-labelledby="card-title-${factId}"] .badge-annotation`);
    await expect(badge('summit-overview')).toHaveText('1 заметка');
    await expect(badge('thirty-years-diplomatic-ties')).toHaveText('2 заметки');
    await expect(badge('strategic-partnership-beyond-conventional')).toHaveText('5 заметок');
    await choose(page, 'kk');
    await expect(badge('strategic-partnership-beyond-conventional')).toHaveText('5 жазба');
    await choose(page, 'ko');
    await expect(badge('thirty-years-diplomatic-ties')).toHaveText('메모 2개');
    await choose(page, 'en');
    await expect(badge('summit-overview')).toHaveText('1 note');
    await expect(badge('strategic-partnership-beyond-conventional')).toHaveText('5 notes');
  });

  test('dates and money are written the language’s way, with the same meaning', async ({ page }) => {
    await ready(page);
    const date = page.locator('article[aria-labelledby="card-title-summit-overview"] .card-date');
    await expect(date).toHaveText('August 2021');
    await choose(page, 'ru');
    await expect(date).toHaveText('август 2021 г.');
    await expect(page.locator('.as-of-label').first()).toHaveText('Факты по состоянию на август 2021 г.');
    const deal = page.locator('article[aria-labelledby="card-title-deal-usd-1-7-billion"] .card-figure dd').first();
    await expect(deal).toHaveText(/^1,7\s?млрд\s?\$$/);
    // Chromium's Kazakh has no month names of its own: the app writes them.
    await choose(page, 'kk');
    await expect(date).toHaveText('2021 ж. тамыз');
    await choose(page, 'ko');
    await expect(date).toHaveText('2021년 8월');
    await expect(deal).toHaveText('US$17억');
  });

  test('the choice is saved and a relaunch opens in it', async ({ page, app }) => {
    await ready(page);
    await choose(page, 'kk');
    const reopened = await app.relaunch();
    await ready(reopened);
    await expect(reopened.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(reopened.getByRole('button', { name: labels.kk.export, exact: true })).toBeVisible();
    await expect(languageMenu(reopened)).toHaveValue('kk');
  });

  test('a first start follows the system’s languages', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['ru-KZ', 'en-US'] }));
    await page.reload();
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('button', { name: labels.ru.newCard, exact: true })).toBeVisible();
  });

  test('the palette lists the languages, each in its own name, and switches from there', async ({ page }) => {
    await ready(page);
    await choose(page, 'ru');
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('Control+K');
    const input = page.getByRole('combobox', { name: 'Введите команду, карточку или тему' });
    await expect(input).toBeFocused();
    await page.keyboard.type('한국어');
    const option = page.getByRole('option', { name: /Язык: 한국어/ });
    await expect(option).toBeVisible();
    await option.click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await page.keyboard.press('Control+K');
    await expect(page.getByRole('combobox', { name: '명령, 카드 또는 주제 입력' })).toBeFocused();
    await page.keyboard.press('Escape');
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: '바로 가기 키' });
    await expect(sheet).toBeVisible();
    await expect(sheet.getByText('명령 팔레트', { exact: true })).toBeVisible();
  });

  test('a PDF exported from the Korean window has Korean labels; the pack language can differ', async ({
    page,
    app,
  }) => {
    await ready(page);
    await choose(page, 'ko');
    await page.getByRole('button', { name: '내보내기', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '내보내기' });
    await expect(dialog.getByLabel('자료집 언어')).toHaveValue('ko');
    await expect(dialog.getByText(/미리 보기 · \d+쪽/)).toBeVisible({ timeout: 30_000 });
    const saved = async () => {
      const status = dialog.getByRole('status').filter({ hasText: /저장 위치|Saved to/ });
      await expect(status).toBeVisible({ timeout: 45_000 });
      return /(?:저장 위치|Saved to): (.+?)\s*(?:폴더에서 보기|Show in folder)/.exec(
        (await status.textContent()) ?? '',
      )![1]!;
    };
    await dialog.getByRole('button', { name: 'PDF 저장…' }).click();
    const korean = squash(await pdfText(await saved()));
    for (const label of ['브리핑 자료집', '목차', '주요 수치', '안보', '출처:', '기준 사실'])
      expect(korean).toContain(label);
    expect(korean).toMatch(/\d+쪽 중 1쪽/);
    // The facts themselves stay English.
    expect(korean).toContain('Kassym-Jomart Tokayev');
    expect(korean).not.toContain('Page 1 of');

    await dialog.getByLabel('자료집 언어').selectOption('ru');
    await dialog.getByRole('button', { name: 'PDF 저장…' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: '저장 위치' })).toBeHidden();
    const russian = squash(await pdfText(await saved()));
    for (const label of ['Справочный пакет', 'Содержание', 'Безопасность']) expect(russian).toContain(label);
    expect(russian).toMatch(/Стр\. 1 из \d+/);
    void app;
  });

  test('the library, a card and the export screen have no WCAG 2.2 AA violations in Korean', async ({ page }) => {
    await ready(page);
    await choose(page, 'ko');
    const check = async (screen: string) => {
      await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
      const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
      expect(
        results.violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`,
        ),
        screen,
      ).toEqual([]);
    };
    await check('library (ko)');
    await page.locator('article[aria-labelledby="card-title-summit-overview"] .card-open').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await check('card detail (ko)');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '내보내기', exact: true }).click();
    await expect(page.getByRole('dialog', { name: '내보내기' }).getByText(/미리 보기 · \d+쪽/)).toBeVisible({
      timeout: 30_000,
    });
    await check('export (ko)');
  });
});
