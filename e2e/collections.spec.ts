import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openSourcesList } from './support/sourcesList';
import { readSeed } from './support/dataFiles';

// Collections (issue 17): a card written for a collection, and the scope that limits the library to it.
const facts = readSeed().facts;
const visit = 'Astana visit 2024';
const cardTitle = 'Courtesy call on the akim of Astana';
const screenshots = process.env.E2E_SCREENSHOT_DIR;

function cardsRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Briefing cards' });
}

function scopeSelect(page: Page): Locator {
  return page.getByRole('navigation').getByRole('combobox', { name: 'Collection' });
}

async function createCollection(page: Page, name: string): Promise<void> {
  const list = await openSourcesList(page);
  await list.getByLabel('Name of the new collection').fill(name);
  await list.getByRole('button', { name: 'Create collection' }).click();
  await expect(list.getByRole('region', { name })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
}

test('a card written for a collection, and the scope that limits the library to it, across a relaunch', async ({
  page,
  app,
}) => {
  await expect(cardsRegion(page).getByRole('article')).toHaveCount(facts.length);
  // With only the shipped summit there is nothing to choose between.
  await expect(scopeSelect(page)).toHaveCount(0);
  await createCollection(page, visit);

  await page.getByRole('button', { name: 'New card', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'New card' });
  await form.getByRole('combobox', { name: 'Collection' }).selectOption({ label: visit });
  await form.getByRole('textbox', { name: 'Title', exact: true }).fill(cardTitle);
  await form.getByRole('textbox', { name: 'Text', exact: true }).fill('The delegation calls on the akim on Monday.');
  await form.getByRole('button', { name: 'Save card' }).click();
  await expect(form).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(cardsRegion(page).getByRole('article')).toHaveCount(facts.length + 1);

  // Choosing the scope: only its card, said under the title, and the sidebar counts it alone.
  await scopeSelect(page).selectOption({ label: visit });
  await expect(cardsRegion(page).getByRole('article')).toHaveCount(1);
  await expect(cardsRegion(page).getByRole('article', { name: cardTitle, exact: true })).toBeVisible();
  await expect(page.getByText(`Limited to the collection “${visit}”.`)).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('button', { name: /^All/ })).toContainText('1');
  // Its cards are not the summit's: the view says whose they are, and the summit's "facts as of" is not shown.
  await expect(page.locator('.view-description')).toHaveText(
    `Every card in the collection “${visit}”, grouped by topic.`,
  );
  await expect(page.getByRole('complementary', { name: /^Facts as of/ })).toHaveCount(0);
  if (screenshots) {
    for (const [width, height] of [
      [1280, 800],
      [1024, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: join(screenshots, `collections-scope-${width}.png`) });
    }
  }

  // The export screen offers and packs only the scope's cards, and says so.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const exportScreen = page.getByRole('dialog', { name: /Export/ });
  await expect(
    exportScreen.getByText(`Only the cards in “${visit}” are offered and packed`, { exact: false }),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(exportScreen).toBeHidden();

  // A word every shipped card set carries finds nothing here.
  const search = page.getByRole('searchbox', { name: 'Search briefing' });
  await search.fill('Tokayev');
  await expect(cardsRegion(page).getByRole('article')).toHaveCount(0);
  await search.fill('');
  await expect(cardsRegion(page).getByRole('article')).toHaveCount(1);

  // The scope is a setting: a relaunch opens in it.
  const fresh = await app.relaunch();
  await expect(scopeSelect(fresh)).toHaveValue(/.+/);
  await expect(cardsRegion(fresh).getByRole('article')).toHaveCount(1);
  await expect(fresh.getByText(`Limited to the collection “${visit}”.`)).toBeVisible();

  // Back to all collections: the shipped cards return.
  await scopeSelect(fresh).selectOption({ label: 'All collections' });
  await expect(cardsRegion(fresh).getByRole('article')).toHaveCount(facts.length + 1);
  await expect(fresh.getByText(`Limited to the collection “${visit}”.`)).toHaveCount(0);
  await expect(fresh.getByRole('complementary', { name: /^Facts as of/ })).toBeVisible();
  const search2 = fresh.getByRole('searchbox', { name: 'Search briefing' });
  await search2.fill('Tokayev');
  await expect(cardsRegion(fresh).getByRole('article').first()).toBeVisible();
});
