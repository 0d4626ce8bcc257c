import type { CardDocument } from '../../../../shared/search/cardSearch';
import {
  SearchEngine,
  type FlushReply,
  type SearchReply,
  type SearchRequest,
} from '../../../../shared/search/searchEngine';

export interface SearchClient {
  /** Indexes (or re-indexes) `documents` and drops `removed`, in order with everything sent before. */
  index(documents: CardDocument[], removed?: string[]): void;
  /**
   * Searches the index. One search runs at a time and only the newest waits behind it: a search overtaken by a newer
   * one before it was sent resolves `undefined`, so fast typing never queues stale lookups ahead of the last key.
   */
  search(query: string): Promise<SearchReply | undefined>;
  /** Resolves once everything sent so far is indexed. */
  indexed(): Promise<void>;
  dispose(): void;
}

/**
 * The search index in a Web Worker (Vite bundles search.worker.ts as its own script, allowed by
 * the page's `worker-src`). Where there are no workers (a test DOM) the same engine answers in
 * the page, a task later, so callers see the same asynchronous answers either way.
 */
export function createSearchClient(): SearchClient {
  const waiting = new Map<number, (reply: SearchReply | FlushReply) => void>();
  let nextId = 1;
  let send: (request: SearchRequest) => void;
  let dispose = () => undefined as void;
  if (typeof Worker !== 'undefined') {
    const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
    worker.onmessage = (event: MessageEvent<SearchReply | FlushReply>) => {
      waiting.get(event.data.id)?.(event.data);
      waiting.delete(event.data.id);
    };
    send = (request) => worker.postMessage(request);
    dispose = () => worker.terminate();
  } else {
    const engine = new SearchEngine();
    send = (request) =>
      setTimeout(() => {
        const reply = engine.handle(request);
        if (reply) waiting.get(reply.id)?.(reply);
        if (reply) waiting.delete(reply.id);
      }, 0);
  }
  type Asked = { query: string; resolve: (reply: SearchReply | undefined) => void };
  let searching = false;
  let next: Asked | undefined;
  const sendSearch = ({ query, resolve }: Asked) => {
    searching = true;
    const id = nextId++;
    waiting.set(id, (reply) => {
      if (reply.kind !== 'results') return;
      searching = false;
      resolve(reply);
      const queued = next;
      next = undefined;
      if (queued) sendSearch(queued);
    });
    send({ kind: 'search', id, query });
  };
  return {
    index: (documents, removed) => send({ kind: 'index', documents, ...(removed ? { removed } : {}) }),
    search: (query) =>
      new Promise((resolve) => {
        if (!searching) return sendSearch({ query, resolve });
        next?.resolve(undefined);
        next = { query, resolve };
      }),
    indexed: () =>
      new Promise((resolve) => {
        const id = nextId++;
        waiting.set(id, () => resolve());
        send({ kind: 'flush', id });
      }),
    dispose: () => {
      waiting.clear();
      dispose();
    },
  };
}
