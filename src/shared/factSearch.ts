import type { Fact } from './schema/fact';

/** Lower-cases and strips accents so "Tokayev" finds "Tokáyev" and "seoul" finds "Seoul". */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

export function queryTerms(query: string): string[] {
  return normaliseText(query)
    .split(/[^\p{L}\p{N}.]+/u)
    .map((term) => term.replace(/^\.+|\.+$/g, ''))
    .filter(Boolean);
}

/** Everything on a card a person might search for, weighted: the title counts most. */
function searchableFields(fact: Fact): Array<{ text: string; weight: number }> {
  return [
    { text: fact.title, weight: 5 },
    { text: fact.summary, weight: 3 },
    { text: fact.body, weight: 2 },
    {
      text: fact.figures.map((figure) => `${figure.display} ${figure.measures} ${figure.qualifier ?? ''}`).join(' '),
      weight: 3,
    },
    { text: fact.people.map((person) => `${person.name} ${person.role} ${person.country ?? ''}`).join(' '), weight: 3 },
    { text: fact.organisations.map((organisation) => organisation.name).join(' '), weight: 3 },
    { text: fact.places.join(' '), weight: 2 },
    { text: `${fact.attribution?.label ?? ''} ${fact.quote?.text ?? ''} ${fact.date?.label ?? ''}`, weight: 1 },
    { text: fact.caveats.map((caveat) => `${caveat.sourceText} ${caveat.note}`).join(' '), weight: 1 },
  ];
}

export interface FactIndexEntry {
  fact: Fact;
  fields: Array<{ words: string[]; weight: number }>;
}

export function indexFacts(facts: readonly Fact[]): FactIndexEntry[] {
  return facts.map((fact) => ({
    fact,
    fields: searchableFields(fact).map(({ text, weight }) => ({ words: queryTerms(text), weight })),
  }));
}

/**
 * Facts whose text contains every query term as the start of a word (so "hyun" finds Hyundai),
 * best matches first. An empty query returns every fact in its original order.
 */
export function searchFacts(index: readonly FactIndexEntry[], query: string): Fact[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return index.map((entry) => entry.fact);
  const scored: Array<{ fact: Fact; score: number; order: number }> = [];
  index.forEach((entry, order) => {
    let score = 0;
    for (const term of terms) {
      let best = 0;
      for (const field of entry.fields) {
        for (const word of field.words) {
          if (word === term) best = Math.max(best, field.weight * 2);
          else if (word.startsWith(term)) best = Math.max(best, field.weight);
        }
      }
      if (best === 0) return;
      score += best;
    }
    scored.push({ fact: entry.fact, score, order });
  });
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((entry) => entry.fact);
}
