import MiniSearch from 'minisearch';
import { tagIdsOf } from '../schema/cardTags';
import type { UserData } from '../schema/database';
import type { Fact } from '../schema/fact';

/** One searchable document per card: its own text plus everything the user attached to it. */
export interface CardDocument {
  id: string;
  title: string;
  summary: string;
  body: string;
  details: string;
  notes: string;
  highlights: string;
  tags: string;
}

export type SearchField = Exclude<keyof CardDocument, 'id'>;

export interface CardMatch {
  id: string;
  score: number;
  /** The indexed words that matched, for marking them in what is shown. */
  terms: string[];
  fields: Set<SearchField>;
}

const fields: SearchField[] = ['title', 'summary', 'body', 'details', 'notes', 'highlights', 'tags'];

/** Lower-cases and strips accents, so "Tokáyev" finds "Tokayev"; Hangul and Cyrillic pass through. */
export function normaliseTerm(term: string): string {
  return term
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Splits on anything that is not a letter or digit, keeping decimals such as 1.7 whole. */
export function tokenise(text: string): string[] {
  return text.split(/(?:[^\p{L}\p{N}.]|\.(?!\p{N}))+/u).filter(Boolean);
}

export function cardDocuments(facts: readonly Fact[], user: UserData): CardDocument[] {
  const notes = new Map<string, string[]>();
  for (const note of user.notes) notes.set(note.factId, [...(notes.get(note.factId) ?? []), note.markdown]);
  const highlights = new Map<string, string[]>();
  for (const highlight of user.highlights) {
    const text = `${highlight.target.quote.exact} ${highlight.comment ?? ''}`;
    highlights.set(highlight.factId, [...(highlights.get(highlight.factId) ?? []), text]);
  }
  const tagNames = new Map(user.tags.map((tag) => [tag.id, tag.name]));
  return facts.map((fact) => ({
    id: fact.id,
    title: fact.title,
    summary: fact.summary,
    body: fact.body,
    details: [
      ...fact.figures.map((figure) => `${figure.display} ${figure.measures} ${figure.qualifier ?? ''}`),
      ...fact.people.map((person) => `${person.name} ${person.role} ${person.country ?? ''}`),
      ...fact.organisations.map((organisation) => organisation.name),
      ...fact.places,
      ...(fact.attributions ?? []).map((credit) => credit.label),
      fact.quote?.text ?? '',
      fact.date?.label ?? '',
      ...fact.caveats.map((caveat) => `${caveat.sourceText} ${caveat.note}`),
    ].join(' \n'),
    notes: (notes.get(fact.id) ?? []).join(' \n'),
    highlights: (highlights.get(fact.id) ?? []).join(' \n'),
    tags: tagIdsOf(user.cardTags, fact.id)
      .map((id) => tagNames.get(id) ?? '')
      .join(' '),
  }));
}

/**
 * A full-text index (MiniSearch: prefix and fuzzy matching) kept up to date incrementally: an
 * update re-indexes only the cards whose documents changed, so typing a note does not rebuild
 * the index of every card.
 */
export class CardSearch {
  private readonly index = new MiniSearch<CardDocument>({
    fields,
    tokenize: tokenise,
    processTerm: (term) => normaliseTerm(term) || null,
    searchOptions: {
      boost: { title: 4, tags: 3, summary: 2, notes: 2, highlights: 2, details: 1.5 },
      // One- and two-letter prefixes would expand to most of a large index; typos are forgiven
      // only in longer words, where one or two edits cannot turn a word into another.
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
      maxFuzzy: 2,
      combineWith: 'AND',
    },
  });
  private readonly indexed = new Map<string, CardDocument>();

  update(documents: readonly CardDocument[]): void {
    const seen = new Set<string>();
    for (const document of documents) {
      seen.add(document.id);
      const previous = this.indexed.get(document.id);
      if (previous && fields.every((field) => previous[field] === document[field])) continue;
      if (previous) this.index.replace(document);
      else this.index.add(document);
      this.indexed.set(document.id, document);
    }
    for (const id of [...this.indexed.keys()]) {
      if (seen.has(id)) continue;
      this.index.discard(id);
      this.indexed.delete(id);
    }
  }

  search(query: string): CardMatch[] {
    if (!query.trim()) return [];
    return this.index.search(query).map((result) => ({
      id: String(result.id),
      score: result.score,
      terms: result.terms,
      fields: new Set(Object.values(result.match).flat() as SearchField[]),
    }));
  }

  document(id: string): CardDocument | undefined {
    return this.indexed.get(id);
  }
}
