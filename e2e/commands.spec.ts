import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readDatabaseFile, readSeed } from './support/dataFiles';

// The command registry without a mouse: the palette, the shortcuts sheet and the keys.
const fact = readSeed().facts.find((candidate) => candidate.id === 'trade-volume-projection')!;
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function ready(page: Page) {
  await page.getByRole('region', { name: 'Briefing cards' }).getByRole('article').first().waitFor();
  await page.locator('body').click({ position: { x: 1, y: 1 } });
}

async function runFromPalette(page: Page, query: string, option: string | RegExp) {
  await page.keyboard.press('Control+K');
  const input = page.getByRole('combobox', { name: 'Type a command, a card or a topic' });
  await expect(input).toBeFocused();
  await page.keyboard.type(query);
  const listbox = page.getByRole('listbox', { name: 'Commands and cards' });
  const active = listbox.getByRole('option', { selected: true });
  // Arrow down until the wanted option is the active descendant.
  for (let step = 0; step < 10 && !(await active.textContent())?.match(option); step++)
    await page.keyboard.press('ArrowDown');
  await expect(active).toContainText(option);
  await expect(input).toHaveAttribute('aria-activedescendant', (await active.getAttribute('id'))!);
  await page.keyboard.press('Enter');
  await expect(listbox).toBeHidden();
}

test('the palette filters fuzzily, shows shortcuts, and runs commands, cards and topics by keyboard', async ({
  page,
  app,
}) => {
  await ready(page);
  await page.keyboard.press('Control+Shift+P');
  const input = page.getByRole('combobox', { name: 'Type a command, a card or a topic' });
  await expect(input).toBeFocused();
  await page.keyboard.type('exp pdf');
  const listbox = page.getByRole('listbox', { name: 'Commands and cards' });
  await expect(listbox.getByRole('option').first()).toContainText('Export PDF briefing pack…');
  await expect(listbox.getByRole('option').first()).toContainText('Ctrl+E');
  await page.keyboard.press('Escape');
  await expect(listbox).toBeHidden();

  await runFromPalette(page, 'secur', 'Go to Security');
  await expect(page.getByRole('heading', { level: 1, name: 'Security' })).toBeVisible();

  await runFromPalette(page, fact.title.slice(0, 18), fact.title);
  const card = page.getByRole('dialog', { name: fact.title });
  await expect(card).toBeVisible();

  // Inside the card: star by key, and the undo is announced even though the header is covered.
  await page.keyboard.press('s');
  await expect(card.getByRole('button', { name: 'Star card', pressed: true })).toBeVisible();
  await expect.poll(async () => (await readDatabaseFile(app.dataDir)).user.starred).toContain(fact.id);
  await page.keyboard.press('Control+Z');
  await expect(card.getByRole('button', { name: 'Star card', pressed: false })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Undone.' })).toHaveCount(1);
  await expect.poll(async () => (await readDatabaseFile(app.dataDir)).user.starred).not.toContain(fact.id);

  // N presses the card's "Add a note"; the editor takes the focus.
  await page.keyboard.press('n');
  await expect(card.getByRole('textbox', { name: 'Note' })).toBeFocused();
});

test('every command with a key runs from the keyboard; the shortcuts sheet lists them', async ({ page, app }) => {
  await ready(page);
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('Command palette');
  await expect(sheet).toContainText('Ctrl+K');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  await page.keyboard.press('2');
  await expect(page.getByRole('heading', { level: 1, name: 'Trade and investment' })).toBeVisible();
  await page.keyboard.press('0');
  await expect(page.getByRole('heading', { level: 1, name: 'All briefing cards' })).toBeVisible();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search briefing' })).toBeFocused();
  // In a text field the letters are text, not commands.
  await page.keyboard.type('s2?');
  await expect(page.getByRole('searchbox', { name: 'Search briefing' })).toHaveValue('s2?');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.locator('body').click({ position: { x: 1, y: 1 } });

  await page.keyboard.press('Control+N');
  await expect(page.getByRole('dialog', { name: /new card/i })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+E');
  await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
  await page.keyboard.press('Escape');

  // The theme override walks system → light → dark, applies at once and is saved.
  await runFromPalette(page, 'dark theme', 'Use dark theme');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const reopened = await app.relaunch();
  await expect(reopened.locator('html')).toHaveAttribute('data-theme', 'dark');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the palette and the shortcuts sheet have no WCAG 2.2 AA violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await ready(page);
    await page.keyboard.press('Control+K');
    await page.keyboard.type('go');
    await expect(page.getByRole('listbox', { name: 'Commands and cards' }).getByRole('option').first()).toBeVisible();
    expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations.map((v) => v.id)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations.map((v) => v.id)).toEqual([]);
  });
}
