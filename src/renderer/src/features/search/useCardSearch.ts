import { useEffect, useRef, useState } from 'react';
import type { UserData } from '../../../../shared/schema/database';
import type { Fact } from '../../../../shared/schema/fact';
import { documentBuilder } from '../../../../shared/search/cardDocuments';
import type { CardMatch } from '../../../../shared/search/cardSearch';
import { cardsToReindex, type SearchedLibrary } from '../../../../shared/search/changedCards';
import { searchMark } from '../../../../shared/search/searchEngine';
import { createSearchClient, type SearchClient } from './searchClient';

/** The results on screen: the query they answer (the box may already hold a newer one) and its matches. */
export interface SearchResults {
  query: string;
  matches: Map<string, CardMatch>;
}

/**
 * Cards indexed per step of the first build. The next slice is sent only once the worker has
 * indexed the last, so a query typed during the build waits behind one slice, not the library.
 */
const cardsPerSlice = 100;

/**
 * The library's search, in a worker. The index is built after the first paint, a slice of cards
 * per task, so the first card is never held up and the window answers keys while it builds;
 * after that each change sends only the cards it touched (MiniSearch add / replace / discard).
 * Answers undefined for an empty query, else the latest results that arrived.
 */
export function useCardSearch(
  facts: readonly Fact[],
  user: UserData,
  query: string,
  /** False while the window holds only part of the library: the build waits for the whole. */
  complete = true,
): SearchResults | undefined {
  const clientRef = useRef<SearchClient>(undefined);
  const latestRef = useRef<SearchedLibrary>({ facts, user });
  /** What the index holds, or will hold once the first build is done. */
  const indexedRef = useRef<SearchedLibrary>(undefined);
  const buildingRef = useRef(true);
  const [indexVersion, setIndexVersion] = useState(0);
  const [results, setResults] = useState<SearchResults>();

  // Before the build's effect, so a build starting in this commit starts from this library.
  useEffect(() => {
    latestRef.current = { facts, user };
    const client = clientRef.current;
    if (!client || buildingRef.current) return;
    if (syncIndex(client, latestRef.current, indexedRef)) setIndexVersion((version) => version + 1);
  }, [facts, user]);

  useEffect(() => {
    if (!complete) return;
    const client = createSearchClient();
    clientRef.current = client;
    const snapshot = latestRef.current;
    indexedRef.current = snapshot;
    buildingRef.current = true;
    const build = documentBuilder(snapshot.user);
    let from = 0;
    let timer: ReturnType<typeof setTimeout>;
    let cancelled = false;
    const step = () => {
      client.index(snapshot.facts.slice(from, from + cardsPerSlice).map(build));
      from += cardsPerSlice;
      if (from < snapshot.facts.length) {
        void client.indexed().then(() => {
          if (!cancelled) timer = setTimeout(step, 0);
        });
        return;
      }
      buildingRef.current = false;
      syncIndex(client, latestRef.current, indexedRef);
      setIndexVersion((version) => version + 1);
    };
    timer = setTimeout(step, 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      client.dispose();
      clientRef.current = undefined;
    };
  }, [complete]);

  const searching = query.trim().length > 0;
  useEffect(() => {
    const client = clientRef.current;
    if (!searching || !client) return;
    let current = true;
    void client.search(query).then((reply) => {
      if (!current) return;
      // The benchmark reads what the worker's lookup took (only the latest is kept).
      performance.clearMarks?.(searchMark);
      performance.mark?.(searchMark, { detail: { tookMs: reply.tookMs, indexed: reply.indexed } });
      setResults({ query: reply.query, matches: new Map(reply.matches.map((match) => [match.id, match])) });
    });
    return () => {
      current = false;
    };
  }, [query, searching, indexVersion]);

  return searching ? results : undefined;
}

/** Sends the index what changed since it last heard; answers whether anything did. */
function syncIndex(
  client: SearchClient,
  latest: SearchedLibrary,
  indexedRef: { current: SearchedLibrary | undefined },
): boolean {
  const indexed = indexedRef.current;
  if (!indexed || indexed === latest) return false;
  const { changed, removed } = cardsToReindex(indexed, latest);
  indexedRef.current = latest;
  if (changed.size === 0 && removed.size === 0) return false;
  const build = documentBuilder(latest.user, changed);
  client.index(latest.facts.filter((fact) => changed.has(fact.id)).map(build), [...removed]);
  return true;
}
