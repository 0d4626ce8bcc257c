import { BriefingError } from '../../shared/errors';
import type { CollectionContents, CollectionScope } from '../../shared/export/backupSchemas';
import { emptyUserData, type UserData } from '../../shared/schema/database';
import type { Fact } from '../../shared/schema/fact';
import type { Source } from '../../shared/schema/source';
import { cardCollectionId, sourceCollections } from '../../shared/sources/cardCollection';
import { shippedCollectionId } from '../../shared/sources/collections';
import { sourceLibraryOf } from '../../shared/sources/librarySources';
import { cardIdOfFactItem } from '../../shared/study/studyItemIds';
import { sameName } from '../../shared/sources/sourceLibrary';

interface LibraryPart {
  /** The seed's sources, for the shipped summit's collection and article. */
  sources: readonly Source[];
  /** The shipped cards. */
  facts: readonly Fact[];
  user: UserData;
}

/** The card a study item id is about: an own item is listed with its card, a fact item's id starts with it. */
function cardOfItem(itemId: string, cardIds: ReadonlySet<string>, ownItemCards: ReadonlyMap<string, string>) {
  return ownItemCards.get(itemId) ?? cardIdOfFactItem(itemId, cardIds);
}

/** The study log entries about the given cards' items, undos of those included. */
function studyLogOf(log: UserData['studyLog'], inCollection: (itemId: string) => boolean): UserData['studyLog'] {
  const kept = new Set<string>();
  return log.filter((entry) => {
    const keep = entry.type === 'undo' ? kept.has(entry.undoes) : inCollection(entry.itemId);
    if (keep) kept.add(entry.id);
    return keep;
  });
}

/**
 * The part of the user's data that belongs to one collection: its record (none for the shipped summit's, which the
 * seed holds), its imported sources, the user's cards in it, and for every card in it (shipped ones too) the notes,
 * highlights, the tags on it, stars, study answers and own study items. Never briefs, settings or study preferences.
 * A card's collection is `cardCollectionId`'s, the one rule the scope and the library use.
 */
export function collectionUserData(
  library: LibraryPart,
  collectionId: string,
): { user: UserData; scope: CollectionScope; contents: CollectionContents } {
  const sourceLibrary = sourceLibraryOf(library.sources, library.user);
  const collection = sourceLibrary.collections.find((candidate) => candidate.id === collectionId);
  if (!collection) {
    throw new BriefingError({
      code: 'not-found',
      message: 'That collection is no longer here, so it was not exported. Nothing was changed.',
    });
  }
  const collectionOf = sourceCollections(sourceLibrary);
  const { user } = library;
  const inCollection = (card: Fact) => cardCollectionId(card, collectionOf) === collectionId;
  const cards = [...library.facts, ...user.ownFacts].filter(inCollection);
  const cardIds = new Set(cards.map((card) => card.id));
  const ownStudyItems = user.ownStudyItems.filter((item) => cardIds.has(item.cardId));
  const allCardIds = new Set([...library.facts, ...user.ownFacts].map((card) => card.id));
  const ownItemCards = new Map(user.ownStudyItems.map((item) => [item.id, item.cardId]));
  const cardTags: UserData['cardTags'] = {};
  for (const [factId, tagIds] of Object.entries(user.cardTags)) {
    if (cardIds.has(factId) && tagIds.length > 0) cardTags[factId] = [...tagIds];
  }
  const usedTags = new Set(Object.values(cardTags).flat());
  const scoped: UserData = {
    ...emptyUserData,
    ownFacts: user.ownFacts.filter(inCollection),
    starred: user.starred.filter((id) => cardIds.has(id)),
    notes: user.notes.filter((note) => cardIds.has(note.factId)),
    highlights: user.highlights.filter((highlight) => cardIds.has(highlight.factId)),
    tags: user.tags.filter((tag) => usedTags.has(tag.id)),
    cardTags,
    studyLog: studyLogOf(user.studyLog, (itemId) => {
      const card = cardOfItem(itemId, allCardIds, ownItemCards);
      return card !== undefined && cardIds.has(card);
    }),
    ownStudyItems,
    sources: user.sources.filter((source) => source.collectionId === collectionId),
    collections: user.collections.filter((candidate) => candidate.id === collectionId),
  };
  return {
    user: scoped,
    scope: { kind: 'collection', collectionId, name: collection.name },
    contents: collectionContents(scoped, cards.length),
  };
}

