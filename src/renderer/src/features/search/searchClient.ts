import type { CardDocument } from '../../../../shared/search/cardSearch';
import {
  searchHost,
  unpackReply,
  type SearchReply,
  type SearchRequest,
  type WorkerReply,
} from '../../../../shared/search/searchProtocol';

export interface SearchClient {
  /** Indexes (or re-indexes) `documents` and drops `removed`, in order with everything sent before. */
  index(documents: CardDocument[], removed?: string[]): void;
  /** Searches the index; `undefined` when a newer search overtook it before its turn (see `searchHost`). */
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
  const waiting = new Map<number, (reply: WorkerReply) => void>();
  let nextId = 1;
  let send: (request: SearchRequest) => void;
  let dispose = () => undefined as void;
  if (typeof Worker !== 'undefined') {
    const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      waiting.get(event.data.id)?.(event.data);
      waiting.delete(event.data.id);
    };
    send = (request) => worker.postMessage(request);
    dispose = () => worker.terminate();
  } else {
    // Loaded only here, so the window's own scripts do not carry the index (MiniSearch) that the worker loads.
    const receiving = import('../../../../shared/search/searchEngine').then(({ SearchEngine }) =>
      searchHost(
        new SearchEngine(),
        (reply) => {
          waiting.get(reply.id)?.(reply);
          waiting.delete(reply.id);
        },
        (run) => setTimeout(run, 0),
      ),
    );
    // Requests keep their order: each waits for the same promise, then for its own task, in the order sent.
    send = (request) => void receiving.then((receive) => setTimeout(() => receive(request), 0));
  }
  return {
    index: (documents, removed) => send({ kind: 'index', documents, ...(removed ? { removed } : {}) }),
    search: (query) =>
      new Promise((resolve) => {
        const id = nextId++;
        waiting.set(id, (reply) => {
          if (reply.kind === 'results') resolve(unpackReply(reply));
          if (reply.kind === 'superseded') resolve(undefined);
        });
        send({ kind: 'search', id, query });
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
