import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseFileName } from '../../../../main/domain/factStore';
import { paragraphsOfArticle } from '../../../../shared/citation';
import type { Seed } from '../../../../shared/schema/seed';
import { topics } from '../../../../shared/topics';
import { App } from '../../App';
import { openRealBriefing, readSeed, type RealBriefing } from '../../testing/realBriefing';

let briefing: RealBriefing;
let seed: Seed;

beforeEach(async () => {
  seed = await readSeed();
  briefing = await openRealBriefing();
});

afterEach(() => briefing.cleanup());

/** The library once every card is in: the first screen is a screenful, the rest follows it in pages. */
async function renderLibrary() {
  render(<App service={briefing.service} />);
  const cards = await screen.findByRole('region', { name: 'Briefing cards' });
  await waitFor(() => expect(within(cards).getAllByRole('article')).toHaveLength(seed.facts.length));
  return cards;
}

describe('the library screen', () => {
  it('shows every card, a count for every topic, and the key figures', async () => {
    const cards = await renderLibrary();
    expect(within(cards).getAllByRole('article')).toHaveLength(seed.facts.length);
    const nav = screen.getByRole('navigation', { name: 'Topics' });
    for (const topic of topics) {
      const count = seed.facts.filter((fact) => fact.topic === topic.id).length;
      expect(within(nav).getByRole('button', { name: `${topic.label} ${count}` })).toBeInTheDocument();
    }
    const figures = screen.getByRole('region', { name: 'Key figures' });
    expect(within(figures).getAllByRole('button').length).toBeGreaterThanOrEqual(4);
  });

  it('narrows the cards as the user types and offers to clear a search with no match', async () => {
    const user = userEvent.setup();
    const cards = await renderLibrary();
    const search = screen.getByRole('searchbox', { name: 'Search briefing' });
    await user.type(search, 'Samsung');
    // Results come from the search worker (here its in-page stand-in), a task after the key.
    await screen.findByText(/cards match “Samsung”/);
    const found = within(cards).getAllByRole('article');
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(seed.facts.length);
    await user.clear(search);
    await user.type(search, 'qqqxyz');
    expect(await screen.findByText(/No cards match/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(search).toHaveValue('');
    expect(within(cards).getAllByRole('article')).toHaveLength(seed.facts.length);
  }, 15_000);

  it('filters by topic and remembers the topic in the database', async () => {
    const user = userEvent.setup();
    const cards = await renderLibrary();
    await user.click(screen.getByRole('button', { name: /^Security \d+$/ }));
    const security = seed.facts.filter((fact) => fact.topic === 'security');
    expect(within(cards).getAllByRole('article')).toHaveLength(security.length);
    expect(screen.getByRole('button', { name: /^Security \d+$/ })).toHaveAttribute('aria-current', 'page');
    await expect.poll(async () => (await briefing.service.getLibrary({})).settings.lastTopic).toBe('security');
  });

  it('says in its header what date the facts are as of, and that later events are not covered', async () => {
    await renderLibrary();
    const asOf = screen.getByRole('complementary', { name: 'Facts as of August 2021' });
    expect(asOf).toHaveTextContent(/Later events are not covered/);
    expect(screen.getByRole('heading', { level: 1 }).parentElement).toContainElement(asOf);
  });

  it('shows every paragraph a card cites, on its face and in its detail, with its credits and its date', async () => {
    const user = userEvent.setup();
    const cards = await renderLibrary();
    const fact = seed.facts.find((candidate) => (candidate.paragraphs?.length ?? 0) > 2 && candidate.attributions);
    if (!fact?.paragraphs) throw new Error('the seed has no card citing three paragraphs with a credit');
    const article = within(cards).getByRole('article', { name: fact.title });
    const short = within(article).getByText(`¶${fact.paragraphs.join(', ')}`);
    expect(short).toHaveAttribute('title', paragraphsOfArticle(fact.paragraphs));
    await user.click(within(article).getByRole('button', { name: fact.title }));
    const dialog = await screen.findByRole('dialog', { name: fact.title });
    expect(within(dialog).getByText(paragraphsOfArticle(fact.paragraphs))).toBeInTheDocument();
    for (const credit of fact.attributions ?? []) {
      expect(within(dialog).getByText(`${credit.label} (paragraph ${credit.paragraph})`)).toBeInTheDocument();
    }
    expect(within(dialog).getByRole('complementary', { name: 'Facts as of August 2021' })).toHaveTextContent(
      /Later events are not covered/,
    );
  });

  it('opens a card with its source paragraphs and caveat, and Escape returns focus to it', async () => {
    const user = userEvent.setup();
    const cards = await renderLibrary();
    const fact = seed.facts.find((candidate) => candidate.caveats.length > 0);
    if (!fact?.paragraphs) throw new Error('the seed has no card with a caveat');
    const opener = within(within(cards).getByRole('article', { name: fact.title })).getByRole('button', {
      name: fact.title,
    });
    await user.click(opener);
    const dialog = await screen.findByRole('dialog', { name: fact.title });
    expect(within(dialog).getByText(paragraphsOfArticle(fact.paragraphs))).toBeInTheDocument();
    const caveats = within(dialog).getAllByRole('note', { name: 'Caveat' });
    expect(caveats[0]).toHaveTextContent(fact.caveats[0]?.sourceText ?? '');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('stars a card, saves it, and lists it under Starred', async () => {
    const user = userEvent.setup();
    const cards = await renderLibrary();
    const fact = seed.facts[0];
    if (!fact) throw new Error('empty seed');
    const star = within(within(cards).getByRole('article', { name: fact.title })).getByRole('button', {
      name: 'Star card',
    });
    await user.click(star);
    expect(star).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(async () => (await briefing.service.getLibrary({})).user.starred).toEqual([fact.id]);
    await user.click(screen.getByRole('button', { name: 'Starred 1' }));
    expect(within(cards).getAllByRole('article')).toHaveLength(1);
  });

  it('moves between cards with the arrow keys', async () => {
    const user = userEvent.setup();
    const cards = await renderLibrary();
    const buttons = within(cards)
      .getAllByRole('article')
      .map((article) => within(article).getAllByRole('button')[0]);
    buttons[0]?.focus();
    await user.keyboard('{ArrowRight}');
    expect(buttons[1]).toHaveFocus();
    await user.keyboard('{End}');
    expect(buttons[buttons.length - 1]).toHaveFocus();
    await user.keyboard('{Home}');
    expect(buttons[0]).toHaveFocus();
  });
});

describe('a database that cannot be opened', () => {
  it('is set aside at start, the backup restored, and the user told', async () => {
    const path = join(briefing.dataDirectory, databaseFileName);
    await writeFile(path, '{"schemaVersion":2,"facts":"oops"}');
    const reopened = await openRealBriefing(briefing.dataDirectory);
    render(<App service={reopened.service} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('restored from a backup');
    expect(alert).toHaveTextContent('summit-briefing.corrupt-');
    await waitFor(() =>
      expect(within(screen.getByRole('region', { name: 'Briefing cards' })).getAllByRole('article')).toHaveLength(
        seed.facts.length,
      ),
    );
  });

  it('from a newer app version says so, names the file, and opens on "Try again" once a good file is back', async () => {
    const user = userEvent.setup();
    const path = join(briefing.dataDirectory, databaseFileName);
    const good = await readFile(path, 'utf8');
    await writeFile(path, JSON.stringify({ ...JSON.parse(good), schemaVersion: 99 }));
    const broken = await openRealBriefing(briefing.dataDirectory);
    render(<App service={broken.service} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('could not be opened');
    expect(alert).toHaveTextContent(path);
    expect(alert).toHaveTextContent(/newer version/);
    await writeFile(path, good);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'Briefing cards' })).toBeInTheDocument();
  });
});
