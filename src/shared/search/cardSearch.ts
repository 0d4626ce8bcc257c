import MiniSearch from 'minisearch';
import { packResults, SearchMatches, type PackedMatches } from './packedMatches';
import { normaliseTerm, tokenise } from './searchTerms';

export { normaliseTerm, tokenise };

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

  /** Indexes `documents` (new or changed; an unchanged one is skipped) and drops the cards `removed`. */
  apply(documents: readonly CardDocument[], removed: readonly string[] = []): void {
    for (const document of documents) this.put(document);
    for (const id of removed) {
      if (!this.indexed.delete(id)) continue;
      this.index.discard(id);
    }
  }

  private put(document: CardDocument): void {
    const previous = this.indexed.get(document.id);
    if (previous && fields.every((field) => previous[field] === document[field])) return;
    if (previous) this.index.replace(document);
    else this.index.add(document);
    this.indexed.set(document.id, document);
  }

  get size(): number {
    return this.indexed.size;
  }

  /** Makes the index hold exactly `documents`. */
  update(documents: readonly CardDocument[]): void {
    const seen = new Set(documents.map((document) => document.id));
    this.apply(
      documents,
      [...this.indexed.keys()].filter((id) => !seen.has(id)),
    );
  }

  /** The matches of `query`, best first, packed as the worker sends them. */
  searchPacked(query: string): PackedMatches {
    return packResults(query.trim() ? this.index.search(query) : []);
  }

  search(query: string): CardMatch[] {
    return new SearchMatches(this.searchPacked(query)).all();
  }

  document(id: string): CardDocument | undefined {
    return this.indexed.get(id);
  }
}
