import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The window in the pseudo-locale (English accented and 40% longer, a hidden switch): a label that
// is cut off, runs out of its box or overlaps its neighbour shows here before a translation finds it.
const flag = 'summit-briefing:pseudo-locale';

async function inPseudoLocale(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.evaluate((key) => localStorage.setItem(key, 'on'), flag);
  await page.reload();
  await page.locator('#briefing-cards').getByRole('article').first().waitFor();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  await page.evaluate<boolean>('document.fonts.ready.then(() => true)');
}

interface Problem {
  what: string;
  problem: string;
}

/** Every listed element shows all its text (no overflow) and no two of a group overlap. */
async function layoutProblems(page: Page, groups: Record<string, string>): Promise<Problem[]> {
  return page.evaluate((selectors) => {
    const problems: { what: string; problem: string }[] = [];
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().slice(0, 30)}”`;
    for (const [group, selector] of Object.entries(selectors)) {
      const elements = [...document.querySelectorAll<HTMLElement>(selector)].filter(
        (element) => element.getClientRects().length > 0,
      );
      if (elements.length === 0) problems.push({ what: group, problem: 'nothing found' });
      for (const element of elements) {
        if (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1) {
          problems.push({ what: `${group}: ${name(element)}`, problem: 'text overflows its box' });
        }
      }
      const boxes = elements.map((element) => ({ element, box: element.getBoundingClientRect() }));
      for (const [index, first] of boxes.entries()) {
        for (const second of boxes.slice(index + 1)) {
          if (first.element.contains(second.element) || second.element.contains(first.element)) continue;
          const overlap =
            Math.min(first.box.right, second.box.right) - Math.max(first.box.left, second.box.left) > 1 &&
            Math.min(first.box.bottom, second.box.bottom) - Math.max(first.box.top, second.box.top) > 1;
          if (overlap) {
            problems.push({ what: `${group}: ${name(first.element)} and ${name(second.element)}`, problem: 'overlap' });
          }
        }
      }
    }
    // The header's parts never spill out of the window.
    for (const element of document.querySelectorAll<HTMLElement>('.app-header > *')) {
      const box = element.getBoundingClientRect();
      if (box.right > window.innerWidth + 1 || box.left < -1) {
        problems.push({ what: `header: ${name(element)}`, problem: 'outside the window' });
      }
    }
    return problems;
  }, groups);
}

const groups = {
  'header parts': '.app-header > .brand, .app-header > .search, .app-header > .header-actions',
  'header buttons': '.header-actions > button, .header-actions > .language-menu, .header-actions > .save-status',
  'sidebar labels': '.topic-nav .topic-link',
  'cards toolbar': '.cards-toolbar > *',
};

for (const width of [1024, 1600]) {
  test(`nothing is cut off or overlaps in the pseudo-locale at ${width} px`, async ({ page }, testInfo) => {
    await inPseudoLocale(page, width);
    const shot = testInfo.outputPath(`pseudo-locale-${width}.png`);
    await page.screenshot({ path: shot });
    await testInfo.attach(`pseudo-locale-${width}.png`, { path: shot, contentType: 'image/png' });
    // Every string came from the catalogue: no English word is left unaccented in the header or the sidebar.
    const english = await page.locator('.app-header button, .topic-nav .topic-label').allTextContents();
    expect(english.filter((text) => /\b(Undo|Redo|Export|New card|All cards|Topics|Security)\b/.test(text))).toEqual(
      [],
    );
    expect(await layoutProblems(page, groups)).toEqual([]);
  });
}
