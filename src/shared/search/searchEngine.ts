import { CardSearch, type CardDocument, type CardMatch } from './cardSearch';

/** The performance mark the window leaves for each result that arrives, read by `npm run bench`. */
export const searchMark = 'summit-briefing:search';

/** What the window sends the search worker; messages are handled in the order sent. */
export type SearchRequest =
  | { kind: 'index'; documents: CardDocument[]; removed?: string[] }
  | { kind: 'search'; id: number; query: string }
  /** Answered once everything sent before it is indexed: the first build sends its next slice then. */
  | { kind: 'flush'; id: number };

/** What the worker answers a search: the matches, and how long the search itself took. */
export interface FlushReply {
  kind: 'flushed';
  id: number;
}

export interface SearchReply {
  kind: 'results';
  id: number;
  query: string;
  matches: CardMatch[];
  /** The index lookup alone, inside the worker: the budget's "search p95". */
  tookMs: number;
  /** Cards indexed when the query ran (fewer than the library while the first build is under way). */
  indexed: number;
}

/**
 * The index behind the search worker: the same code runs in the worker and, where a page has no
 * workers (a test DOM), in the page itself.
 */
export class SearchEngine {
  private readonly search = new CardSearch();

  handle(request: SearchRequest): SearchReply | FlushReply | undefined {
    if (request.kind === 'index') {
      this.search.apply(request.documents, request.removed);
      return undefined;
    }
    if (request.kind === 'flush') return { kind: 'flushed', id: request.id };
    const started = performance.now();
    const matches = this.search.search(request.query);
    return {
      kind: 'results',
      id: request.id,
      query: request.query,
      matches,
      tookMs: performance.now() - started,
      indexed: this.search.size,
    };
  }
}
