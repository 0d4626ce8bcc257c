import { SearchEngine, type SearchRequest } from '../../../../shared/search/searchEngine';

// The search index lives here, off the window's thread: indexing ten thousand cards and a
// hundred thousand notes, and each query, never hold up a paint or a key.
const engine = new SearchEngine();
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
  postMessage: (message: unknown) => void;
};

scope.onmessage = (event) => {
  const reply = engine.handle(event.data);
  if (reply) scope.postMessage(reply);
};
