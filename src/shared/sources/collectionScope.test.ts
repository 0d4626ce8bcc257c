import { describe, expect, it } from 'vitest';
import { selectFacts } from '../export/composePack';
import { firstScreenOf } from '../firstScreen';
import { emptyUserData, type UserData } from '../schema/database';
import type { Library } from '../contract';
import { sampleFact } from '../testing/sampleSeed';
import { cardsInScope, collectionScopeOf } from './collectionScope';
import { shippedCollectionId } from './collections';
import { sourceLibraryOf } from './librarySources';
import { seed, shippedRecord } from './testing/shippedArticle';

const createdAt = '2026-01-05T09:00:00.000Z';
const visit = { id: 'visit-2024', name: 'Astana visit 2024', createdAt };
const forum = { ...shippedRecord, id: 'source-forum', collectionId: visit.id, origin: { kind: 'pasted' as const } };
const seedCard = sampleFact({ id: 'seed-1' });
const written = sampleFact({ id: 'user-written', origin: 'user', collectionId: visit.id });
const cited = sampleFact({ id: 'user-cited', origin: 'user', sourceId: forum.id, paragraphs: [1] });
const shippedOwn = sampleFact({ id: 'user-summit', origin: 'user' });
const user: UserData = {
  ...emptyUserData,
  ownFacts: [written, cited, shippedOwn],
  collections: [visit],
  sources: [forum],
  starred: ['seed-1', 'user-written'],
};
const library = (collectionScope?: string) => ({
  sources: seed.sources,
  facts: [seedCard],
  user,
  settings: { lastTopic: 'all' as const, ...(collectionScope ? { collectionScope } : {}) },
});
const ids = (facts: readonly { id: string }[]) => facts.map((fact) => fact.id);

describe('the collection scope', () => {
  it('without a scope, every card is in view', () => {
    const scope = collectionScopeOf(library());
    expect(scope.scope).toBeUndefined();
    expect(ids(cardsInScope([seedCard, ...user.ownFacts], scope))).toEqual([
      'seed-1',
      'user-written',
      'user-cited',
      'user-summit',
    ]);
  });

  it('a scope keeps the cards written for it and those from its sources, in order', () => {
    const scope = collectionScopeOf(library(visit.id));
    expect(scope.scope?.name).toBe('Astana visit 2024');
    expect(ids(cardsInScope([seedCard, ...user.ownFacts], scope))).toEqual(['user-written', 'user-cited']);
  });

  it('the shipped summit’s scope holds the shipped cards and the user’s cards without another collection', () => {
    const scope = collectionScopeOf(library(shippedCollectionId));
    expect(ids(cardsInScope([seedCard, ...user.ownFacts], scope))).toEqual(['seed-1', 'user-summit']);
  });

  it('lists the same collections, and places a card of the shipped article the same, as the library of sources', () => {
    // It reads the shipped collection without making (and checksumming) the shipped article's record.
    const scope = collectionScopeOf(library());
    const sources = sourceLibraryOf(seed.sources, user);
    expect(scope.collections).toEqual(sources.collections);
    const shippedArticle = sources.sources[0]!;
    expect(shippedArticle.origin.kind).toBe('shipped');
    expect(scope.collectionOf(sampleFact({ id: 'from-article', sourceId: shippedArticle.id, paragraphs: [1] }))).toBe(
      shippedCollectionId,
    );
    expect(scope.collectionOf(cited)).toBe(visit.id);
  });

  it('a scope naming a collection that was removed is every collection', () => {
    const scope = collectionScopeOf(library('collection-gone'));
    expect(scope.scope).toBeUndefined();
    expect(cardsInScope([seedCard, ...user.ownFacts], scope)).toHaveLength(4);
  });

  it('the export pack holds only the scope’s cards, whatever it selects', () => {
    expect(ids(selectFacts(library(visit.id), { kind: 'all' }))).toEqual(['user-written', 'user-cited']);
    expect(ids(selectFacts(library(visit.id), { kind: 'starred' }))).toEqual(['user-written']);
    expect(ids(selectFacts(library(), { kind: 'starred' }))).toEqual(['seed-1', 'user-written']);
  });

  it('the first screen shows and counts the scope’s cards only', () => {
    const screen = firstScreenOf({ ...library(visit.id), seedRevision: 1 } as unknown as Library, 50);
    expect(screen.total).toBe(2);
    expect(screen.counts).toMatchObject({ all: 2, starred: 1 });
    expect(ids(screen.library.user.ownFacts)).toEqual(['user-written', 'user-cited']);
    expect(screen.library.facts).toEqual([]);
  });
});
