import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import type { Fact } from '../../shared/schema/fact';
import { seedSchema, type Seed } from '../../shared/schema/seed';
import { topicIds } from '../../shared/topics';
import { parseSeed } from './seed';

const seedUrl = new URL('../../../resources/seed/summit-2021.json', import.meta.url);
const raw: unknown = JSON.parse(readFileSync(seedUrl, 'utf8'));
const parsed = seedSchema.safeParse(raw);

function seed(): Seed {
  if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
  return parsed.data;
}

function card(id: string): Fact {
  const found = seed().facts.find((fact) => fact.id === id);
  if (!found) throw new Error(`the seed has no card "${id}"`);
  return found;
}

function cardsWithFigure(value: number, unit?: string): Fact[] {
  return seed().facts.filter((fact) =>
    fact.figures.some((figure) => figure.value === value && (unit === undefined || figure.unit === unit)),
  );
}

function onlyCardWithFigure(value: number, unit?: string): Fact {
  const cards = cardsWithFigure(value, unit);
  expect(cards, `exactly one card carries the figure ${value} ${unit ?? ''}`).toHaveLength(1);
  return cards[0]!;
}

function creditedSources(fact: Fact) {
  return (fact.attributions ?? []).map((credit) => seed().sources.find((source) => source.id === credit.sourceId));
}

function caveatOn(fact: Fact, passage: string) {
  return fact.caveats.find((caveat) => caveat.sourceText.includes(passage));
}

