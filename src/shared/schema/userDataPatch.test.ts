import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyCardTags, tagIdsOf, withCardTags } from './cardTags';
import { emptyUserData, type UserData } from './database';
import { applyPatch, diffUserData, isEmptyPatch, withAppended } from './userDataPatch';

const at = '2021-08-17T09:00:00.000Z';
const note = (id: string, markdown = id, factId = 'trade-volume') => ({
  id,
  factId,
  markdown,
  createdAt: at,
  updatedAt: at,
});
const tag = (id: string, name = id) => ({ id, name, color: 'blue' as const, createdAt: at });

/** Ids that are also the names of Object.prototype's own members: they must be ordinary ids everywhere. */
const awkwardIds = ['constructor', '__proto__', 'tostring', 'hasownproperty', 'toString', 'hasOwnProperty', 'valueOf'];

describe('diffUserData and applyPatch', () => {
  it('answers an empty patch for the same data, and applying it changes nothing', () => {
    const user: UserData = { ...emptyUserData, notes: [note('note-1')] };
    const patch = diffUserData(user, user);
    expect(patch).toEqual({});
    expect(isEmptyPatch(patch)).toBe(true);
    expect(applyPatch(user, patch)).toEqual(user);
    expect(applyPatch(user, patch).notes).toBe(user.notes);
  });

  it('names only what changed: the records now held for the touched ids, and the ids now gone', () => {
    const before: UserData = { ...emptyUserData, notes: [note('note-1'), note('note-2')], tags: [tag('tag-1')] };
    const after: UserData = { ...before, notes: [note('note-1', 'edited'), note('note-3')] };
    expect(diffUserData(before, after)).toEqual({
      notes: { upserted: [note('note-1', 'edited'), note('note-3')], removed: ['note-2'] },
    });
  });

  it('keeps untouched kinds by reference, so the window re-renders only what changed', () => {
    const before: UserData = { ...emptyUserData, notes: [note('note-1')], tags: [tag('tag-1')] };
    const after: UserData = { ...before, starred: ['trade-volume'] };
    const applied = applyPatch(before, diffUserData(before, after));
    expect(applied.notes).toBe(before.notes);
    expect(applied.tags).toBe(before.tags);
    expect(applied.starred).toEqual(['trade-volume']);
  });

  it('diffs a list grown by withAppended as the walk would, from the added records alone', () => {
    const before: UserData = { ...emptyUserData, notes: [note('note-1'), note('note-2')] };
    const grown: UserData = { ...before, notes: withAppended(before.notes, [note('note-3'), note('note-4')]) };
    const walked: UserData = { ...before, notes: [...before.notes, note('note-3'), note('note-4')] };
    expect(diffUserData(before, grown)).toEqual(diffUserData(before, walked));
    expect(applyPatch(before, diffUserData(before, grown))).toEqual(grown);
    // Against any other list than the one it grew from, the walk is used.
    const other: UserData = { ...before, notes: [note('note-1')] };
    expect(diffUserData(other, grown)).toEqual(diffUserData(other, walked));
  });

  it('restores a record deleted from the middle to its place, as an undo does', () => {
    const full: UserData = { ...emptyUserData, tags: [tag('tag-1'), tag('tag-2'), tag('tag-3')] };
    const deleted: UserData = { ...full, tags: [tag('tag-1'), tag('tag-3')] };
    const undo = diffUserData(deleted, full);
    expect(undo.tags?.order).toEqual(['tag-1', 'tag-2', 'tag-3']);
    expect(applyPatch(deleted, undo).tags.map((item) => item.id)).toEqual(['tag-1', 'tag-2', 'tag-3']);
    // Adding at the end needs no order.
    expect(diffUserData(full, { ...full, tags: [...full.tags, tag('tag-4')] }).tags?.order).toBeUndefined();
  });

  it('treats constructor, __proto__, toString and hasOwnProperty as ordinary card ids in card tags', () => {
    let before = { ...emptyUserData, tags: [tag('tag-1')] };
    before = { ...before, cardTags: withCardTags(before.cardTags, 'trade-volume', ['tag-1']) };
    let after = before;
    for (const id of awkwardIds) after = { ...after, cardTags: withCardTags(after.cardTags, id, ['tag-1']) };

    const applied = applyPatch(before, diffUserData(before, after));

    for (const id of awkwardIds) expect(tagIdsOf(applied.cardTags, id)).toEqual(['tag-1']);
    expect(Object.keys(applied.cardTags).sort()).toEqual([...awkwardIds, 'trade-volume'].sort());
    // Nothing leaked into the prototype chain of plain objects.
    expect(({} as Record<string, unknown>).tostring).toBeUndefined();
    expect(Object.getPrototypeOf(applied.cardTags)).toBeNull();
    expect(tagIdsOf(copyCardTags({}), 'constructor')).toEqual([]);
    expect(tagIdsOf({}, 'constructor')).toEqual([]);
  });

  it('round-trips any two states: applying the diff of a to b to a gives b', () => {
    const ids = fc.constantFrom('note-1', 'note-2', 'note-3', 'constructor', 'tostring', 'hasownproperty');
    const cardIds = fc.constantFrom('trade-volume', 'enterprises', ...awkwardIds);
    const notes = fc.uniqueArray(
      fc.record({ id: ids, markdown: fc.string({ maxLength: 3 }) }).map(({ id, markdown }) => note(id, markdown)),
      { selector: (item) => item.id, maxLength: 5 },
    );
    const tags = fc.uniqueArray(
      ids.map((id) => tag(id.replace('note', 'tag'))),
      { selector: (item) => item.id, maxLength: 4 },
    );
    const cardTags = fc
      .array(fc.tuple(cardIds, fc.array(fc.constantFrom('tag-1', 'tag-2'), { maxLength: 2 })), { maxLength: 5 })
      .map((entries) => {
        let record = copyCardTags({});
        for (const [factId, tagIds] of entries) record = withCardTags(record, factId, tagIds);
        return record;
      });
    const user = fc.record({
      ownFacts: fc.constant<UserData['ownFacts']>([]),
      starred: fc.uniqueArray(cardIds, { maxLength: 4 }),
      notes,
      highlights: fc.constant<UserData['highlights']>([]),
      tags,
      cardTags,
      briefs: fc.constant<UserData['briefs']>([]),
      // study
      studyLog: fc.constant<UserData['studyLog']>([]),
      ownStudyItems: fc.constant<UserData['ownStudyItems']>([]),
      studyPreferences: fc.constant(emptyUserData.studyPreferences),
      sources: fc.constant<UserData['sources']>([]),
      collections: fc.constant<UserData['collections']>([]),
    });
    fc.assert(
      fc.property(user, user, (before, after) => {
        const patch = diffUserData(before, after);
        const applied = applyPatch(before, patch);
        expect(applied.notes).toEqual(after.notes);
        expect(applied.tags).toEqual(after.tags);
        expect(applied.starred).toEqual(after.starred);
        expect({ ...applied.cardTags }).toEqual({ ...after.cardTags });
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips changes that share records, as snapshots do: replace, insert, delete, move, append', () => {
    const edit = fc.record({
      kind: fc.constantFrom('replace', 'insert', 'delete', 'move', 'append'),
      at: fc.nat(20),
      to: fc.nat(20),
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), fc.array(edit, { maxLength: 4 }), (size, edits) => {
        const base = Array.from({ length: size }, (_, index) => note(`note-${index}`));
        let notes = base.slice();
        let fresh = 100;
        for (const { kind, at, to } of edits) {
          const index = notes.length === 0 ? 0 : at % notes.length;
          if (kind === 'replace' && notes.length > 0) notes[index] = note(notes[index]!.id, `edited ${fresh++}`);
          else if (kind === 'insert') notes.splice(index, 0, note(`note-${fresh++}`));
          else if (kind === 'delete' && notes.length > 0) notes.splice(index, 1);
          else if (kind === 'move' && notes.length > 1) {
            const [moved] = notes.splice(index, 1);
            notes.splice(to % (notes.length + 1), 0, moved!);
          } else notes = [...notes, note(`note-${fresh++}`)];
        }
        const before: UserData = { ...emptyUserData, notes: base };
        const after: UserData = { ...emptyUserData, notes };
        const patch = diffUserData(before, after);
        expect(applyPatch(before, patch).notes).toEqual(after.notes);
        // A patch lists only what the edits touched.
        expect(patch.notes?.upserted.length ?? 0).toBeLessThanOrEqual(edits.length);
      }),
      { numRuns: 500 },
    );
  });
});
