import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readSeed } from './support/dataFiles';

// The window polish of issue 12, each asserted on the real layout rather than eyeballed once.
const seed = readSeed();

type Box = { x: number; y: number; width: number; height: number };
const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function boxes(locator: Locator): Promise<Box[]> {
  return Promise.all((await locator.all()).map(async (item) => (await item.boundingBox())!));
}

async function openExport(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByText(/Preview · \d+ pages/)).toBeVisible({ timeout: 15_000 });
  return dialog;
}

for (const width of [1024, 1280, 1360, 1600]) {
  test(`key figures never run into each other at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const figures = page.getByRole('region', { name: 'Key figures' }).getByRole('listitem');
    await expect(figures.first()).toBeVisible();
    const cells = await boxes(figures);
    const values = await boxes(page.locator('.key-figure-value'));
    const labels = await boxes(page.locator('.key-figure-label'));
    expect(values.length).toBeGreaterThan(3);
    values.forEach((value, index) => {
      const cell = cells[index]!;
      // Each value stays inside its own cell, so it cannot reach the next one.
      expect(value.x, `value ${index}`).toBeGreaterThanOrEqual(cell.x - 0.5);
      expect(value.x + value.width, `value ${index}`).toBeLessThanOrEqual(cell.x + cell.width + 0.5);
      for (let other = 0; other < values.length; other++) {
        if (other === index) continue;
        expect(intersects(value, values[other]!), `value ${index} and value ${other}`).toBe(false);
        expect(intersects(value, labels[other]!), `value ${index} and label ${other}`).toBe(false);
      }
    });
  });
}

test('the export dialog scrolls its form under a title and close button that stay, beside a full-height preview', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1360, height: 700 });
  const dialog = await openExport(page);
  const form = dialog.locator('.export-form');
  await form.evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await expect(dialog.getByRole('button', { name: 'Import backup…' })).toBeInViewport();
  await expect(dialog.getByRole('heading', { name: 'Export' })).toBeInViewport();
  await expect(dialog.getByRole('button', { name: 'Close export' })).toBeInViewport();
  const outer = (await dialog.boundingBox())!;
  const preview = (await dialog.getByRole('region', { name: /Preview of the briefing pack/ }).boundingBox())!;
  // The preview reaches the dialog's bottom edge: no blank band under it.
  expect(Math.abs(preview.y + preview.height - (outer.y + outer.height))).toBeLessThan(6);
  expect(outer.y + outer.height).toBeLessThanOrEqual(700);
});

test('a damaged backup is refused in plain words next to Import, with the parser’s words behind Details', async ({
  page,
  app,
}) => {
  const damaged = join(app.saveDir, 'damaged.json');
  await writeFile(damaged, '{"format":"summit-briefing-backup","version":1,"database":{"schemaVer');
  const dialog = await openExport(page);
  await app.nextOpenPath(damaged);
  const importButton = dialog.getByRole('button', { name: 'Import backup…' });
  await importButton.click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('This file is not a Summit Briefing backup: it is damaged or incomplete.');
  await expect(alert).toContainText('Nothing was changed.');
  await expect(alert.getByText(/JSON at position|Unterminated|Unexpected/)).toBeHidden();
  await alert.getByText('Details').click();
  await expect(alert.getByText(/damaged\.json is not valid JSON: /)).toBeVisible();
  await expect(alert).toBeInViewport();
  // Next to the button that was pressed: in the Backup section, right under its buttons.
  await expect(dialog.getByRole('region', { name: 'Backup' }).getByRole('alert')).toHaveCount(1);
  const buttonBox = (await importButton.boundingBox())!;
  const alertBox = (await alert.boundingBox())!;
  expect(alertBox.y - (buttonBox.y + buttonBox.height)).toBeLessThan(40);
  expect(alertBox.y).toBeGreaterThan(buttonBox.y);
});

test('"Show in folder" looks like a button', async ({ page, app }) => {
  const dialog = await openExport(page);
  await dialog.getByRole('radio', { name: /Topics/ }).check();
  await dialog.getByRole('checkbox', { name: /Security/ }).check();
  await app.nextSavePath(join(app.saveDir, 'security.md'));
  await dialog.getByRole('button', { name: 'Save Markdown…' }).click();
  const reveal = dialog.getByRole('button', { name: 'Show in folder' });
  await expect(reveal).toBeVisible();
  const look = await reveal.evaluate((element) => {
    const style = getComputedStyle(element);
    return { border: parseFloat(style.borderTopWidth), style: style.borderTopStyle, radius: style.borderTopLeftRadius };
  });
  expect(look.border).toBeGreaterThanOrEqual(1);
  expect(look.style).toBe('solid');
  expect(look.radius).not.toBe('0px');
});

test('the refusal of a 150 KB note comes into view as it appears', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const fact = seed.facts.find((candidate) => candidate.id === 'trade-volume-projection')!;
  await page
    .getByRole('region', { name: 'Briefing cards' })
    .getByRole('article', { name: fact.title, exact: true })
    .getByRole('button', { name: fact.title, exact: true })
    .click();
  const card = page.getByRole('dialog', { name: fact.title });
  await card.getByRole('button', { name: 'Add a note' }).click();
  const textbox = card.getByRole('textbox', { name: 'Note' });
  await textbox.fill(`${'Long line of a pasted transcript. '.repeat(4600)}`);
  const alert = card.getByRole('alert').filter({ hasText: 'a note can be at most' });
  await expect(alert).toBeVisible();
  await expect(alert).toBeInViewport();
});
