import { describe, expect, it } from 'vitest';
import { emptyUserData, type UserData } from '../../shared/schema/database';
import type { Fact } from '../../shared/schema/fact';
import { sampleFact } from '../../shared/testing/sampleSeed';
import { collectionFileProblem, collectionUserData } from './collectionFile';

/**
 * What a collection file takes from the library, checked on records made by hand: the cases a router test cannot
 * easily reach (a card id that is the start of another's, undos of answers, tags on no card of the collection).
 */
const at = '2024-05-01T09:00:00.000Z';
const collection = { id: 'collection-astana', name: 'Astana visit 2024', createdAt: at };
const own = (id: string, collectionId?: string): Fact => {
  const { sourceId: _source, paragraphs: _paragraphs, ...card } = sampleFact({ id, origin: 'user' });
  return { ...card, ...(collectionId ? { collectionId } : {}) };
};
const after = {
  due: at,
  stability: 1,
  difficulty: 5,
  elapsedDays: 0,
  scheduledDays: 1,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 'learning' as const,
};
const rating = (id: string, itemId: string) => ({
  type: 'rating' as const,
  id,
  itemId,
  rating: 'good' as const,
  reviewedAt: at,
  previousReviewId: null,
  after,
});

function libraryWith(user: Partial<UserData>) {
  return {
    sources: [],
    facts: [sampleFact({ id: 'trade' })],
    user: { ...emptyUserData, collections: [collection], ...user },
  };
}

describe('collectionUserData', () => {
  it('takes the study answers of the collection’s cards only, even when one card id starts another’s', () => {
    const library = libraryWith({
      ownFacts: [own('mine', collection.id), own('mine--figure--x')],
      studyLog: [
        rating('review-1', 'mine--figure--a'),
        rating('review-2', 'mine--figure--x--figure--b'),
        rating('review-3', 'trade--figure--c'),
        { type: 'undo', id: 'review-4', undoes: 'review-1', at },
        { type: 'undo', id: 'review-5', undoes: 'review-2', at },
      ],
    });
    const { user, contents } = collectionUserData(library, collection.id);
    expect(user.ownFacts.map((card) => card.id)).toEqual(['mine']);
    expect(user.studyLog.map((entry) => entry.id)).toEqual(['review-1', 'review-4']);
    expect(contents).toMatchObject({ cards: 1, answers: 1 });
  });

  it('takes only the tags on its cards, and none of another collection’s notes, stars or briefs', () => {
    const tag = (id: string) => ({ id, name: id, color: 'blue' as const, createdAt: at });
    const note = (id: string, factId: string) => ({ id, factId, markdown: id, createdAt: at, updatedAt: at });
    const library = libraryWith({
      ownFacts: [own('mine', collection.id)],
      tags: [tag('tag-mine'), tag('tag-trade'), tag('tag-unused')],
      cardTags: { mine: ['tag-mine'], trade: ['tag-trade'] },
      notes: [note('note-mine', 'mine'), note('note-trade', 'trade')],
      starred: ['trade', 'mine'],
    });
    const { user, scope } = collectionUserData(library, collection.id);
    expect(scope).toEqual({ kind: 'collection', collectionId: collection.id, name: collection.name });
    expect(user.tags.map((item) => item.id)).toEqual(['tag-mine']);
    expect(user.cardTags).toEqual({ mine: ['tag-mine'] });
    expect(user.notes.map((item) => item.id)).toEqual(['note-mine']);
    expect(user.starred).toEqual(['mine']);
    expect(user.collections).toEqual([collection]);
    // What it takes passes its own check on a computer that has none of it.
    expect(collectionFileProblem(user, scope, libraryWith({ collections: [] })).problem).toBeUndefined();
  });

  it('refuses a collection that is not there', () => {
    expect(() => collectionUserData(libraryWith({}), 'collection-gone')).toThrow(/no longer here/);
  });
});

describe('collectionFileProblem', () => {
  it('refuses an answer about a card of another collection, and an undo of an answer not in the file', () => {
    const scope = { kind: 'collection' as const, collectionId: collection.id, name: collection.name };
    const incoming = { ...emptyUserData, collections: [collection], ownFacts: [own('mine', collection.id)] };
    const here = libraryWith({ collections: [] });
    expect(
      collectionFileProblem({ ...incoming, studyLog: [rating('review-1', 'trade--figure--c')] }, scope, here).problem,
    ).toMatch(/study log has answers about cards that are not in that collection/);
    expect(
      collectionFileProblem(
        { ...incoming, studyLog: [{ type: 'undo', id: 'review-2', undoes: 'review-9', at }] },
        scope,
        here,
      ).problem,
    ).toMatch(/study log/);
    expect(
      collectionFileProblem({ ...incoming, studyLog: [rating('review-1', 'mine--figure--a')] }, scope, here).problem,
    ).toBeUndefined();
  });
});
