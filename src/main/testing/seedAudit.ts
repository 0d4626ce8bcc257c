import type { Fact } from '../../shared/schema/fact';
import type { Seed } from '../../shared/schema/seed';
import type { Source } from '../../shared/schema/source';

/**
 * Mechanical checks that every seed card says no more than the paragraphs it cites. Each returns
 * a list of problems ("card-id: what is wrong"), empty when the seed is right, so a test can show
 * them all at once and the checks themselves can be tested on broken cards.
 */

export interface AuditContext {
  seed: Seed;
  /** The article the cards cite, with its paragraph texts. */
  article: Source & { paragraphs: string[] };
}

export function auditContext(seed: Seed): AuditContext {
  const article = seed.sources.find((source) => source.kind === 'article');
  if (!article?.paragraphs) throw new Error('the seed ships no article with paragraph texts');
  return { seed, article: article as AuditContext['article'] };
}

/** The texts of a card's cited paragraphs. */
function cited(context: AuditContext, fact: Fact): string[] {
  return (fact.paragraphs ?? []).map((number) => context.article.paragraphs[number - 1] ?? '');
}

/** Straight and curly apostrophes read alike, and so does case. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'");
}

/** Everything a card states in its own voice: title, summary, body and figures. Caveats and quotes speak for the source. */
export function statedTexts(fact: Fact): string[] {
  return [
    fact.title,
    fact.summary,
    fact.body,
    ...fact.figures.flatMap((figure) => [figure.display, figure.measures, figure.qualifier ?? '']),
    fact.date?.label ?? '',
  ];
}

const paragraphReference = /(?:\bparagraphs?|¶)\s*(\d+(?:\s*(?:,|and)\s*\d+)*)/gi;

/** The paragraph numbers a text refers to ("paragraph 6", "¶3"), which must be among those the card cites. */
export function referencedParagraphs(text: string): number[] {
  return [...text.matchAll(paragraphReference)].flatMap((match) =>
    (match[1] ?? '').split(/\s*(?:,|and)\s*/).map(Number),
  );
}

const numberWords: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  thousand: 1000,
  dozen: 12,
};

/**
 * The numbers a text states, as values: digits ("1.7", "550+", "30th") and counting words ("two-day",
 * "four areas"). "One" is left out: in prose it is nearly always a pronoun ("one or the other").
 * References to paragraphs are not claims and are skipped.
 */
export function statedNumbers(text: string): number[] {
  const withoutReferences = text.replace(paragraphReference, ' ');
  const digits = [...withoutReferences.matchAll(/\d+(?:[.,]\d+)*/g)].map((match) => Number(match[0].replace(/,/g, '')));
  const words = normalise(withoutReferences)
    .split(/[^a-z]+/)
    .filter((word) => word in numberWords)
    .map((word) => numberWords[word]!);
  return [...digits, ...words];
}

export function quoteProblems(context: AuditContext): string[] {
  return context.seed.facts.flatMap((fact) => {
    if (!fact.quote) return [];
    const paragraph = context.article.paragraphs[fact.quote.paragraph - 1] ?? '';
    const problems: string[] = [];
    if (!paragraph.includes(fact.quote.text)) {
      problems.push(`${fact.id}: the quote is not word for word in paragraph ${fact.quote.paragraph}`);
    }
    if (!fact.paragraphs?.includes(fact.quote.paragraph)) {
      problems.push(`${fact.id}: the quote's paragraph ${fact.quote.paragraph} is not cited`);
    }
    return problems;
  });
}

export function numberProblems(context: AuditContext): string[] {
  return context.seed.facts.flatMap((fact) => {
    const available = new Set(cited(context, fact).flatMap(statedNumbers));
    const stated = [...statedTexts(fact).flatMap(statedNumbers), ...fact.figures.map((figure) => figure.value)];
    return [...new Set(stated)]
      .filter((value) => !available.has(value))
      .map((value) => `${fact.id}: states ${value}, which none of its paragraphs (${fact.paragraphs?.join(', ')}) has`);
  });
}

/**
 * People, organisations and places must be named in a cited paragraph, or spelled out by one of the
 * card's caveats: a caveat quoting the cited paragraph's spelling ("Toqayey") whose note gives the name.
 */
export function entityProblems(context: AuditContext): string[] {
  return context.seed.facts.flatMap((fact) => {
    const paragraphs = cited(context, fact).map(normalise);
    const inParagraphs = (name: string) => paragraphs.some((paragraph) => paragraph.includes(normalise(name)));
    const explained = (name: string) =>
      fact.caveats.some(
        (caveat) => inParagraphs(caveat.sourceText) && normalise(caveat.note).includes(normalise(name)),
      );
    const names = [
      ...fact.people.map((person) => person.name),
      ...fact.organisations.map((organisation) => organisation.name),
      ...fact.places,
    ];
    return names
      .filter((name) => !inParagraphs(name) && !explained(name))
      .map((name) => `${fact.id}: names "${name}", which none of its paragraphs has and no caveat explains`);
  });
}

