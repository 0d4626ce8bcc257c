import { SearchEngine } from '../../../../shared/search/searchEngine';
import { searchHost, type SearchRequest } from '../../../../shared/search/searchProtocol';

// The search index lives here, off the window's thread: indexing ten thousand cards and a
// hundred thousand notes, and each query, never hold up a paint or a key.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
  postMessage: (message: unknown) => void;
};
const receive = searchHost(
  new SearchEngine(),
  (reply) => scope.postMessage(reply),
  (run) => setTimeout(run, 0),
);

scope.onmessage = (event) => receive(event.data);
