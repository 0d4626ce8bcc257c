import { randomUUID } from 'node:crypto';
import { BriefingError } from '../../../shared/errors';
import type { UserData } from '../../../shared/schema/database';
import type { TextRange } from '../../../shared/annotation/textSelectors';
import { editOwnStudyItem, studyItemFromHighlight, studyItemFromNote } from '../../../shared/study/ownItems';
import { readyByTarget } from '../../../shared/study/readyBy';
import type { RatingEntry, StudyLogEntry, StudyRating } from '../../../shared/study/reviewLogSchemas';
import { rateItem, suspensionEntry, undoLastRating } from '../../../shared/study/studyActions';
import { studySettingsSchema, type StudySettings } from '../../../shared/study/studySettings';
import type { OwnStudyItem } from '../../../shared/study/ownItemSchemas';
import { canonicalJson } from '../../../shared/study/mergeStudyLogs';
import { describeIssues } from '../../../shared/errors';
import { withAppended } from '../../../shared/schema/userDataPatch';
import type { Operation } from '../factStore';
import type { StudyMemory } from './studyMemory';

/**
 * Study mode's changes as store operations: each appends to the log (or changes the user's own items or
 * preferences) on the saved state it is given, and refuses with a message that ends with what did not change.
 */

function refuse(message: string, code: 'invalid-request' | 'not-found' = 'invalid-request'): never {
  throw new BriefingError({ code, message });
}

// withAppended copies the log in one go and lets the store's diff skip the 100,000 entries it kept.
const appended = (user: UserData, entry: StudyLogEntry): UserData => ({
  ...user,
  studyLog: withAppended(user.studyLog, [entry]),
});

function requireItem(memory: StudyMemory, user: UserData, itemId: string, what: string) {
  const item = memory.item(user, itemId);
  if (!item) refuse(`There is no study item "${itemId}", so ${what}; nothing was changed.`, 'not-found');
  return item;
}

export interface RateRequest {
  id: string;
  itemId: string;
  rating: StudyRating;
  /** The item's last rating when it was shown (null: new); the answer is refused if another came since. */
  shownAfter: string | null;
  durationMs?: number;
}

export function rateOperation(memory: StudyMemory, request: RateRequest): Operation<RatingEntry> {
  return (user, context) => {
    const earlier = memory.entry(user, request.id);
    if (earlier) {
      // The same answer sent twice is recorded once.
      if (earlier.type === 'rating' && earlier.itemId === request.itemId && earlier.rating === request.rating) {
        return { user, result: earlier };
      }
      refuse(`The id "${request.id}" is already used by another entry of the study log; nothing was changed.`);
    }
    requireItem(memory, user, request.itemId, 'the answer was not recorded');
    const state = memory.foldOf(user).states.get(request.itemId);
    if (state?.suspended) {
      refuse('That item is suspended; bring it back before answering it. The answer was not recorded.');
    }
    if ((state?.lastReviewId ?? null) !== request.shownAfter) {
      refuse('That item was answered again since it was shown, so this answer was not recorded; nothing was changed.');
    }
    const { entry } = rateItem(
      {
        id: request.id,
        itemId: request.itemId,
        rating: request.rating,
        at: context.now(),
        ...(request.durationMs !== undefined ? { durationMs: request.durationMs } : {}),
      },
      state,
      user.studyPreferences.settings,
    );
    return { user: appended(user, entry), result: entry };
  };
}

/** Takes back the last answer that stands, the one the screen showed as `reviewId`. */
export function undoRatingOperation(memory: StudyMemory, reviewId: string): Operation<string> {
  return (user, context) => {
    const entry = undoLastRating(memory.foldOf(user), {
      id: `undo-${randomUUID()}`,
      at: context.now(),
      reviewId,
    });
    return { user: appended(user, entry), result: entry.undoes };
  };
}

export function suspendOperation(memory: StudyMemory, itemId: string, suspended: boolean): Operation<boolean> {
  return (user, context) => {
    requireItem(memory, user, itemId, suspended ? 'it was not suspended' : 'it was not brought back');
    const now = memory.foldOf(user).states.get(itemId)?.suspended ?? null;
    if ((now !== null) === suspended) return { user, result: suspended };
    const entry = suspensionEntry(suspended ? 'suspend' : 'unsuspend', {
      id: `${suspended ? 'suspend' : 'unsuspend'}-${randomUUID()}`,
      itemId,
      at: context.now(),
    });
    return { user: appended(user, entry), result: suspended };
  };
}

