import { z } from 'zod';
import { copyCardTags, sameIds, tagIdsOf } from './cardTags';
import { derivedPatch } from './derivedLists';
import type { UserData } from './database';
import { idSchema } from './fact';
import { recordKinds, recordSchemas, type RecordKind } from './recordKinds';
import { studyPreferencesSchema } from '../study/studyPreferences';

export { withAppended, withRemoved, withReplaced } from './derivedLists';

/** Whether undo and redo have anything to do; every change answers it so the menu stays right. */
export const historyStateSchema = z.object({ canUndo: z.boolean(), canRedo: z.boolean() }).strict();

function recordsPatchSchema<Record extends z.ZodType>(record: Record) {
  return z
    .object({
      /** The records now held for ids the change touched, in the order they now have. */
      upserted: z.array(record),
      /** Ids that are gone. */
      removed: z.array(idSchema),
      /** Every id of the kind, in order; only when the change moved records rather than adding at the end. */
      order: z.array(idSchema).optional(),
    })
    .strict();
}

/**
 * What one change did to the user's data, as the main process now holds it: per kind, the
 * records for the ids it touched and the ids now gone; the whole star list when it changed; the
 * card-tag entries it touched. `applyPatch` applies it; `diffUserData` makes it.
 */
export const userDataPatchSchema = z
  .object({
    ownFacts: recordsPatchSchema(recordSchemas.ownFacts).optional(),
    notes: recordsPatchSchema(recordSchemas.notes).optional(),
    highlights: recordsPatchSchema(recordSchemas.highlights).optional(),
    tags: recordsPatchSchema(recordSchemas.tags).optional(),
    starred: z.array(idSchema).optional(),
    cardTags: z
      .object({
        upserted: z.array(z.object({ factId: idSchema, tagIds: z.array(idSchema) }).strict()),
        removed: z.array(idSchema),
      })
      .strict()
      .optional(),
    briefs: recordsPatchSchema(recordSchemas.briefs).optional(),
    studyLog: recordsPatchSchema(recordSchemas.studyLog).optional(),
    ownStudyItems: recordsPatchSchema(recordSchemas.ownStudyItems).optional(),
    studyPreferences: studyPreferencesSchema.optional(),
    sources: recordsPatchSchema(recordSchemas.sources).optional(),
    collections: recordsPatchSchema(recordSchemas.collections).optional(),
  })
  .strict();

/**
 * The one answer of every change, undo and redo: what changed, whether there is more to undo or
 * redo, and the revision of the saved state it describes. The renderer applies answers in
 * revision order and drops any older than the last it applied.
 */
export const changeAnswerSchema = z
  .object({
    changed: userDataPatchSchema,
    history: historyStateSchema,
    revision: z.number().int().nonnegative(),
  })
  .strict();

export type UserDataPatch = z.infer<typeof userDataPatchSchema>;
export type ChangeAnswer = z.infer<typeof changeAnswerSchema>;
export type HistoryState = z.infer<typeof historyStateSchema>;

interface RecordsPatch<Item> {
  upserted: Item[];
  removed: string[];
  order?: string[];
}

/** Replaced records keep their place, new ones go at the end, removed ones leave; `order` then sorts. */
function applyRecords<Item extends { id: string }>(
  items: readonly Item[],
  patch: RecordsPatch<Item> | undefined,
): Item[] {
  if (!patch) return items as Item[];
  const removed = new Set(patch.removed);
  const upserts = new Map(patch.upserted.map((item) => [item.id, item]));
  const next: Item[] = [];
  for (const item of items) {
    if (removed.has(item.id)) continue;
    const replacement = upserts.get(item.id);
    next.push(replacement ?? item);
    upserts.delete(item.id);
  }
  next.push(...upserts.values());
  if (patch.order) {
    const position = new Map(patch.order.map((id, index) => [id, index]));
    next.sort((first, second) => (position.get(first.id) ?? next.length) - (position.get(second.id) ?? next.length));
  }
  return next;
}

