import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { paragraphsOfArticle } from '../src/shared/citation';
import { currentSchemaVersion } from '../src/shared/schema/database';
import { topics } from '../src/shared/topics';
import { expect, test } from './fixtures';
import { readDatabaseFile, readSeed, writeDatabaseFile } from './support/dataFiles';

// Titles, counts, paragraphs and caveats come from the shipped seed, so editing content keeps these green.
const seed = readSeed();
const facts = seed.facts;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A sidebar button's name: its label first, its card count last ("Trade and investment 6"). */
function topicButtonName(label: string, count: number): RegExp {
  return new RegExp(`^${escapeRegExp(label)}(?:\\s.*)?\\s*(?<!\\d)${count}$`);
}

function factsOfTopic(topicId: string) {
  return facts.filter((fact) => fact.topic === topicId);
}

function factById(id: string) {
  const fact = facts.find((candidate) => candidate.id === id);
  if (!fact) throw new Error(`The seed has no card "${id}"; update this spec.`);
  return fact;
}

function topicsNav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Topics' });
}

function cardsRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Briefing cards' });
}

function card(page: Page, title: string): Locator {
  return cardsRegion(page).getByRole('article', { name: title, exact: true });
}

/** Every sidebar entry in order: label, selection and how many cards it holds. */
const sidebar = [
  { label: 'All cards', count: facts.length },
  { label: 'Starred', count: 0 },
  { label: 'Annotated', count: 0 },
  ...topics.map((topic) => ({ label: topic.label, count: factsOfTopic(topic.id).length })),
];

test('opens offline with every topic and every card', async ({ page }) => {
  await expect(cardsRegion(page).getByRole('article')).toHaveCount(facts.length);
  for (const fact of facts) await expect(card(page, fact.title)).toBeVisible();

  // Every filter in the sidebar, then its one action, "Manage tags" (a new library has no tags).
  const buttons = topicsNav(page).getByRole('button');
  await expect(buttons).toHaveCount(sidebar.length + 1);
  await expect(buttons.last()).toHaveAccessibleName('Manage tags');
  for (const [index, entry] of sidebar.entries()) {
    await expect(buttons.nth(index)).toHaveAccessibleName(topicButtonName(entry.label, entry.count));
  }
  await expect(
    topicsNav(page).getByRole('button', { name: topicButtonName('All cards', facts.length) }),
  ).toHaveAttribute('aria-current', 'page');

  for (const topic of topics) {
    const expected = factsOfTopic(topic.id);
    const button = topicsNav(page).getByRole('button', { name: topicButtonName(topic.label, expected.length) });
    await button.click();
    await expect(button).toHaveAttribute('aria-current', 'page');
    await expect(cardsRegion(page).getByRole('article')).toHaveCount(expected.length);
    for (const fact of expected) await expect(card(page, fact.title)).toBeVisible();
  }
});

test('says what date the facts are as of, and shows every paragraph a card cites on its face', async ({ page }) => {
  await expect(page.getByRole('complementary', { name: 'Facts as of August 2021' })).toContainText(
    'Later events are not covered',
  );
  for (const fact of facts.filter((candidate) => (candidate.paragraphs?.length ?? 0) > 1)) {
    await expect(card(page, fact.title).getByText(`¶${fact.paragraphs!.join(', ')}`, { exact: true })).toBeVisible();
  }
});

test('shows the key figures', async ({ page }) => {
  const figures = page.getByRole('region', { name: 'Key figures' });
  await expect(figures).toContainText(/USD\s*4\s*billion/);
  await expect(figures).toContainText(/USD\s*1\.7\s*billion/);
  await expect(figures).toContainText(/550/);
});

test('search narrows the cards and clears', async ({ page }) => {
  const search = page.getByRole('searchbox', { name: 'Search briefing' });
  const articles = cardsRegion(page).getByRole('article');
  const enterprises = factById('korean-enterprises-in-kazakhstan');
  await expect(articles).toHaveCount(facts.length);

  await search.fill('Samsung');
  await expect(card(page, enterprises.title)).toBeVisible();
  await expect.poll(() => articles.count()).toBeLessThan(facts.length);

  await search.fill('zzzz-nothing');
  await expect(page.getByText(/No cards match/)).toBeVisible();
  await expect(articles).toHaveCount(0);

  await page.getByRole('button', { name: 'Clear search' }).click();
  await expect(search).toHaveValue('');
  await expect(articles).toHaveCount(facts.length);
});

