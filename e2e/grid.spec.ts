import type { Page } from '@playwright/test';
import { readSeed as readBenchSeed, syntheticDatabase } from '../bench/syntheticDatabase';
import { serialiseDatabase } from '../src/main/domain/databaseFile';
import { expect, test } from './fixtures';
import { readSeed, writeDatabaseFile } from './support/dataFiles';

// A library of a thousand cards of the user's own (the benchmark's medium database, without its
// notes): large enough that the grid holds only the rows near the screen.
const ownCards = 1_000;

async function openLargeLibrary(page: Page, app: { dataDir: string; relaunch(): Promise<Page> }): Promise<Page> {
  const { seed } = await readBenchSeed();
  await writeDatabaseFile(
    app.dataDir,
    serialiseDatabase(syntheticDatabase(seed, { name: 'grid', cards: ownCards, notes: 0 })),
  );
  const window = await app.relaunch();
  await expect(window.locator('[data-card-id]').first()).toBeVisible();
  return window;
}

/** Where focus is: the card (its id and place in the list) holding the focused element. */
function focusedCard(page: Page): Promise<{ id?: string; position?: string; isCardTitle: boolean }> {
  // A string, because these specs compile without the DOM library.
  return page.evaluate<{ id?: string; position?: string; isCardTitle: boolean }>(`(() => {
    const item = document.activeElement && document.activeElement.closest('[data-card-id]');
    return {
      id: item ? item.dataset.cardId : undefined,
      position: item ? item.getAttribute('aria-posinset') : undefined,
      isCardTitle: Boolean(document.activeElement && document.activeElement.hasAttribute('data-card-open')),
    };
  })()`);
}

function scrollLibrary(page: Page, to: 'bottom' | 'top'): Promise<unknown> {
  return page.evaluate(`(() => {
    const pane = document.querySelector('.library');
    pane.scrollTop = ${to === 'bottom' ? 'pane.scrollHeight' : '0'};
    return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  })()`);
}

/** The search worker starts once the whole library has replaced the first screen. */
async function untilWholeLibrary(window: Page): Promise<void> {
  await expect
    .poll(() => window.workers().map((worker) => worker.url()))
    .toContainEqual(expect.stringMatching(/search\.worker-[\w-]+\.js$/));
}

