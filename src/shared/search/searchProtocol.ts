// What the window and the search worker say to each other. The window imports only this: the
// index itself (MiniSearch, in searchEngine.ts) is loaded by the worker.
import type { CardDocument } from './cardSearch';
import { SearchMatches, type PackedMatches } from './packedMatches';

/** The performance mark the window leaves for each result that arrives, read by `npm run bench`. */
export const searchMark = 'summit-briefing:search';

/** What the window sends the search worker; messages are handled in the order sent. */
export type SearchRequest =
  | { kind: 'index'; documents: CardDocument[]; removed?: string[] }
  | { kind: 'search'; id: number; query: string }
  /** Answered once everything sent before it is indexed: the first build sends its next slice then. */
  | { kind: 'flush'; id: number };

/** A search that a newer one overtook before its turn: it was never run, and its caller has no results to show. */
export interface SupersededReply {
  kind: 'superseded';
  id: number;
}

/** What the worker answers a search: the matches, and how long the search itself took. */
export interface FlushReply {
  kind: 'flushed';
  id: number;
}

export interface SearchReply {
  kind: 'results';
  id: number;
  query: string;
  /** Best first; each card's match is read from the columns when asked for. */
  matches: SearchMatches;
  /** The index lookup alone, inside the worker: the budget's "search p95". */
  tookMs: number;
  /** Cards indexed when the query ran (fewer than the library while the first build is under way). */
  indexed: number;
}

/** A search's answer as it crosses from the worker: the matches packed in columns (see `PackedMatches`). */
export type PackedSearchReply = Omit<SearchReply, 'matches'> & { matches: PackedMatches };

/** What the worker posts. */
export type WorkerReply = PackedSearchReply | FlushReply | SupersededReply;

export function unpackReply(reply: PackedSearchReply): SearchReply {
  return { ...reply, matches: new SearchMatches(reply.matches) };
}

/**
 * Where the engine meets the messages: indexing and flushes are handled as they come, in order; a search waits one task,
 * so that the keys typed meanwhile (already queued as messages) can replace it, and only the newest is run. Typing
 * "Tokayev" sends seven searches; at 10,000 cards each costs milliseconds, and the last key's results would otherwise
 * wait behind the six nobody will see. An overtaken search is answered `superseded`.
 */
/** What answers the messages: `SearchEngine` (searchEngine.ts), which holds the index. */
export interface SearchHandler {
  handle(request: SearchRequest): PackedSearchReply | FlushReply | undefined;
}

export function searchHost(
  engine: SearchHandler,
  post: (reply: WorkerReply) => void,
  later: (run: () => void) => void,
): (request: SearchRequest) => void {
  let waiting: Extract<SearchRequest, { kind: 'search' }> | undefined;
  const runWaiting = () => {
    const request = waiting;
    waiting = undefined;
    const reply = request ? engine.handle(request) : undefined;
    if (reply) post(reply);
  };
  return (request) => {
    if (request.kind !== 'search') {
      const reply = engine.handle(request);
      if (reply) post(reply);
      return;
    }
    if (waiting) post({ kind: 'superseded', id: waiting.id });
    else later(runWaiting);
    waiting = request;
  };
}
