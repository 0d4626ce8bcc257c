import { useEffect, useRef, useState } from 'react';
import type { UserData } from '../../../../shared/schema/database';
import type { Fact } from '../../../../shared/schema/fact';
import { documentBuilder } from '../../../../shared/search/cardDocuments';
import type { SearchMatches } from '../../../../shared/search/packedMatches';
import { cardsToReindex, type SearchedLibrary } from '../../../../shared/search/changedCards';
import { searchMark } from '../../../../shared/search/searchProtocol';
import { createSearchClient, type SearchClient } from './searchClient';

/** The results on screen: the query they answer (the box may already hold a newer one) and its matches. */
export interface SearchResults {
  query: string;
  matches: SearchMatches;
  /**
   * False while the index holds only part of the library (the pages are still arriving, or the
   * cards that arrived are still being indexed): the matches are those of the cards indexed so
   * far, and more may follow. The window can say "still indexing" from it.
   */
  complete: boolean;
}

/** Which part of the library the window holds; each new part is indexed anew, in slices. */
export interface SearchedPart {
  stage: string;
}

/**
 * Cards indexed per step of a build. The next slice is sent only once the worker has indexed the
 * last, so a query typed during a build waits behind one slice, not the library.
 */
const cardsPerSlice = 100;

/** While a query is on screen during a build, it is asked again after this many slices, so its results grow. */
const slicesPerRefresh = 10;

/**
 * The library's search, in a worker. The index is built in slices from whatever part of the
 * library the window holds — the first screen, then every card once the cards have arrived, then
 * the whole library with its notes — and answers queries all along from the slices indexed so
 * far; after that each change sends only the cards it touched (MiniSearch add / replace /
 * discard). Answers undefined for an empty query, else the latest results that arrived.
 */
export function useCardSearch(
  facts: readonly Fact[],
  user: UserData,
  query: string,
  /** The part of the library the window holds while it is still arriving; undefined once it is whole. */
  part?: SearchedPart,
): SearchResults | undefined {
  const clientRef = useRef<SearchClient>(undefined);
  /** What the index holds, or will hold once the current build is done. */
  const indexedRef = useRef<SearchedLibrary>(undefined);
  /** Every card id sent to the index and not removed since. */
  const sentRef = useRef(new Set<string>());
  const buildingRef = useRef(false);
  const latestRef = useRef<SearchedLibrary>({ facts, user });
  const [indexVersion, setIndexVersion] = useState(0);
  const [results, setResults] = useState<SearchResults>();
  const stage = part?.stage ?? 'whole';

  /** Stops the build under way (a newer part of the library replaces it, or the window goes). */
  const stopBuildRef = useRef<() => void>(() => undefined);

  useEffect(() => {
    const client = createSearchClient();
    clientRef.current = client;
    return () => {
      stopBuildRef.current();
      client.dispose();
      clientRef.current = undefined;
      indexedRef.current = undefined;
      sentRef.current = new Set();
    };
  }, []);

  // A new part of the library is indexed anew, slice by slice; a change within a part sends only what it touched.
  const stageRef = useRef<string>(undefined);
  useEffect(() => {
    latestRef.current = { facts, user };
    const client = clientRef.current;
    if (!client) return;
    if (stageRef.current === stage && indexedRef.current) {
      if (!buildingRef.current && syncIndex(client, latestRef.current, indexedRef, sentRef.current)) {
        setIndexVersion((version) => version + 1);
      }
      return;
    }
    stageRef.current = stage;
    stopBuildRef.current();
    const snapshot = latestRef.current;
    indexedRef.current = snapshot;
    buildingRef.current = true;
    const build = documentBuilder(snapshot.user);
    const sent = sentRef.current;
    let from = 0;
    let slices = 0;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout>;
    const step = () => {
      if (cancelled) return;
      const slice = snapshot.facts.slice(from, from + cardsPerSlice);
      client.index(slice.map(build));
      for (const fact of slice) sent.add(fact.id);
      from += cardsPerSlice;
      slices += 1;
      if (from < snapshot.facts.length) {
        if (slices % slicesPerRefresh === 0) setIndexVersion((version) => version + 1);
        void client.indexed().then(() => {
          if (!cancelled) timer = setTimeout(step, 0);
        });
        return;
      }
      // Cards the index holds from an earlier part that this one no longer has (deleted meanwhile).
      const kept = new Set(snapshot.facts.map((fact) => fact.id));
      const removed = [...sent].filter((id) => !kept.has(id));
      for (const id of removed) sent.delete(id);
      if (removed.length > 0) client.index([], removed);
      buildingRef.current = false;
      syncIndex(client, latestRef.current, indexedRef, sent);
      setIndexVersion((version) => version + 1);
    };
    timer = setTimeout(step, 0);
    // Not undone when the next change comes: a change during a build waits for its end (syncIndex above).
    stopBuildRef.current = () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [facts, user, stage]);

  const searching = query.trim().length > 0;
  useEffect(() => {
    const client = clientRef.current;
    if (!searching || !client) return;
    let current = true;
    void client.search(query).then((reply) => {
      // Overtaken by a newer query before it reached the worker, or by a newer state of this hook.
      if (!current || !reply) return;
      // The benchmark reads what the worker's lookup took (only the latest is kept).
      const complete = stage === 'whole' && !buildingRef.current;
      performance.clearMarks?.(searchMark);
      performance.mark?.(searchMark, { detail: { tookMs: reply.tookMs, indexed: reply.indexed, complete } });
      setResults({
        query: reply.query,
        matches: reply.matches,
        complete,
      });
    });
    return () => {
      current = false;
    };
  }, [query, searching, indexVersion, stage]);

  return searching ? results : undefined;
}

/** Sends the index what changed since it last heard; answers whether anything did. */
function syncIndex(
  client: SearchClient,
  latest: SearchedLibrary,
  indexedRef: { current: SearchedLibrary | undefined },
  sent: Set<string>,
): boolean {
  const indexed = indexedRef.current;
  if (!indexed || indexed === latest) return false;
  const { changed, removed } = cardsToReindex(indexed, latest);
  indexedRef.current = latest;
  if (changed.size === 0 && removed.size === 0) return false;
  const build = documentBuilder(latest.user, changed);
  const documents = latest.facts.filter((fact) => changed.has(fact.id)).map(build);
  for (const document of documents) sent.add(document.id);
  for (const id of removed) sent.delete(id);
  client.index(documents, [...removed]);
  return true;
}
