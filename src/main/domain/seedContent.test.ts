import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import type { Fact } from '../../shared/schema/fact';
import { seedSchema, type Seed } from '../../shared/schema/seed';
import { topicIds } from '../../shared/topics';

const seedUrl = new URL('../../../resources/seed/summit-2021.json', import.meta.url);
// The article lives beside the repository; CI has it, a user's checkout may not.
const articlePath = fileURLToPath(new URL('../../../../shared/seed/000_0daa704616f65bc5.txt', import.meta.url));

const parsed = seedSchema.safeParse(JSON.parse(readFileSync(seedUrl, 'utf8')));

function seed(): Seed {
  if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
  return parsed.data;
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

function sourceOf(fact: Fact) {
  const sourceId = fact.attribution?.sourceId;
  return seed().sources.find((source) => source.id === sourceId);
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}

/** Lower-cased words with punctuation stripped; apostrophes vanish so "Korea’s" and "Korea's" both read "koreas". */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

function runs(sequence: string[], length: number): string[] {
  const result: string[] = [];
  for (let start = 0; start + length <= sequence.length; start += 1) {
    result.push(sequence.slice(start, start + length).join(' '));
  }
  return result;
}

describe('seed content: summit-2021.json', () => {
  it('parses with the seed schema', () => {
    expect(parsed.success, parsed.success ? '' : z.prettifyError(parsed.error)).toBe(true);
    expect(seed().seedRevision).toBe(1);
  });

  it('gives every topic at least two cards', () => {
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

  it('draws every card from the article and cites every one of its 9 paragraphs', () => {
    const articles = seed().sources.filter((source) => source.kind === 'article');
    expect(articles).toHaveLength(1);
    const article = articles[0]!;
    expect(article.paragraphCount).toBe(9);
    for (const fact of seed().facts) {
      expect(fact.sourceId, fact.id).toBe(article.id);
      expect(fact.paragraph, fact.id).toBeLessThanOrEqual(9);
      if (fact.quote) expect(fact.quote.paragraph, fact.id).toBeLessThanOrEqual(9);
    }
    for (let paragraph = 1; paragraph <= 9; paragraph += 1) {
      const citing = seed().facts.filter((fact) => fact.paragraph === paragraph);
      expect(citing.length, `cards citing paragraph ${paragraph}`).toBeGreaterThan(0);
    }
  });

  it('carries the four caveats on doubtful passages', () => {
    const caveats = seed().facts.flatMap((fact) => fact.caveats);
    const expectations: Array<[string, boolean]> = [
      ['Toqayey', true],
      ['Hong Kong', true],
      ['seeking energy', false],
      ['Nur-Sultan', true],
    ];
    for (const [passage, usesOutsideContext] of expectations) {
      const matching = caveats.filter((caveat) => caveat.sourceText.includes(passage));
      expect(matching.length, `caveats on "${passage}"`).toBeGreaterThan(0);
      for (const caveat of matching) expect(caveat.usesOutsideContext, passage).toBe(usesOutsideContext);
    }
    for (const caveat of caveats) {
      if (caveat.usesOutsideContext) expect(caveat.note, caveat.sourceText).toMatch(/outside the article/i);
    }
  });

  it('states the key figures with the right values', () => {
    const trade = onlyCardWithFigure(4, 'USD billion');
    expect(trade.figures.find((figure) => figure.value === 4)?.qualifier).toBe('projected');
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
    expect(cardsWithFigure(2, 'days').length).toBeGreaterThan(0);
  });

  it('credits the three attributed facts to their sources', () => {
    const trade = sourceOf(onlyCardWithFigure(4, 'USD billion'));
    expect(trade?.kind).toBe('event');
    expect(trade?.title).toMatch(/press conference/i);

    const deal = sourceOf(onlyCardWithFigure(1.7, 'USD billion'));
    expect(deal).toMatchObject({ kind: 'outlet', title: 'The Astana Times' });

    const newDeal = sourceOf(onlyCardWithFigure(2025));
    expect(newDeal).toMatchObject({ kind: 'outlet', title: 'The Korea Herald' });

    const attributed = seed().facts.filter((fact) => fact.attribution);
    expect(attributed).toHaveLength(3);
  });

  it('keeps every quote to 25 words at most', () => {
    for (const fact of seed().facts) {
      if (fact.quote) expect(wordCount(fact.quote.text), fact.id).toBeLessThanOrEqual(25);
    }
  });
});

describe.runIf(existsSync(articlePath))('seed content against the source article', () => {
  const paragraphs = existsSync(articlePath)
    ? readFileSync(articlePath, 'utf8').replace(/\s+$/, '').split(/\r?\n/)
    : [];

  it('has the nine paragraphs the seed expects', () => {
    expect(paragraphs).toHaveLength(9);
  });

  it('quotes the article verbatim, in the stated paragraph', () => {
    for (const fact of seed().facts) {
      if (!fact.quote) continue;
      expect(paragraphs[fact.quote.paragraph - 1], fact.id).toContain(fact.quote.text);
    }
  });

  it('gives each caveat the exact wording of the article', () => {
    const article = paragraphs.join('\n');
    for (const fact of seed().facts) {
      for (const caveat of fact.caveats)
        expect(article, `${fact.id}: ${caveat.sourceText}`).toContain(caveat.sourceText);
    }
  });

  it('writes summaries and bodies in its own words (no run of 8 words shared with the article)', () => {
    const articleRuns = new Set(paragraphs.flatMap((paragraph) => runs(words(paragraph), 8)));
    const copied = seed().facts.flatMap((fact) =>
      [
        ['summary', fact.summary],
        ['body', fact.body],
      ].flatMap(([field, text]) =>
        runs(words(text!), 8)
          .filter((run) => articleRuns.has(run))
          .map((run) => `${fact.id} ${field}: "${run}"`),
      ),
    );
    expect(copied).toEqual([]);
  });
});
