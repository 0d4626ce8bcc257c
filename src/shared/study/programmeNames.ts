import type { Fact } from '../schema/fact';

/**
 * The card schema has lists of figures, people and organisations but none of programmes, so programme names are
 * read from the cards' own wording: a capitalised name right before "programme", "policy", "plan", "initiative"
 * or "strategy" ("the Fresh Wind programme", "Korea's New Deal policy"), or a name in quotation marks after
 * "programme called". Only names the cards write that way count; nothing is added from outside them.
 */

// A run of capitalised words, not glued to a possessive or another word before it.
const namedBeforeKeyword =
  /(?<![\p{L}\p{N}'’-])((?:\p{Lu}[\p{L}\p{N}-]*\s+)+)(?:[Pp]rogramme|[Pp]rogram|[Pp]olicy|[Pp]lan|[Ii]nitiative|[Ss]trategy)(?![\p{L}])/gu;
const calledInQuotes = /(?:programme|program|policy|initiative|plan|strategy) called [“"]([^”"]{2,80})[”"]/giu;

// A sentence may start with an article, capitalised like the name that follows it.
const leadingArticle = /^(?:The|A|An|This|That|Its|Their)\s+/u;

function namesIn(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(namedBeforeKeyword)) {
    const name = (match[1] ?? '').trim().replace(leadingArticle, '').trim();
    if (name) names.push(name);
  }
  for (const match of text.matchAll(calledInQuotes)) {
    const name = (match[1] ?? '').trim();
    if (name) names.push(name);
  }
  return names;
}

/** The text of a card that a programme name may be read from: title, summary, body and quote. */
export function cardTexts(card: Fact): string[] {
  return [card.title, card.summary, card.body, ...(card.quote ? [card.quote.text] : [])];
}

/**
 * Every programme name the cards write, in the order they first appear, each once (compared without case).
 * Reading all cards at once lets a card that mentions "Fresh Wind" without the word "programme" still get its item.
 */
export function programmeNames(cards: readonly Fact[]): string[] {
  const seen = new Map<string, string>();
  for (const card of cards) {
    for (const text of cardTexts(card)) {
      for (const name of namesIn(text)) {
        const key = name.toLowerCase();
        if (!seen.has(key)) seen.set(key, name);
      }
    }
  }
  return [...seen.values()];
}