describe('seed content: summit-2021.json', () => {
  it('parses with the seed schema and its checksum (revision 2, the re-audited text)', () => {
    expect(parsed.success, parsed.success ? '' : z.prettifyError(parsed.error)).toBe(true);
    expect(parseSeed(raw)).toEqual(seed());
    expect(seed().seedRevision).toBe(2);
  });

  it('gives every topic at least two cards, 26 in all', () => {
    expect(seed().facts).toHaveLength(26);
    for (const topic of topicIds) {
      const count = seed().facts.filter((fact) => fact.topic === topic).length;
      expect(count, `cards in topic "${topic}"`).toBeGreaterThanOrEqual(2);
    }
  });

  it('uses unique ids for cards and for sources', () => {
    const factIds = seed().facts.map((fact) => fact.id);
    const sourceIds = seed().sources.map((source) => source.id);
    expect(new Set(factIds).size).toBe(factIds.length);
    expect(new Set(sourceIds).size).toBe(sourceIds.length);
  });

  it('draws every card from the article, main paragraph first, the rest in order, and cites all 9 paragraphs', () => {
    const articles = seed().sources.filter((source) => source.kind === 'article');
    expect(articles).toHaveLength(1);
    const article = articles[0]!;
    expect(article.paragraphCount).toBe(9);
    for (const fact of seed().facts) {
      expect(fact.sourceId, fact.id).toBe(article.id);
      const [, ...rest] = fact.paragraphs ?? [];
      expect(rest, `${fact.id}: paragraphs after the first are in order`).toEqual([...rest].sort((a, b) => a - b));
    }
    const citedAnywhere = new Set(seed().facts.flatMap((fact) => fact.paragraphs ?? []));
    expect([...citedAnywhere].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('cites every paragraph each of the cards the issue names draws on', () => {
    expect(card('summit-overview').paragraphs).toEqual(expect.arrayContaining([1, 2, 3, 6]));
    expect(card('president-tokayev').paragraphs).toEqual(expect.arrayContaining([1, 2, 3, 7]));
    expect(card('president-moon').paragraphs).toEqual(expect.arrayContaining([3, 5, 9]));
    expect(card('joint-statement-signed').paragraphs).toEqual(expect.arrayContaining([9, 6]));
    // A card dated August 2021 takes the date from paragraph 6, the only place the article gives it.
    for (const fact of seed().facts.filter((candidate) => candidate.date?.label === 'August 2021')) {
      expect(fact.paragraphs, fact.id).toContain(6);
    }
  });

  it('dates the article’s facts to the summit, August 2021', () => {
    const article = seed().sources.find((source) => source.kind === 'article');
    expect(article?.asOf).toEqual({ iso: '2021-08', label: 'August 2021' });
  });

  it('carries a caveat on every doubtful passage, owning up to outside knowledge where it uses it', () => {
    const caveats = seed().facts.flatMap((fact) => fact.caveats);
    const expectations: Array<[string, boolean]> = [
      ['Toqayey', true],
      ['Qasym- Jomart', true],
      ['Hong Kong', true],
      ['seeking energy', false],
      ['Nur-Sultan', true],
      ['22 government officials', false],
      ['upcoming 30 years completion', true],
      ['which projected', false],
      ['the two day visit', false],
      ['this week', false],
      ['A big delegation comprising of', true],
      ['further brushed', false],
    ];
    for (const [passage, usesOutsideContext] of expectations) {
      const matching = caveats.filter((caveat) => caveat.sourceText.includes(passage));
      expect(matching.length, `caveats on "${passage}"`).toBeGreaterThan(0);
      for (const caveat of matching) expect(caveat.usesOutsideContext, passage).toBe(usesOutsideContext);
    }
    expect(caveatOn(card('thirty-years-diplomatic-ties'), 'upcoming 30 years')?.note).toMatch(/1992/);
  });

  it('puts each doubt on every card that relies on the doubtful passage', () => {
    for (const id of ['kazakh-delegation', 'korean-delegation'])
      expect(caveatOn(card(id), '22 government'), id).toBeDefined();
    for (const id of ['deal-usd-1-7-billion', 'state-visit-to-seoul'])
      expect(caveatOn(card(id), 'two day visit'), id).toBeDefined();
    for (const id of ['trade-volume-projection', 'president-tokayev'])
      expect(caveatOn(card(id), 'projected'), id).toBeDefined();
    for (const id of ['joint-statement-signed', 'return-of-remains'])
      expect(caveatOn(card(id), 'Hong Kong'), id).toBeDefined();
    for (const id of ['president-moon', 'new-deal-2025-plan-synergy'])
      expect(caveatOn(card(id), 'seeking energy'), id).toBeDefined();
  });

  it('states the key figures with the right values and the article’s hedges', () => {
    const trade = onlyCardWithFigure(4, 'USD billion');
    expect(trade.figures[0]?.qualifier).toMatch(/projected/);
    expect(trade.figures[0]?.measures).not.toMatch(/^projected/i);
    onlyCardWithFigure(1.7, 'USD billion');
    const enterprises = onlyCardWithFigure(550);
    expect(enterprises.figures.find((figure) => figure.value === 550)?.qualifier).toBe('more than');
    expect(enterprises.organisations.map((organisation) => organisation.name)).toEqual(
      expect.arrayContaining(['Samsung', 'Hyundai', 'Lotte']),
    );
    onlyCardWithFigure(24);
    const delegations = cardsWithFigure(22, 'government officials');
    expect(delegations).toHaveLength(2);
    expect(delegations.every((fact) => fact.topic === 'delegations-people')).toBe(true);
    onlyCardWithFigure(30, 'years');
    onlyCardWithFigure(2019);
    onlyCardWithFigure(2025);
    // The two days are The Astana Times' account, so every figure of them says so.
    const twoDays = cardsWithFigure(2, 'days');
    expect(twoDays.length).toBeGreaterThan(0);
    for (const fact of twoDays)
      expect(fact.figures.find((figure) => figure.unit === 'days')?.qualifier).toBe('reported');
  });

  it('credits the press conference, The Astana Times and The Korea Herald, each with the paragraph it is credited in', () => {
    expect(creditedSources(onlyCardWithFigure(4, 'USD billion'))).toMatchObject([{ kind: 'event' }]);
    expect(creditedSources(onlyCardWithFigure(1.7, 'USD billion'))).toMatchObject([{ title: 'The Astana Times' }]);
    expect(creditedSources(onlyCardWithFigure(2025))).toMatchObject([{ title: 'The Korea Herald' }]);
    expect(creditedSources(card('president-moon'))).toMatchObject([{ title: 'The Korea Herald' }]);
    expect(creditedSources(card('state-visit-to-seoul'))).toMatchObject([{ title: 'The Astana Times' }]);
    const pressConference = seed().sources.find((source) => source.kind === 'event');
    // The article says "a press conference", not whose.
    expect(pressConference?.title).toMatch(/^A press conference/);
    const paragraphOf: Record<string, number> = {
      [pressConference!.id]: 1,
      'the-astana-times': 3,
      'the-korea-herald': 5,
    };
    for (const fact of seed().facts) {
      for (const credit of fact.attributions ?? [])
        expect(credit.paragraph, fact.id).toBe(paragraphOf[credit.sourceId]);
    }
  });

  it('keeps every quote to 25 words at most', () => {
    for (const fact of seed().facts) {
      if (fact.quote) expect(fact.quote.text.trim().split(/\s+/).length, fact.id).toBeLessThanOrEqual(25);
    }
  });

  it('keeps every card id of revision 1, so no annotation has to follow an alias', () => {
    // Ids are stable on purpose; a rename would go in `aliases` and be moved by mergeSeed.
    expect(seed().aliases).toEqual([]);
  });
});
