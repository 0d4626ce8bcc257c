import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyUserData, type UserData } from './database';
import { derivedPatch, indexOfId, withAppended, withRemoved, withReplaced } from './derivedLists';
import { applyPatch, diffUserData } from './userDataPatch';

const at = '2021-08-17T09:00:00.000Z';
const note = (id: string, markdown = id) => ({ id, factId: 'trade-volume', markdown, createdAt: at, updatedAt: at });
type Note = ReturnType<typeof note>;

/** One step a note operation takes: add at the end, edit one in place, delete one. */
const step = fc.oneof(
  fc.record({ kind: fc.constant('append' as const), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: fc.string({ maxLength: 4 }) }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
);

describe('lists that say how they were made', () => {
  it('diff as the walk would, apply to the same list, and find every id where findIndex does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 150 }), fc.array(step, { maxLength: 25 }), (size, steps) => {
        let notes: Note[] = Array.from({ length: size }, (_, index) => note(`note-${index}`));
        let made = size;
        for (const next of steps) {
          const before: UserData = { ...emptyUserData, notes };
          if (next.kind === 'append') {
            notes = withAppended(
              notes,
              Array.from({ length: next.count }, () => note(`note-${made++}`)),
            );
          } else if (notes.length > 0) {
            const index = next.at % notes.length;
            const id = notes[index]?.id ?? '';
            expect(indexOfId(notes, id)).toBe(index);
            notes = next.kind === 'replace' ? withReplaced(notes, index, note(id, next.text)) : withRemoved(notes, id);
          }
          const after: UserData = { ...emptyUserData, notes };
          const walked = { ...emptyUserData, notes: [...notes] };
          const patch = diffUserData(before, after);
          expect(patch).toEqual(diffUserData(before, walked));
          expect(applyPatch(before, patch).notes).toEqual(notes);
          // And back, as an undo diffs it: the same patch as the walk's, giving the list it came from.
          const back = diffUserData(after, before);
          expect(back).toEqual(diffUserData(walked, before));
          expect(applyPatch(after, back).notes).toEqual(before.notes);
          for (const [index, item] of notes.entries()) expect(indexOfId(notes, item.id)).toBe(index);
          expect(indexOfId(notes, 'note-none')).toBe(-1);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('say nothing about a list they were not made from, which is then compared', () => {
    const first = [note('note-1'), note('note-2')];
    const edited = withReplaced(first, 0, note('note-1', 'edited'));
    expect(derivedPatch(first, edited)).toEqual({ upserted: [note('note-1', 'edited')], removed: [] });
    expect(derivedPatch([note('note-1')], edited)).toBeUndefined();
    expect(diffUserData({ ...emptyUserData, notes: [note('note-1')] }, { ...emptyUserData, notes: edited })).toEqual({
      notes: { upserted: [note('note-1', 'edited'), note('note-2')], removed: [] },
    });
  });

  it('does not trust a lent position that now holds another record', () => {
    const many = Array.from({ length: 100 }, (_, index) => note(`note-${index}`));
    expect(indexOfId(many, 'note-50')).toBe(50);
    // A removal shifts every later record: the positions of the list it came from are not lent.
    const fewer = withRemoved(many, 'note-10');
    expect(indexOfId(fewer, 'note-50')).toBe(49);
    const replaced = withReplaced(fewer, 49, note('note-other'));
    expect(indexOfId(replaced, 'note-50')).toBe(-1);
    expect(indexOfId(replaced, 'note-other')).toBe(49);
  });
});