/** The user's data with a patch applied; kinds the patch does not mention keep their arrays. */
export function applyPatch(user: UserData, patch: UserDataPatch): UserData {
  let cardTags = user.cardTags;
  if (patch.cardTags) {
    cardTags = copyCardTags(user.cardTags);
    for (const factId of patch.cardTags.removed) delete cardTags[factId];
    for (const { factId, tagIds } of patch.cardTags.upserted) cardTags[factId] = tagIds;
  }
  return {
    ownFacts: applyRecords(user.ownFacts, patch.ownFacts),
    notes: applyRecords(user.notes, patch.notes),
    highlights: applyRecords(user.highlights, patch.highlights),
    tags: applyRecords(user.tags, patch.tags),
    starred: patch.starred ?? user.starred,
    cardTags,
    // briefs (issue 15)
    briefs: applyRecords(user.briefs, patch.briefs),
    // study
    studyLog: applyRecords(user.studyLog, patch.studyLog),
    ownStudyItems: applyRecords(user.ownStudyItems, patch.ownStudyItems),
    studyPreferences: patch.studyPreferences ?? user.studyPreferences,
    // sources
    sources: applyRecords(user.sources, patch.sources),
    collections: applyRecords(user.collections, patch.collections),
  };
}

function diffRecords<Item extends { id: string }>(
  before: readonly Item[],
  after: readonly Item[],
): RecordsPatch<Item> | undefined {
  // Snapshots share what a change did not touch: the same array, or the same record, is unchanged.
  if (before === after) return undefined;
  const derived = derivedPatch(before, after);
  if (derived) return derived.upserted.length + derived.removed.length > 0 ? derived : undefined;
  // A change touches a few records in one place: skip the shared records at both ends, by
  // reference, and compare only the middle, so a save costs what the change costs.
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  const middleBefore = before.slice(start, endBefore);
  const middleAfter = after.slice(start, endAfter);
  if (middleBefore.length === 0 && middleAfter.length === 0) return undefined;
  const old = new Map(middleBefore.map((item) => [item.id, item]));
  const upserted = middleAfter.filter((item) => old.get(item.id) !== item);
  const kept = new Set(middleAfter.map((item) => item.id));
  const removed = middleBefore.filter((item) => !kept.has(item.id)).map((item) => item.id);
  const patch: RecordsPatch<Item> = { upserted, removed };
  // applyPatch keeps replaced records in place and puts new ones at the very end; say the order
  // only when that would not give the order the records now have.
  const appended = upserted.filter((item) => !old.has(item.id));
  const predicted = [
    ...applyRecords(middleBefore, { upserted: upserted.filter((item) => old.has(item.id)), removed }),
    ...(endAfter === after.length ? appended : []),
  ].map((item) => item.id);
  const inOrder =
    (appended.length === 0 || endAfter === after.length) &&
    sameIds(
      predicted,
      middleAfter.map((item) => item.id),
    );
  if (!inOrder) patch.order = after.map((item) => item.id);
  return patch;
}

/** What turns `before` into `after`: the patch a change, an undo or a redo answers. */
export function diffUserData(before: UserData, after: UserData): UserDataPatch {
  const patch: UserDataPatch = {};
  for (const kind of recordKinds) {
    const records = diffRecords<{ id: string }>(before[kind], after[kind]);
    if (records) (patch as Record<RecordKind, RecordsPatch<{ id: string }>>)[kind] = records;
  }
  if (before.starred !== after.starred && !sameIds(before.starred, after.starred)) patch.starred = after.starred;
  if (before.cardTags !== after.cardTags) {
    const upserted: Array<{ factId: string; tagIds: string[] }> = [];
    for (const [factId, tagIds] of Object.entries(after.cardTags)) {
      if (!sameIds(tagIdsOf(before.cardTags, factId), tagIds) || !Object.hasOwn(before.cardTags, factId)) {
        upserted.push({ factId, tagIds });
      }
    }
    const removed = Object.keys(before.cardTags).filter((factId) => !Object.hasOwn(after.cardTags, factId));
    if (upserted.length > 0 || removed.length > 0) patch.cardTags = { upserted, removed };
  }
  // study
  if (before.studyPreferences !== after.studyPreferences) patch.studyPreferences = after.studyPreferences;
  return patch;
}

export function isEmptyPatch(patch: UserDataPatch): boolean {
  return Object.keys(patch).length === 0;
}
