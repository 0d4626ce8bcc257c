import type { Fact } from '../schema/fact';
import { shippedCollectionId } from './collections';
import type { SourceLibrary } from './sourceLibrary';

/**
 * The collection a card belongs to. A card made from a source is in that source's collection (its citations only
 * make sense beside that article); a card of the user's own with no source is in the collection it was written for
 * (`collectionId`); the shipped cards and any card from before collections are the shipped summit's. One rule,
 * read by the library's scope, search, export, briefs, study and the collection file, so they never disagree.
 */
export function cardCollectionId(
  card: Pick<Fact, 'sourceId' | 'collectionId'>,
  collectionOfSource: (sourceId: string) => string | undefined,
): string {
  if (card.sourceId) {
    const fromSource = collectionOfSource(card.sourceId);
    if (fromSource) return fromSource;
  }
  return card.collectionId ?? shippedCollectionId;
}

/** `collectionOfSource` for a library: a Map built once, so scoping 10,000 cards is one lookup each. */
export function sourceCollections(library: {
  sources: readonly Pick<SourceLibrary['sources'][number], 'id' | 'collectionId'>[];
}): (sourceId: string) => string | undefined {
  const bySource = new Map(library.sources.map((source) => [source.id, source.collectionId]));
  return (sourceId) => bySource.get(sourceId);
}
