import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../shared/schema/fact';
import { seedSchema, type Seed } from '../../shared/schema/seed';
import { paragraphsChecksum } from './seed';
import {
  attributionProblems,
  auditContext,
  caveatProblems,
  citationProblems,
  copiedRunProblems,
  entityProblems,
  numberProblems,
  quoteProblems,
  referencedParagraphs,
  statedNumbers,
  type CreditedClaim,
} from '../testing/seedAudit';

// These checks read the article's paragraphs from the seed itself, so they run in any checkout;
// seedArticle.test.ts proves those paragraphs are the article's, byte for byte.
const seed: Seed = seedSchema.parse(
  JSON.parse(readFileSync(new URL('../../../resources/seed/summit-2021.json', import.meta.url), 'utf8')),
);

/** What the article credits to someone else, and how a card would say it in its own words. */
const creditedClaims: CreditedClaim[] = [
  {
    sourceId: 'summit-press-conference',
    paragraph: 1,
    creditedAs: 'During a press conference',
    said: /USD 4 billion|press conference/i,
  },
  {
    sourceId: 'the-astana-times',
    paragraph: 3,
    creditedAs: 'The Astana Times reported',
    said: /1\.7|two-day|2 days|Astana Times/i,
  },
  {
    sourceId: 'the-korea-herald',
    paragraph: 5,
    creditedAs: 'The Korea Herald reported',
    said: /New Deal|2025|mutually beneficial|benefits? (?:to )?both|of benefit to both|Korea Herald/i,
  },
];

/** The seed with one card changed, as a mistaken edit would change it. */
function withCard(id: string, change: (fact: Fact) => Fact): Seed {
  return { ...seed, facts: seed.facts.map((fact) => (fact.id === id ? change(fact) : fact)) };
}

const context = auditContext(seed);

describe('every card says what its cited paragraphs say', () => {
  it('ships the article paragraphs it cites, under a checksum that matches them', () => {
    expect(context.article.paragraphs).toHaveLength(9);
    expect(context.article.checksum).toBe(paragraphsChecksum(context.article.paragraphs));
  });

  it('quotes word for word, from a paragraph it cites', () => {
    expect(quoteProblems(context)).toEqual([]);
  });

  it('states no number (title, summary, body, figures, date) that its cited paragraphs lack', () => {
    expect(numberProblems(context)).toEqual([]);
  });

  it('names only people, organisations and places its paragraphs name, or whose spelling a caveat explains', () => {
    expect(entityProblems(context)).toEqual([]);
  });

  it('credits the outlet or event wherever it uses what the article credits to them, and names no outlet it does not credit', () => {
    expect(attributionProblems(context, creditedClaims)).toEqual([]);
  });

  it('cites a paragraph whenever it speaks of the article, and every paragraph its text names', () => {
    expect(citationProblems(context)).toEqual([]);
  });

  it('quotes each caveat passage word for word from a cited paragraph, and says when a note uses outside knowledge', () => {
    expect(caveatProblems(context)).toEqual([]);
  });

  it('writes titles, summaries and bodies in its own words (no run of 8 words shared with the article)', () => {
    expect(copiedRunProblems(context)).toEqual([]);
  });
});