/**
 * A claim the article credits to someone: a card that states it must carry the credit. `said`
 * matches the claim in a card's own words; `source` is who the article credits in `paragraph`.
 */
export interface CreditedClaim {
  sourceId: string;
  paragraph: number;
  /** How the article names whom it credits, to prove the credit is really in that paragraph. */
  creditedAs: string;
  said: RegExp;
}

export function attributionProblems(context: AuditContext, claims: readonly CreditedClaim[]): string[] {
  const problems: string[] = [];
  for (const claim of claims) {
    const paragraph = context.article.paragraphs[claim.paragraph - 1] ?? '';
    if (!paragraph.includes(claim.creditedAs)) {
      problems.push(`paragraph ${claim.paragraph} does not credit "${claim.creditedAs}"`);
    }
  }
  for (const fact of context.seed.facts) {
    const text = statedTexts(fact).join('\n');
    const credits = fact.attributions ?? [];
    for (const claim of claims) {
      if (!claim.said.test(text)) continue;
      if (!credits.some((credit) => credit.sourceId === claim.sourceId && credit.paragraph === claim.paragraph)) {
        problems.push(
          `${fact.id}: states what paragraph ${claim.paragraph} credits to "${claim.sourceId}" without crediting it`,
        );
      }
    }
    // An outlet named in a card's own words is one the card relies on.
    for (const source of context.seed.sources.filter((candidate) => candidate.kind === 'outlet')) {
      if (text.includes(source.title) && !credits.some((credit) => credit.sourceId === source.id)) {
        problems.push(`${fact.id}: names ${source.title} but does not credit it`);
      }
    }
    for (const credit of credits) {
      const claim = claims.find((candidate) => candidate.sourceId === credit.sourceId);
      if (claim && claim.paragraph !== credit.paragraph) {
        problems.push(
          `${fact.id}: credits "${credit.sourceId}" to paragraph ${credit.paragraph}, not ${claim.paragraph}`,
        );
      }
    }
  }
  return problems;
}

/**
 * A card that speaks of "the article" cites it, and a paragraph its own words name is one it cites.
 * A caveat may point the reader at another paragraph by number (that is its citation), but only at
 * one the article has.
 */
export function citationProblems(context: AuditContext): string[] {
  const count = context.article.paragraphs.length;
  return context.seed.facts.flatMap((fact) => {
    const text = statedTexts(fact).join('\n');
    const problems: string[] = [];
    if (/\bthe article\b/i.test(text) && (fact.paragraphs ?? []).length === 0) {
      problems.push(`${fact.id}: speaks of the article but cites no paragraph`);
    }
    for (const number of referencedParagraphs(text)) {
      if (!fact.paragraphs?.includes(number))
        problems.push(`${fact.id}: names paragraph ${number} but does not cite it`);
    }
    for (const number of fact.caveats.flatMap((caveat) => referencedParagraphs(caveat.note))) {
      if (number < 1 || number > count) problems.push(`${fact.id}: a caveat points at paragraph ${number} of ${count}`);
    }
    return problems;
  });
}

export function caveatProblems(context: AuditContext): string[] {
  return context.seed.facts.flatMap((fact) =>
    fact.caveats.flatMap((caveat) => {
      const problems: string[] = [];
      if (!cited(context, fact).some((paragraph) => paragraph.includes(caveat.sourceText))) {
        problems.push(`${fact.id}: the caveat's "${caveat.sourceText}" is not word for word in a cited paragraph`);
      }
      const saysOutside = /outside the article/i.test(caveat.note);
      if (caveat.usesOutsideContext !== saysOutside) {
        problems.push(
          `${fact.id}: the caveat on "${caveat.sourceText}" ${caveat.usesOutsideContext ? 'uses outside context without saying so' : 'says it uses outside context but is not marked so'}`,
        );
      }
      return problems;
    }),
  );
}

/** Lower-cased words with punctuation stripped; apostrophes vanish so "Korea’s" and "Korea's" both read "koreas". */
export function words(text: string): string[] {
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

/** Cards are in our own words: no run of `length` words of a summary or body is copied from the article. */
export function copiedRunProblems(context: AuditContext, length = 8): string[] {
  const articleRuns = new Set(context.article.paragraphs.flatMap((paragraph) => runs(words(paragraph), length)));
  return context.seed.facts.flatMap((fact) =>
    [
      ['title', fact.title],
      ['summary', fact.summary],
      ['body', fact.body],
    ].flatMap(([field, text]) =>
      runs(words(text!), length)
        .filter((run) => articleRuns.has(run))
        .map((run) => `${fact.id} ${field}: "${run}"`),
    ),
  );
}
