import { z } from 'zod';
import { BriefingError, describeIssues } from '../errors';
import { idSchema } from '../schema/fact';
import { applyRating, emptyItemState, type ItemStudyState, type StudyFold } from './foldStudyLog';
import {
  ratingEntrySchema,
  ratingSchema,
  type RatingEntry,
  type StudyRating,
  type SuspensionEntry,
  type UndoEntry,
} from './reviewLogSchemas';
import { nextSnapshot, schedulerFor } from './scheduler';
import type { StudySettings } from './studySettings';
import { studyItemIdSchema } from './studyItemSchemas';

/**
 * What a user does in a session, as new log entries: rate, undo the last rating, suspend, bring back. Each
 * returns the entry to append (the store appends it to the journal) and, for a rating, the item's new state, made
 * by the same step the fold uses, so the screen and a fresh start agree.
 */

const timestampSchema = z.iso.datetime({ offset: true });

const rateInputSchema = z
  .object({
    id: idSchema,
    itemId: studyItemIdSchema,
    rating: ratingSchema,
    at: timestampSchema,
    durationMs: z.number().int().min(0).optional(),
  })
  .strict();

function parsed<T>(schema: z.ZodType<T>, input: unknown, message: string): T {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new BriefingError({ code: 'invalid-request', message, details: describeIssues(result.error) });
  }
  return result.data;
}

export interface RateInput {
  /** The new entry's id, from the store's id source. */
  id: string;
  itemId: string;
  rating: StudyRating;
  at: string;
  durationMs?: number;
}

export interface Rated {
  entry: RatingEntry;
  state: ItemStudyState;
}

/** The user answered `rating` on an item in the state `current` (undefined: never studied). */
export function rateItem(input: RateInput, current: ItemStudyState | undefined, settings: StudySettings): Rated {
  const { id, itemId, rating, at, durationMs } = parsed(rateInputSchema, input, 'That answer could not be recorded.');
  if (current && current.itemId !== itemId) {
    throw new BriefingError({
      code: 'invalid-request',
      message: `The answer is for item "${itemId}" but the state given is item "${current.itemId}"'s.`,
    });
  }
  const state = current ?? emptyItemState(itemId);
  // Capping to the millisecond keeps the stored snapshot equal to what the fold recomputes from the ISO string.
  const reviewedAt = new Date(Date.parse(at));
  const entry = ratingEntrySchema.parse({
    type: 'rating',
    id,
    itemId,
    rating,
    reviewedAt: reviewedAt.toISOString(),
    previousReviewId: state.lastReviewId,
    ...(durationMs !== undefined ? { durationMs: Math.min(durationMs, 24 * 60 * 60 * 1000) } : {}),
    after: nextSnapshot(schedulerFor(settings), state.card, rating, reviewedAt),
  });
  return { entry, state: applyRating(state, entry, settings).state };
}

/** The most recent rating that still stands, the one "Undo" takes back; undefined when there is none. */
export function lastStandingReview(fold: StudyFold): StudyFold['reviews'][number] | undefined {
  return fold.reviews.at(-1);
}

/**
 * Takes back the most recent rating. The fold then skips it, so the item's state is exactly what it was before
 * the answer: its due date, stability, difficulty, steps, lapses and suspension (a leech suspension that answer
 * caused is lifted with it).
 */
export function undoLastRating(fold: StudyFold, input: { id: string; at: string; reviewId?: string }): UndoEntry {
  const { id, at, reviewId } = parsed(
    z.object({ id: idSchema, at: timestampSchema, reviewId: idSchema.optional() }).strict(),
    input,
    'That undo could not be recorded.',
  );
  const last = lastStandingReview(fold);
  if (!last) throw new BriefingError({ code: 'not-found', message: 'There is no answer to take back.' });
  // A session names the answer it showed; an import since then may have brought a later one from elsewhere.
  if (reviewId !== undefined && reviewId !== last.id) {
    throw new BriefingError({
      code: 'not-found',
      message: 'That answer is no longer the last one, so it cannot be taken back; nothing was changed.',
    });
  }
  return { type: 'undo', id, undoes: last.id, at };
}

/** The user suspends an item (or brings it back): it leaves, or rejoins, every session. */
export function suspensionEntry(
  type: SuspensionEntry['type'],
  input: { id: string; itemId: string; at: string },
): SuspensionEntry {
  const { id, itemId, at } = parsed(
    z.object({ id: idSchema, itemId: studyItemIdSchema, at: timestampSchema }).strict(),
    input,
    type === 'suspend' ? 'That item could not be suspended.' : 'That item could not be brought back.',
  );
  return { type, id, itemId, at };
}
