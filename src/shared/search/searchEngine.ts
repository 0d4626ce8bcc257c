import { CardSearch } from './cardSearch';
import type { FlushReply, PackedSearchReply, SearchHandler, SearchRequest } from './searchProtocol';

/**
 * The index behind the search worker: the same code runs in the worker and, where a page has no
 * workers (a test DOM), in the page itself.
 */
export class SearchEngine implements SearchHandler {
  private readonly search = new CardSearch();

  handle(request: SearchRequest): PackedSearchReply | FlushReply | undefined {
    if (request.kind === 'index') {
      this.search.apply(request.documents, request.removed);
      return undefined;
    }
    if (request.kind === 'flush') return { kind: 'flushed', id: request.id };
    const started = performance.now();
    const matches = this.search.searchPacked(request.query);
    const tookMs = performance.now() - started;
    return {
      kind: 'results',
      id: request.id,
      query: request.query,
      matches,
      tookMs,
      indexed: this.search.size,
    };
  }
}