export interface PreferencesRequest {
  settings?: Partial<StudySettings>;
  /** A date and time to be ready by; null clears it. */
  readyBy?: string | null;
}

export function preferencesOperation(request: PreferencesRequest): Operation<UserData['studyPreferences']> {
  return (user, context) => {
    const current = user.studyPreferences;
    const parsed = studySettingsSchema.safeParse({ ...current.settings, ...request.settings });
    if (!parsed.success) {
      throw new BriefingError({
        code: 'invalid-request',
        message: `Those study settings cannot be used (${describeIssues(parsed.error)[0] ?? 'they are not valid'}); nothing was changed.`,
        details: describeIssues(parsed.error),
      });
    }
    let readyBy = current.readyBy;
    if (request.readyBy === null) readyBy = undefined;
    else if (request.readyBy !== undefined) {
      try {
        readyBy = readyByTarget(request.readyBy, Date.parse(context.now())).toISOString();
      } catch (error) {
        const reason = error instanceof BriefingError ? error.message : String(error);
        refuse(`${reason} Nothing was changed.`);
      }
    }
    const settings = canonicalJson(parsed.data) === canonicalJson(current.settings) ? current.settings : parsed.data;
    if (settings === current.settings && readyBy === current.readyBy) return { user, result: current };
    const preferences = { settings, ...(readyBy !== undefined ? { readyBy } : {}) };
    return { user: { ...user, studyPreferences: preferences }, result: preferences };
  };
}

export type StudyThisSource = { highlightId: string } | { noteId: string; selection?: TextRange };

export function createOwnItemOperation(id: string, from: StudyThisSource): Operation<OwnStudyItem> {
  return (user, context) => {
    const existing = user.ownStudyItems.find((item) => item.id === id);
    if (existing) return { user, result: existing };
    const now = context.now();
    const annotationId = 'highlightId' in from ? from.highlightId : from.noteId;
    let item: OwnStudyItem;
    if ('highlightId' in from) {
      const highlight = user.highlights.find((candidate) => candidate.id === from.highlightId);
      if (!highlight) refuse(`There is no highlight "${from.highlightId}"; nothing was changed.`, 'not-found');
      const card = context.fact(highlight.factId);
      if (!card)
        refuse(`The highlight's card "${highlight.factId}" is no longer here; nothing was changed.`, 'not-found');
      item = studyItemFromHighlight({ card, highlight, id, now });
    } else {
      const note = user.notes.find((candidate) => candidate.id === from.noteId);
      if (!note) refuse(`There is no note "${from.noteId}"; nothing was changed.`, 'not-found');
      const card = context.fact(note.factId);
      if (!card) refuse(`The note's card "${note.factId}" is no longer here; nothing was changed.`, 'not-found');
      item = studyItemFromNote({ card, note, id, now, ...(from.selection ? { selection: from.selection } : {}) });
    }
    const twin = user.ownStudyItems.find(
      (other) => other.annotationId === annotationId && other.answer === item.answer,
    );
    if (twin) refuse(`That is already a study item (“${twin.answer.slice(0, 60)}”); nothing was changed.`);
    return { user: { ...user, ownStudyItems: [...user.ownStudyItems, item] }, result: item };
  };
}

function requireOwn(user: UserData, itemId: string, what: string): OwnStudyItem {
  const item = user.ownStudyItems.find((candidate) => candidate.id === itemId);
  if (!item)
    refuse(`There is no study item of yours with the id "${itemId}", so ${what}; nothing was changed.`, 'not-found');
  return item;
}

export function editOwnItemOperation(itemId: string, edit: unknown): Operation<OwnStudyItem> {
  return (user, context) => {
    const item = requireOwn(user, itemId, 'it was not edited');
    const next = editOwnStudyItem(item, edit, context.now());
    return {
      user: { ...user, ownStudyItems: user.ownStudyItems.map((other) => (other.id === itemId ? next : other)) },
      result: next,
    };
  };
}

/** Deletes one of the user's items; its answers stay in the log, so undo brings it back with its history. */
export function deleteOwnItemOperation(itemId: string): Operation<string> {
  return (user) => {
    requireOwn(user, itemId, 'it was not deleted');
    return {
      user: { ...user, ownStudyItems: user.ownStudyItems.filter((other) => other.id !== itemId) },
      result: itemId,
    };
  };
}
