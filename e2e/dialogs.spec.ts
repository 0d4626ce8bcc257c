/**
 * Every modal is a native <dialog> opened with showModal(): Chromium's top layer, inertness and
 * Escape, not hand-written traps. These check what that promises the user: Escape closes only the
 * top-most dialog, the page under a dialog cannot be reached, and the focus goes back to the
 * control that opened each dialog.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readSeed } from './support/dataFiles';

const fact = readSeed().facts.find((candidate) => candidate.id === 'trade-volume-projection')!;

function cardButton(page: Page) {
  return page
    .getByRole('region', { name: 'Briefing cards' })
    .getByRole('article', { name: fact.title, exact: true })
    .getByRole('button', { name: fact.title, exact: true });
}

test('a card opens as a modal dialog; the palette over it closes alone; focus returns to the card', async ({
  page,
}) => {
  const opener = cardButton(page);
  await opener.focus();
  await page.keyboard.press('Enter');
  const card = page.getByRole('dialog', { name: fact.title });
  await expect(card).toBeVisible();
  expect(await card.evaluate((element) => element.tagName === 'DIALOG' && element.matches(':modal'))).toBe(true);
  // Everything outside the top-most modal dialog is inert: Tab walks the card's controls and never
  // reaches the page under it. (Past the last control Chromium hands the focus to the browser's
  // own UI, the document here, before coming round to the dialog again: that is the platform's.)
  const stops = new Set<string>();
  for (let press = 0; press < 30; press += 1) {
    await page.keyboard.press('Tab');
    const where = await card.evaluate((element) => {
      const active = document.activeElement;
      if (!active || active === document.body) return 'the document';
      return element.contains(active) ? active.outerHTML.slice(0, 80) : `outside: ${active.outerHTML.slice(0, 80)}`;
    });
    expect(where).not.toMatch(/^outside/);
    stops.add(where);
  }
  expect(stops.size).toBeGreaterThan(3);

  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await expect(card).toBeVisible();
  expect(await card.evaluate((element) => element.contains(document.activeElement))).toBe(true);

  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(opener).toBeFocused();
});

test('a card taller than the window opens at its top, with the margin above it', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 640 });
  await cardButton(page).click();
  const card = page.getByRole('dialog', { name: fact.title });
  await expect(card).toBeVisible();
  const placed = await card.evaluate((element) => ({
    scrolled: element.scrollTop,
    panelTop: element.querySelector('.dialog')?.getBoundingClientRect().top ?? -1,
    panelTaller: (element.querySelector('.dialog')?.getBoundingClientRect().height ?? 0) > window.innerHeight,
  }));
  expect(placed.panelTaller).toBe(true);
  expect(placed.scrolled).toBe(0);
  expect(placed.panelTop).toBeGreaterThanOrEqual(24);
});

test('the export screen hands the focus back to the header button that opened it', async ({ page }) => {
  const exportButton = page.getByRole('banner').getByRole('button', { name: 'Export', exact: true });
  await exportButton.click();
  const screen = page.getByRole('dialog', { name: 'Export' });
  await expect(screen).toBeVisible({ timeout: 15_000 });
  // A press beside the export screen keeps it, as before: the choices made there would be lost.
  await page.mouse.click(4, 4);
  await expect(screen).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(screen).toBeHidden();
  await expect(exportButton).toBeFocused();
});

test('undo with a card open is announced inside the card, where the user is', async ({ page }) => {
  test.setTimeout(60_000);
  await cardButton(page).click();
  const card = page.getByRole('dialog', { name: fact.title });
  await expect(card).toBeVisible();
  await card.getByRole('heading', { name: fact.title }).click();
  await page.keyboard.press('s');
  await expect(card.getByRole('button', { name: /star/i }).first()).toHaveAttribute('aria-pressed', 'true');
  // A change enters the history once it is on disk; the header's Undo (under the dialog) says when.
  await expect(
    page
      .getByRole('banner', { includeHidden: true })
      .getByRole('button', { name: 'Undo', exact: true, includeHidden: true }),
  ).toHaveAttribute('aria-disabled', 'false', { timeout: 15_000 });
  await page.keyboard.press('Control+z');
  await expect(card.getByRole('status').filter({ hasText: 'Undone.' })).toHaveCount(1, { timeout: 15_000 });
  // The window's own region, inert under the dialog, stays silent.
  const library = page.getByRole('main', { includeHidden: true });
  await expect(library.getByRole('status', { includeHidden: true }).first()).toBeAttached();
  await expect(library.getByRole('status', { includeHidden: true }).filter({ hasText: 'Undone.' })).toHaveCount(0);
});