export function collectionContents(user: UserData, cards: number): CollectionContents {
  return {
    cards,
    sources: user.sources.length,
    notes: user.notes.length,
    highlights: user.highlights.length,
    tags: user.tags.length,
    stars: user.starred.length,
    answers: user.studyLog.filter((entry) => entry.type === 'rating').length,
    studyItems: user.ownStudyItems.length,
  };
}

/**
 * Why a collection file cannot be what it says it is, or undefined when it is: everything in it must belong to its
 * collection by the same rule the export used, so a hand-edited file cannot slip a note onto a card of another
 * collection, a source into another collection, or a brief or a second collection in with it.
 */
export function collectionFileProblem(
  incoming: UserData,
  scope: CollectionScope,
  library: LibraryPart,
): { problem: string; cards: number } | { problem?: undefined; cards: number } {
  const shipped = scope.collectionId === shippedCollectionId;
  const fail = (problem: string) => ({ problem, cards: 0 });
  if (incoming.briefs.length > 0) return fail('it also holds briefs, which a collection file never does');
  const others = incoming.collections.filter((collection) => collection.id !== scope.collectionId);
  if (
    others.length > 0 ||
    (shipped && incoming.collections.length > 0) ||
    (!shipped && incoming.collections.length !== 1) ||
    // The preview names the collection as the scope does, so the record must be called the same.
    incoming.collections.some((collection) => collection.name !== scope.name)
  ) {
    return fail('the collections inside are not the one it names');
  }
  // Names are unique whatever their case here, so another collection already called so would be a second of that name.
  const namesake = sourceLibraryOf(library.sources, library.user).collections.find(
    (collection) => collection.id !== scope.collectionId && sameName(collection.name, scope.name),
  );
  if (namesake && !shipped) {
    return fail(`another collection here is already called “${namesake.name}” (rename it, then import the file again)`);
  }
  const foreignSource = incoming.sources.find((source) => source.collectionId !== scope.collectionId);
  if (foreignSource) return fail(`the source “${foreignSource.title}” is in another collection`);
  // A source already here stays as it is (mergeUserData), so its collection here is the one that counts.
  const collectionOf = sourceCollections(
    sourceLibraryOf(library.sources, { sources: [...incoming.sources, ...library.user.sources], collections: [] }),
  );
  const inScope = (card: Pick<Fact, 'sourceId' | 'collectionId'>) =>
    cardCollectionId(card, collectionOf) === scope.collectionId;
  const foreignCard = incoming.ownFacts.find((card) => !inScope(card));
  if (foreignCard) return fail(`the card “${foreignCard.title}” is in another collection`);
  const cardIds = new Set([
    ...incoming.ownFacts.map((card) => card.id),
    ...library.facts.filter(inScope).map((card) => card.id),
  ]);
  const named = [
    ...incoming.notes.map((note) => note.factId),
    ...incoming.highlights.map((highlight) => highlight.factId),
    ...incoming.starred,
    ...Object.keys(incoming.cardTags),
    ...incoming.ownStudyItems.map((item) => item.cardId),
  ];
  const outside = named.find((factId) => !cardIds.has(factId));
  if (outside !== undefined) return fail(`it names the card “${outside}”, which is not in that collection`);
  const ownItemCards = new Map(incoming.ownStudyItems.map((item) => [item.id, item.cardId]));
  const allCardIds = new Set([...library.facts, ...library.user.ownFacts, ...incoming.ownFacts].map((card) => card.id));
  const answers = new Set<string>();
  for (const entry of incoming.studyLog) {
    const belongs =
      entry.type === 'undo'
        ? answers.has(entry.undoes)
        : cardIds.has(cardOfItem(entry.itemId, allCardIds, ownItemCards) ?? '');
    if (!belongs) return fail('its study log has answers about cards that are not in that collection');
    answers.add(entry.id);
  }
  return { cards: cardIds.size };
}