test('a card with a caveat opens its detail, and the keyboard reaches the cards', async ({ page }) => {
  const fact =
    facts.find((candidate) => candidate.caveats.length > 0 && candidate.attributions) ??
    facts.find((candidate) => candidate.caveats.length > 0);
  if (!fact) throw new Error('The seed has no card with a caveat; this spec needs one.');

  const article = card(page, fact.title);
  await article.getByRole('button', { name: fact.title, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: fact.title });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(paragraphsOfArticle(fact.paragraphs ?? []));
  await expect(dialog.getByRole('complementary', { name: 'Facts as of August 2021' })).toContainText(
    'Later events are not covered',
  );
  for (const credit of fact.attributions ?? []) await expect(dialog).toContainText(credit.label);
  const caveats = dialog.getByRole('note', { name: 'Caveat' });
  await expect(caveats).toHaveCount(fact.caveats.length);
  for (const caveat of fact.caveats) await expect(caveats.filter({ hasText: caveat.sourceText })).toHaveCount(1);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await article.getByRole('button', { name: fact.title, exact: true }).click();
  await expect(dialog).toBeVisible();
  // The dialog may offer Close twice (an icon in its header and a button at its foot); either will do.
  await dialog.getByRole('button', { name: 'Close', exact: true }).first().click();
  await expect(dialog).toBeHidden();

  await page.getByRole('searchbox', { name: 'Search briefing' }).focus();
  let reachedCard = false;
  for (let presses = 0; presses < 40 && !reachedCard; presses++) {
    await page.keyboard.press('Tab');
    // A string, because these specs compile without the DOM library.
    reachedCard = await page.evaluate<boolean>("document.activeElement?.closest('article') != null");
  }
  expect(reachedCard, 'Tab from the search box reaches a card within 40 presses').toBe(true);
});

test('stars and the selected topic survive a relaunch', async ({ page, app }) => {
  const topic =
    topics.find((candidate) => candidate.id !== 'overview' && factsOfTopic(candidate.id).length > 0) ?? topics[0];
  if (!topic) throw new Error('There are no topics.');
  const fact = factsOfTopic(topic.id)[0];
  if (!fact) throw new Error(`The seed has no card in "${topic.label}".`);
  const topicCount = factsOfTopic(topic.id).length;

  const star = card(page, fact.title).getByRole('button', { name: 'Star card' });
  await expect(star).toHaveAttribute('aria-pressed', 'false');
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'true');
  await expect(topicsNav(page).getByRole('button', { name: topicButtonName('Starred', 1) })).toBeVisible();
  const topicButton = topicsNav(page).getByRole('button', { name: topicButtonName(topic.label, topicCount) });
  await topicButton.click();
  await expect(topicButton).toHaveAttribute('aria-current', 'page');

  // A person who stars a card and quits a moment later: wait until the app has saved, then quit.
  await expect
    .poll(async () => {
      const saved = await readDatabaseFile(app.dataDir);
      return { starred: saved.user.starred, lastTopic: saved.settings.lastTopic };
    })
    .toEqual({ starred: [fact.id], lastTopic: topic.id });

  const reopened = await app.relaunch();
  const reopenedTopic = topicsNav(reopened).getByRole('button', { name: topicButtonName(topic.label, topicCount) });
  await expect(reopenedTopic).toHaveAttribute('aria-current', 'page');
  await expect(topicsNav(reopened).getByRole('button', { name: topicButtonName('Starred', 1) })).toBeVisible();
  await expect(cardsRegion(reopened).getByRole('article')).toHaveCount(topicCount);
  await expect(card(reopened, fact.title).getByRole('button', { name: 'Star card' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('a corrupt database is set aside, the backup restored, and the user told', async ({ page, app }) => {
  await expect(cardsRegion(page).getByRole('article')).toHaveCount(facts.length);
  const corrupt = '{ "schemaVersion": 2, "facts": "oops" }';
  await writeDatabaseFile(app.dataDir, corrupt);

  const reopened = await app.relaunch();
  const alert = reopened.getByRole('alert').filter({ hasText: 'restored from a backup' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('summit-briefing.corrupt-');
  await expect(cardsRegion(reopened).getByRole('article')).toHaveCount(facts.length);

  // Nothing is lost: the damaged file is kept, byte for byte, beside the restored one.
  const kept = (await readdir(app.dataDir)).filter((name) => name.startsWith('summit-briefing.corrupt-'));
  expect(kept).toHaveLength(1);
  expect(await readFile(join(app.dataDir, kept[0] ?? ''), 'utf8')).toBe(corrupt);
  expect((await readDatabaseFile(app.dataDir)).schemaVersion).toBe(currentSchemaVersion);

  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toBeHidden();
});