describe('the checks catch a card that says too much', () => {
  it('reads numbers in digits and words, and skips paragraph references', () => {
    expect(statedNumbers('USD 1.7 billion over a two-day visit, 550+ firms, the 30th year')).toEqual([1.7, 550, 30, 2]);
    expect(statedNumbers('see paragraph 6, and ¶3 and 4; one or the other')).toEqual([]);
    expect(referencedParagraphs('paragraphs 2 and 3, ¶6')).toEqual([2, 3, 6]);
  });

  it('a quote edited by one word, or from a paragraph the card does not cite', () => {
    const edited = withCard('joint-statement-signed', (fact) => ({
      ...fact,
      quote: { text: 'a wide-ranging commitment to bilateral ties', paragraph: 9 },
    }));
    expect(quoteProblems(auditContext(edited))).toEqual([
      'joint-statement-signed: the quote is not word for word in paragraph 9',
    ]);
    const uncited = withCard('joint-statement-signed', (fact) => ({ ...fact, paragraphs: [6] }));
    expect(quoteProblems(auditContext(uncited))).toContain(
      "joint-statement-signed: the quote's paragraph 9 is not cited",
    );
  });

  it('a number from another paragraph, in the body or a figure', () => {
    const body = withCard('korea-central-asia-relations', (fact) => ({
      ...fact,
      body: `${fact.body} It names 24 projects.`,
    }));
    expect(numberProblems(auditContext(body))).toEqual([
      'korea-central-asia-relations: states 24, which none of its paragraphs (9) has',
    ]);
    const figure = withCard('projects-in-preparation', (fact) => ({
      ...fact,
      figures: [{ ...fact.figures[0]!, value: 25, display: '25' }],
    }));
    expect(numberProblems(auditContext(figure))).toEqual([
      'projects-in-preparation: states 25, which none of its paragraphs (3) has',
    ]);
  });

  it('a person from a paragraph the card does not cite, unless a caveat explains the spelling', () => {
    const moon = withCard('korean-peninsula-peace-process', (fact) => ({
      ...fact,
      people: [{ name: 'Moon Jae-in', role: 'President of South Korea' }],
    }));
    expect(entityProblems(auditContext(moon))).toEqual([
      'korean-peninsula-peace-process: names "Moon Jae-in", which none of its paragraphs has and no caveat explains',
    ]);
    const unexplained = withCard('projects-in-preparation', (fact) => ({ ...fact, caveats: [] }));
    expect(entityProblems(auditContext(unexplained))).toEqual([
      'projects-in-preparation: names "Kassym-Jomart Tokayev", which none of its paragraphs has and no caveat explains',
    ]);
  });

  it('a credited claim without its credit, and an outlet named but not credited', () => {
    const { attributions: _dropped, ...uncredited } = seed.facts.find((fact) => fact.id === 'deal-usd-1-7-billion')!;
    const withoutCredit = withCard('deal-usd-1-7-billion', () => uncredited);
    expect(attributionProblems(auditContext(withoutCredit), creditedClaims)).toEqual([
      'deal-usd-1-7-billion: states what paragraph 3 credits to "the-astana-times" without crediting it',
      'deal-usd-1-7-billion: names The Astana Times but does not credit it',
    ]);
    const twoDays = withCard('fresh-wind-programme', (fact) => ({
      ...fact,
      body: `${fact.body} It was launched on a two-day visit.`,
    }));
    expect(attributionProblems(auditContext(twoDays), creditedClaims)).toEqual([
      'fresh-wind-programme: states what paragraph 3 credits to "the-astana-times" without crediting it',
    ]);
  });

  it('a paragraph named in the text but not cited', () => {
    const named = withCard('return-of-remains', (fact) => ({ ...fact, body: `${fact.body} Compare paragraph 7.` }));
    expect(citationProblems(auditContext(named))).toEqual([
      'return-of-remains: names paragraph 7 but does not cite it',
    ]);
  });

  it('a caveat passage that is not in a cited paragraph, or outside knowledge not owned up to', () => {
    const moved = withCard('fresh-wind-programme', (fact) => ({
      ...fact,
      caveats: [{ sourceText: 'Toqayey', note: 'A misspelling.', usesOutsideContext: false }],
    }));
    expect(caveatProblems(auditContext(moved))).toEqual([
      'fresh-wind-programme: the caveat\'s "Toqayey" is not word for word in a cited paragraph',
    ]);
    const unowned = withCard('seoul-nur-sultan-understanding', (fact) => ({
      ...fact,
      caveats: fact.caveats.map((caveat) => ({ ...caveat, usesOutsideContext: false })),
    }));
    expect(caveatProblems(auditContext(unowned))).toEqual([
      'seoul-nur-sultan-understanding: the caveat on "Nur-Sultan" says it uses outside context but is not marked so',
    ]);
  });

  it('eight words copied from the article', () => {
    const copied = withCard('economic-cooperation-outlook', (fact) => ({
      ...fact,
      summary: 'There are high hopes for economic cooperation between the two countries.',
    }));
    expect(copiedRunProblems(auditContext(copied))).toContain(
      'economic-cooperation-outlook summary: "there are high hopes for economic cooperation between"',
    );
  });
});
