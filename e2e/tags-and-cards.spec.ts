import type { Locator, Page } from '@playwright/test';
import { topics } from '../src/shared/topics';
import { expect, test } from './fixtures';
import { readDatabaseFile, readSeed } from './support/dataFiles';

// Titles and counts come from the shipped seed, so editing content keeps these green.
const facts = readSeed().facts;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A sidebar button's name: its label first, its card count last ("talking point 1"). */
function navButtonName(label: string, count: number): RegExp {
  return new RegExp(`^${escapeRegExp(label)}(?:\\s.*)?\\s*(?<!\\d)${count}$`);
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

async function openCard(page: Page, title: string): Promise<Locator> {
  await card(page, title).getByRole('button', { name: title, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function closeCard(dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: 'Close card' }).click();
  await expect(dialog).toBeHidden();
}

const security = topics.find((topic) => topic.id === 'security');
const securityCount = facts.filter((fact) => fact.topic === 'security').length;

test('a card of the user’s own is created from “New card” and joins the library', async ({ page, app }) => {
  if (!security) throw new Error('There is no Security topic.');
  await expect(cardsRegion(page).getByRole('article')).toHaveCount(facts.length);

  await page.getByRole('button', { name: 'New card', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'New card' });
  await expect(form).toBeVisible();

  // Saving an empty form says what is missing and saves nothing.
  await form.getByRole('button', { name: 'Save card' }).click();
  await expect(form.getByRole('alert')).toContainText('A card needs a title.');
  await expect(form.getByRole('textbox', { name: 'Title', exact: true })).toHaveAttribute('aria-invalid', 'true');

  await form.getByRole('combobox', { name: 'Topic' }).selectOption({ label: security.label });
  await form.getByRole('textbox', { name: 'Title', exact: true }).fill('Briefing with the foreign ministry');
  await form
    .getByRole('textbox', { name: 'Text', exact: true })
    .fill('Officials will brief the delegation on the peace process. Ask about the next round of talks.');
  await form.getByRole('button', { name: 'Add figure' }).click();
  await form.getByRole('textbox', { name: 'Figure value' }).fill('3 rounds');
  await form.getByRole('textbox', { name: 'What it measures' }).fill('Talks planned this year');
  await form.getByRole('button', { name: 'Add person' }).click();
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Chung Eui-yong');
  await form.getByRole('textbox', { name: 'Role', exact: true }).fill('Foreign Minister of Korea');
  await expect(form.getByRole('alert')).toBeHidden();
  await form.getByRole('button', { name: 'Save card' }).click();
  await expect(form).toBeHidden();

  // The app opens the new card; closing it shows the card among the others.
  const detail = page.getByRole('dialog', { name: 'Briefing with the foreign ministry' });
  await expect(detail).toBeVisible();
  await expect(detail).toContainText('3 rounds');
  await expect(detail).toContainText('Chung Eui-yong');
  await closeCard(detail);

  const article = card(page, 'Briefing with the foreign ministry');
  await expect(article).toBeVisible();
  await expect(article).toContainText('Your card');
  await expect(cardsRegion(page).getByRole('article')).toHaveCount(facts.length + 1);
  await expect(
    topicsNav(page).getByRole('button', { name: navButtonName(security.label, securityCount + 1) }),
  ).toBeVisible();

  await expect
    .poll(async () => (await readDatabaseFile(app.dataDir)).user.ownFacts.map((fact) => [fact.title, fact.origin]))
    .toEqual([['Briefing with the foreign ministry', 'user']]);
});

test('an own card is edited, then deleted after a confirmation', async ({ page, app }) => {
  await page.getByRole('button', { name: 'New card', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'New card' });
  await form.getByRole('textbox', { name: 'Title', exact: true }).fill('Draft card');
  await form.getByRole('textbox', { name: 'Text', exact: true }).fill('Something to check before the meeting.');
  await form.getByRole('button', { name: 'Save card' }).click();

  let detail = page.getByRole('dialog', { name: 'Draft card' });
  await expect(detail).toBeVisible();
  await detail.getByRole('button', { name: 'Edit card' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit card' });
  await expect(edit.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Draft card');
  await edit.getByRole('textbox', { name: 'Title', exact: true }).fill('Checked card');
  await edit.getByRole('button', { name: 'Save card' }).click();

  detail = page.getByRole('dialog', { name: 'Checked card' });
  await expect(detail).toBeVisible();
  await detail.getByRole('button', { name: 'Delete card' }).click();
  const confirm = detail.getByRole('group', { name: /^Delete “Checked card”\?/ });
  await expect(confirm).toContainText('Its notes, highlights and tags go with it. You can undo this.');
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(detail).toBeHidden();

  await expect(card(page, 'Checked card')).toHaveCount(0);
  await expect(cardsRegion(page).getByRole('article')).toHaveCount(facts.length);
  await expect.poll(async () => (await readDatabaseFile(app.dataDir)).user.ownFacts).toEqual([]);
});

test('a seed card tagged “talking point” is found by the tag filter, also after a relaunch', async ({ page, app }) => {
  const fact = facts[1] ?? facts[0];
  if (!fact) throw new Error('The seed is empty.');

  const detail = await openCard(page, fact.title);
  const tags = detail.getByRole('group', { name: 'Tags' });
  await tags.getByRole('button', { name: 'Add tag' }).click();
  await tags.getByRole('textbox', { name: 'New tag name' }).fill('talking point');
  await tags.getByRole('textbox', { name: 'New tag name' }).press('Enter');
  await expect(tags.getByRole('button', { name: 'Remove tag talking point' })).toBeVisible();
  await closeCard(detail);

  await expect(card(page, fact.title).getByRole('list', { name: 'Tags' })).toContainText('talking point');
  const filter = topicsNav(page).getByRole('button', { name: navButtonName('talking point', 1) });
  await filter.click();
  await expect(filter).toHaveAttribute('aria-current', 'page');
  await expect(cardsRegion(page).getByRole('article')).toHaveCount(1);
  await expect(card(page, fact.title)).toBeVisible();

  await expect
    .poll(async () => {
      const { user } = await readDatabaseFile(app.dataDir);
      return user.tags.map((tag) => ({
        name: tag.name,
        cards: Object.keys(user.cardTags).filter((id) => user.cardTags[id]?.includes(tag.id)),
      }));
    })
    .toEqual([{ name: 'talking point', cards: [fact.id] }]);

  const reopened = await app.relaunch();
  const reopenedFilter = topicsNav(reopened).getByRole('button', { name: navButtonName('talking point', 1) });
  await expect(reopenedFilter).toBeVisible();
  await reopenedFilter.click();
  await expect(cardsRegion(reopened).getByRole('article')).toHaveCount(1);
  await expect(card(reopened, fact.title)).toBeVisible();
  const reopenedDetail = await openCard(reopened, fact.title);
  await expect(
    reopenedDetail.getByRole('group', { name: 'Tags' }).getByRole('button', { name: 'Remove tag talking point' }),
  ).toBeVisible();
});

test('tags are renamed and deleted from “Manage tags”', async ({ page }) => {
  const fact = facts[0];
  if (!fact) throw new Error('The seed is empty.');
  await topicsNav(page).getByRole('button', { name: 'Manage tags' }).click();
  const manager = page.getByRole('dialog', { name: 'Manage tags' });
  await expect(manager).toContainText('No tags yet');
  await manager.getByRole('textbox', { name: 'New tag name' }).fill('follow up');
  await manager.getByRole('radiogroup', { name: 'Colour of new tag' }).getByRole('radio', { name: 'Red' }).check();
  await manager.getByRole('button', { name: 'Create tag' }).click();
  const name = manager.getByRole('textbox', { name: 'Name of tag follow up' });
  await expect(name).toBeVisible();
  await name.fill('ask the minister');
  await name.press('Enter');
  await expect(manager.getByRole('textbox', { name: 'Name of tag ask the minister' })).toBeVisible();
  await manager.getByRole('button', { name: 'Done' }).click();
  await expect(manager).toBeHidden();
  await expect(topicsNav(page).getByRole('button', { name: navButtonName('ask the minister', 0) })).toBeVisible();

  const detail = await openCard(page, fact.title);
  await detail.getByRole('button', { name: 'Add tag' }).click();
  await detail.getByRole('checkbox', { name: 'ask the minister' }).check();
  await expect(detail.getByRole('button', { name: 'Remove tag ask the minister' })).toBeVisible();
  await closeCard(detail);

  await topicsNav(page).getByRole('button', { name: 'Manage tags' }).click();
  await manager.getByRole('button', { name: 'Delete tag ask the minister' }).click();
  await expect(
    manager.getByRole('group', { name: 'Delete tag ask the minister? It will be removed from 1 card.' }),
  ).toBeVisible();
  await manager.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(manager).toContainText('No tags yet');
  await page.keyboard.press('Escape');
  await expect(manager).toBeHidden();
  await expect(topicsNav(page).getByRole('button', { name: navButtonName('ask the minister', 0) })).toHaveCount(0);
  await expect(card(page, fact.title).getByRole('list', { name: 'Tags' })).toHaveCount(0);
});
