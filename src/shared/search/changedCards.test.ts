import { describe, expect, it } from 'vitest';
import { emptyUserData, type UserData } from '../schema/database';
import type { Fact } from '../schema/fact';
import { applyPatch } from '../schema/userDataPatch';
import { sampleSeed } from '../testing/sampleSeed';
import { cardsToReindex } from './changedCards';

const facts: Fact[] = sampleSeed().facts;
const [first, second] = facts as [Fact, Fact];
const at = '2024-01-01T00:00:00.000Z';
const note = (id: string, factId: string, markdown = 'words') => ({
  id,
  factId,
  markdown,
  createdAt: at,
  updatedAt: at,
});

function withUser(user: UserData) {
  return { facts, user };
}

describe('cards to re-index after a change', () => {
  it('is nothing when nothing changed', () => {
    const user = { ...emptyUserData, notes: [note('note-a', first.id)] };
    expect(cardsToReindex(withUser(user), withUser(user))).toEqual({ changed: new Set(), removed: new Set() });
  });

  it('is the one card whose note was written, edited or deleted', () => {
    const before = { ...emptyUserData, notes: [note('note-a', first.id)] };
    const written = applyPatch(before, { notes: { upserted: [note('note-b', second.id)], removed: [] } });
    expect(cardsToReindex(withUser(before), withUser(written)).changed).toEqual(new Set([second.id]));
    const edited = applyPatch(before, { notes: { upserted: [note('note-a', first.id, 'other')], removed: [] } });
    expect(cardsToReindex(withUser(before), withUser(edited)).changed).toEqual(new Set([first.id]));
    const deleted = applyPatch(before, { notes: { upserted: [], removed: ['note-a'] } });
    expect(cardsToReindex(withUser(before), withUser(deleted)).changed).toEqual(new Set([first.id]));
  });

  it('is every card carrying a renamed tag, and a card whose tags were set', () => {
    const tag = { id: 'tag-a', name: 'talking point', color: 'blue' as const, createdAt: at };
    const before = { ...emptyUserData, tags: [tag], cardTags: { [first.id]: ['tag-a'] } };
    const renamed = applyPatch(before, { tags: { upserted: [{ ...tag, name: 'to raise' }], removed: [] } });
    expect(cardsToReindex(withUser(before), withUser(renamed)).changed).toEqual(new Set([first.id]));
    const tagged = applyPatch(before, {
      cardTags: { upserted: [{ factId: second.id, tagIds: ['tag-a'] }], removed: [] },
    });
    expect(cardsToReindex(withUser(before), withUser(tagged)).changed).toEqual(new Set([second.id]));
  });

  it('names a card deleted as removed, and a card added or edited as changed', () => {
    const edited = { ...first, title: 'Another title' };
    const after = { facts: [edited, ...facts.slice(2)], user: emptyUserData };
    const { changed, removed } = cardsToReindex(withUser(emptyUserData), after);
    expect(changed).toEqual(new Set([first.id]));
    expect(removed).toEqual(new Set([second.id]));
  });
});
