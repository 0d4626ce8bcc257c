import type { UserData } from '../schema/database';
import type { Source } from '../schema/source';
import type { Fact } from '../schema/fact';
import { cardCollectionId, sourceCollections } from './cardCollection';
import type { Collection } from './collections';
import { shippedCollectionOf } from './librarySources';

/** What a collection scope reads: the seed's sources, the user's sources and collections, and the settings. */
export interface ScopeLibrary {
  sources: readonly Source[];
  settings: { collectionScope?: string | undefined };
  user: Pick<UserData, 'sources' | 'collections'>;
}

export interface CollectionScope {
  /** Every collection, the shipped summit's first. */
  collections: readonly Collection[];
  /** The collection the app is limited to, or undefined for all; a scope naming a removed collection is all. */
  scope: Collection | undefined;
  /** The collection a card is in, by the one rule (cardCollectionId). */
  collectionOf: (card: Pick<Fact, 'sourceId' | 'collectionId'>) => string;
}

/** The library's collections and the scope the settings choose, resolved against the collections that exist. */
export function collectionScopeOf(library: ScopeLibrary): CollectionScope {
  const shipped = shippedCollectionOf(library.sources);
  const collections = shipped ? [shipped.collection, ...library.user.collections] : library.user.collections;
  const ofSource = sourceCollections({
    sources: shipped
      ? [{ id: shipped.sourceId, collectionId: shipped.collection.id }, ...library.user.sources]
      : library.user.sources,
  });
  const chosen = library.settings.collectionScope;
  return {
    collections,
    scope: chosen === undefined ? undefined : collections.find((item) => item.id === chosen),
    collectionOf: (card) => cardCollectionId(card, ofSource),
  };
}

/** The cards in the scope, in their order; every card when there is no scope. */
export function cardsInScope<Card extends Pick<Fact, 'sourceId' | 'collectionId'>>(
  cards: readonly Card[],
  scope: Pick<CollectionScope, 'scope' | 'collectionOf'>,
): Card[] {
  const limit = scope.scope?.id;
  if (limit === undefined) return cards.slice();
  return cards.filter((card) => scope.collectionOf(card) === limit);
}
