import { cardDocuments } from '../src/shared/search/cardDocuments';
import { CardSearch, normaliseTerm, tokenise, type CardDocument } from '../src/shared/search/cardSearch';
import { updateNote } from '../src/main/domain/annotationOperations';
import type { Database } from '../src/shared/schema/database';
import type { Fact } from '../src/shared/schema/fact';
import { queryWords, random, type SizeSpec } from './syntheticDatabase';
import { summarise, timeSync, type Summary } from './stats';

export interface SearchFigures {
  documents: number;
  queries: number;
  /** MiniSearch through CardSearch, as the renderer runs it: prefix + fuzzy, AND of the words. */
  search: Summary;
  /** A plain scan: every query word must be a substring of the card's normalised text. */
  linearScan: Summary;
  /** Building the index from nothing, as the window does once it has the library. */
  indexBuild: number;
  /** What one saved note costs the renderer's index: cardDocuments for every card + CardSearch.update. */
  incrementalUpdate: Summary;
  /** The part of that spent rebuilding every card's document (cardDocuments). */
  documentsRebuild: Summary;
  meanResults: number;
  /** The slowest queries by their median time, for the profile. */
  slowest: { query: string; medianMs: number; results: number }[];
}

/** A mix of what people type: frequent and rare words, prefixes, two words, names, figures, typos. */
export function searchQueries(size: SizeSpec, count: number): string[] {
  const words = queryWords(size);
  const next = random(42);
  const pick = (list: readonly string[]) => list[Math.floor(next() * list.length)] as string;
  const fixed = ['Tokayev', 'trade volume', 'Astana', 'Hong Beom-do', '4 billion', 'Tokaev', 'synergy', '협력'];
  const queries = [...fixed];
  while (queries.length < count) {
    const kind = queries.length % 5;
    if (kind === 0) queries.push(pick(words.domain));
    else if (kind === 1) queries.push(pick(words.rare.slice(0, 500)));
    else if (kind === 2) queries.push(pick(words.domain).slice(0, 3));
    else if (kind === 3) queries.push(`${pick(words.domain)} ${pick(words.rare.slice(0, 200))}`);
    else queries.push(pick(words.rare));
  }
  return queries.slice(0, count);
}

function haystack(document: CardDocument): string {
  const text = [
    document.title,
    document.summary,
    document.body,
    document.details,
    document.notes,
    document.highlights,
    document.tags,
  ].join(' ');
  return normaliseTerm(text);
}

export function measureSearch(
  database: Database,
  /** The shipped cards: read from the seed, not held by the database file. */
  shippedFacts: readonly Fact[],
  size: SizeSpec,
  repeats: number,
  queryCount = 40,
): SearchFigures {
  const facts: Fact[] = [...shippedFacts, ...database.user.ownFacts];
  const user = database.user;
  const search = new CardSearch();
  const documents = cardDocuments(facts, user);
  const indexBuild = timeSync(() => search.update(documents));
  const haystacks = documents.map((document) => ({ id: document.id, text: haystack(document) }));
  const queries = searchQueries(size, queryCount);

  const searchTimes: number[] = [];
  const scanTimes: number[] = [];
  let results = 0;
  // Warm both paths once so the first query does not pay for JIT compilation alone.
  for (const query of queries) search.searchPacked(query);
  const perQuery = new Map<string, number[]>();
  const resultCounts = new Map<string, number>();
  for (let repeat = 0; repeat < repeats; repeat++) {
    for (const query of queries) {
      let found = 0;
      // What the worker runs for each key: the lookup and the packing of its matches.
      const took = timeSync(() => (found = search.searchPacked(query).ids.length));
      results += found;
      resultCounts.set(query, found);
      searchTimes.push(took);
      perQuery.set(query, [...(perQuery.get(query) ?? []), took]);
      scanTimes.push(
        timeSync(() => {
          const terms = tokenise(query).map(normaliseTerm);
          return haystacks.filter((entry) => terms.every((term) => entry.text.includes(term))).map((entry) => entry.id);
        }),
      );
    }
  }

  // One note saved: the renderer gets a new `user` and re-runs useCardSearch's update.
  const incremental: number[] = [];
  const rebuild: number[] = [];
  let currentUser = user;
  const note = user.notes[0];
  for (let run = 0; run < Math.min(repeats * 2, 6); run++) {
    if (note) {
      currentUser = updateNote(
        currentUser,
        { now: () => new Date().toISOString(), fact: () => undefined },
        note.id,
        `Edited ${run} hydrogen`,
      ).user;
    }
    let nextDocuments: CardDocument[] = [];
    rebuild.push(timeSync(() => (nextDocuments = cardDocuments(facts, currentUser))));
    const documentsTime = rebuild.at(-1) ?? 0;
    incremental.push(documentsTime + timeSync(() => search.update(nextDocuments)));
  }

  return {
    documents: documents.length,
    queries: queries.length,
    search: summarise(searchTimes),
    linearScan: summarise(scanTimes),
    indexBuild,
    incrementalUpdate: summarise(incremental),
    documentsRebuild: summarise(rebuild),
    meanResults: results / (queries.length * repeats),
    slowest: [...perQuery]
      .map(([query, times]) => ({ query, medianMs: summarise(times).median, results: resultCounts.get(query) ?? 0 }))
      .sort((a, b) => b.medianMs - a.medianMs)
      .slice(0, 5),
  };
}
