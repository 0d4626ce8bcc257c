import type { Library } from './contract';
import { allFacts, factsInSelection, isRememberedSelection, selectionCounts } from './librarySelection';
import type { UserData } from './schema/database';
import { cardsInScope, collectionScopeOf } from './sources/collectionScope';

/** The most cards a first screen may carry: the window asks for a screenful, never the library. */
export const firstScreenMaxCards = 200;

export interface FirstScreen {
  /** The library cut down to the cards shown first and what the user attached to them. */
  library: Library;
  /** The selection those cards are the start of: the one the user was reading last time. */
  selection: string;
  /** How many cards that selection holds in all. */
  total: number;
  /** Cards per sidebar entry (all, starred, annotated, each topic, each tag), over the library's collection scope. */
  counts: Record<string, number>;
}

/**
 * What the window paints first: the first `limit` cards of the remembered selection, their
 * notes, highlights and tags, the sources they cite, and the sidebar's counts — a few kilobytes,
 * whatever the size of the library, so the first card is painted before the rest has crossed.
 */
export function firstScreenOf(library: Library, limit: number): FirstScreen {
  const { user } = library;
  const selection = isRememberedSelection(library.settings.lastTopic) ? library.settings.lastTopic : 'all';
  // sources (issue 17): the collection scope limits what is shown and counted, as the window limits it.
  const scoped = cardsInScope(allFacts(library), collectionScopeOf(library));
  const inSelection = factsInSelection(scoped, user, selection);
  const shown = inSelection.slice(0, Math.min(limit, firstScreenMaxCards));
  const ids = new Set(shown.map((fact) => fact.id));
  const sourcesCited = new Set(shown.flatMap((fact) => (fact.sourceId ? [fact.sourceId] : [])));
  const cardTags: UserData['cardTags'] = {};
  for (const id of ids) if (Object.hasOwn(user.cardTags, id)) cardTags[id] = user.cardTags[id] as string[];
  return {
    library: {
      ...library,
      facts: shown.filter((fact) => fact.origin !== 'user'),
      user: {
        ...user,
        ownFacts: shown.filter((fact) => fact.origin === 'user'),
        notes: user.notes.filter((note) => ids.has(note.factId)),
        highlights: user.highlights.filter((highlight) => ids.has(highlight.factId)),
        cardTags,
        // An imported article can be megabytes: only those the cards shown cite come first.
        sources: user.sources.filter((source) => sourcesCited.has(source.id)),
        // The window never holds the study log (the main process answers from it).
        studyLog: [],
      },
    },
    selection,
    total: inSelection.length,
    counts: Object.fromEntries(selectionCounts(scoped, user)),
  };
}