test.describe('a virtualised grid of a thousand cards', () => {
  test('holds only the rows near the screen, and each card tells a screen reader its place in the whole', async ({
    page,
    app,
  }) => {
    const window = await openLargeLibrary(page, app);
    const total = String(readBenchSeedCount() + ownCards);
    // The count is written as the language writes numbers: "1,038 cards" in English.
    const list = window.getByRole('list', { name: `${Number(total).toLocaleString('en-GB')} cards` });
    await expect(list).toBeVisible();
    const items = list.getByRole('listitem');
    const rendered = await items.count();
    expect(rendered).toBeGreaterThan(3);
    expect(rendered).toBeLessThan(80);
    await expect(items.first()).toHaveAttribute('aria-posinset', '1');
    await expect(items.first()).toHaveAttribute('aria-setsize', total);
    await scrollLibrary(window, 'bottom');
    await expect(list.locator(`[aria-posinset="${total}"]`)).toBeVisible();
    expect(await items.count()).toBeLessThan(80);
  });

  test('arrow keys, Home and End reach every card, and the focused card keeps focus when scrolled away and back', async ({
    page,
    app,
  }) => {
    const window = await openLargeLibrary(page, app);
    const total = String(readBenchSeedCount() + ownCards);
    // End goes to the last card the window holds: wait until it holds them all, not the first screen.
    await untilWholeLibrary(window);
    await window.locator('[data-card-id]').first().locator('[data-card-open]').focus();
    await window.keyboard.press('End');
    await expect.poll(() => focusedCard(window)).toMatchObject({ position: total, isCardTitle: true });
    await window.keyboard.press('Home');
    await expect.poll(() => focusedCard(window)).toMatchObject({ position: '1', isCardTitle: true });
    await window.keyboard.press('ArrowRight');
    await expect.poll(() => focusedCard(window)).toMatchObject({ position: '2' });
    // Down moves by a row: as many cards as there are columns (3 at the target's 1360 px).
    await window.keyboard.press('ArrowDown');
    await expect.poll(() => focusedCard(window)).toMatchObject({ position: '5' });

    const before = await focusedCard(window);
    await scrollLibrary(window, 'bottom');
    expect(await focusedCard(window)).toEqual(before);
    await scrollLibrary(window, 'top');
    expect(await focusedCard(window)).toEqual(before);
    // And the keys go on from where focus is.
    await window.keyboard.press('ArrowLeft');
    await expect.poll(() => focusedCard(window)).toMatchObject({ position: '4' });
  });

  test('Tab walks on past the rows first rendered', async ({ page, app }) => {
    const window = await openLargeLibrary(page, app);
    // Tabbing before the whole library has replaced the first screen can lose focus when the
    // cards are rendered again (a known gap, see the README).
    await untilWholeLibrary(window);
    const firstRendered = await window.locator('[data-card-id]').count();
    await window.locator('[data-card-id]').first().locator('[data-card-open]').focus();
    for (let step = 0; step < firstRendered * 3; step++) await window.keyboard.press('Tab');
    const reached = Number((await focusedCard(window)).position);
    expect(reached).toBeGreaterThan(firstRendered);
  });

  test('searches in a Web Worker, over every card, and what is painted says which query it answers', async ({
    page,
    app,
  }) => {
    const window = await openLargeLibrary(page, app);
    await expect
      .poll(() => window.workers().map((worker) => worker.url()))
      .toContainEqual(expect.stringMatching(/search\.worker-[\w-]+\.js$/));
    // The last card of the thousand is found: the index was built in slices to the end.
    const { seed } = await readBenchSeed();
    const last = syntheticDatabase(seed, { name: 'grid', cards: ownCards, notes: 0 }).user.ownFacts.at(-1);
    if (!last) throw new Error('the synthetic library has no cards');
    await window.getByRole('searchbox', { name: 'Search briefing' }).fill(last.title);
    await expect(window.locator('.result-count')).toContainText(`match “${last.title}”`);
    await expect(window.getByRole('article', { name: last.title, exact: true })).toBeVisible();
  });

  for (const width of [1024, 1360, 1600]) {
    test(`lays out as many columns as fit at ${width} px`, async ({ page, app }, testInfo) => {
      const window = await openLargeLibrary(page, app);
      await window.setViewportSize({ width, height: 900 });
      const columns = await window.evaluate<number>(
        `getComputedStyle(document.querySelector('.card-row')).gridTemplateColumns.split(' ').length`,
      );
      // The same sums as CSS auto-fill with 300 px cards: the pane beside the sidebar fits 2, 3 and 3.
      expect(columns).toBe(width === 1024 ? 2 : 3);
      await window.evaluate<boolean>('document.fonts.ready.then(() => true)');
      await window.screenshot({ path: testInfo.outputPath(`grid-${width}.png`) });
      // Half-way down, the rows measured as they came in sit one below the other, none overlapping.
      await window.evaluate(`(() => {
        const pane = document.querySelector('.library');
        pane.scrollTop = pane.scrollHeight / 2;
        return new Promise((resolve) => setTimeout(resolve, 300));
      })()`);
      const overlaps = await window.evaluate<number>(`(() => {
        const rows = [...document.querySelectorAll('.card-row')].map((row) => row.getBoundingClientRect());
        return rows.slice(1).filter((row, index) => row.top < rows[index].bottom - 1).length;
      })()`);
      expect(overlaps).toBe(0);
      await window.screenshot({ path: testInfo.outputPath(`grid-${width}-middle.png`) });
    });
  }
});

function readBenchSeedCount(): number {
  return readSeed().facts.length;
}
