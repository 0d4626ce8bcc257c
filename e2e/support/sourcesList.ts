import { expect, type Locator, type Page } from '@playwright/test';

/** Opens the sources list the way a keyboard user does, through the palette, once the library has painted. */
export async function openSourcesList(page: Page): Promise<Locator> {
  await page.getByRole('region', { name: 'Briefing cards' }).getByRole('article').first().waitFor();
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('Control+K');
  await page.keyboard.type('Sources…');
  await page.keyboard.press('Enter');
  const list = page.getByRole('dialog', { name: 'Sources' });
  await expect(list).toBeVisible();
  return list;
}
