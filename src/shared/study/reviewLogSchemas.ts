import { z } from 'zod';
import { idSchema } from '../schema/fact';
import { studyItemIdSchema } from './studyItemSchemas';

const timestampSchema = z.iso.datetime({ offset: true });

export const ratings = ['again', 'hard', 'good', 'easy'] as const;
export const ratingSchema = z.enum(ratings);
export type StudyRating = z.infer<typeof ratingSchema>;

export const cardStates = ['new', 'learning', 'review', 'relearning'] as const;
export const cardStateSchema = z.enum(cardStates);
export type CardState = z.infer<typeof cardStateSchema>;

/**
 * ts-fsrs's `Card`, field for field, with dates as ISO strings so it survives JSON exactly: what the scheduler
 * said about an item after a rating. Bounds are ts-fsrs's own (stability within [0.001, 36500], difficulty within
 * [1, 10]) with room, so a hand-edited or hostile backup cannot smuggle in values the scheduler never makes.
 */
export const cardSnapshotSchema = z
  .object({
    due: timestampSchema,
    stability: z.number().finite().min(0).max(100_000),
    difficulty: z.number().finite().min(0).max(10),
    elapsedDays: z.number().int().min(0).max(1_000_000),
    scheduledDays: z.number().int().min(0).max(100_000),
    learningSteps: z.number().int().min(0).max(100),
    reps: z.number().int().min(0).max(10_000_000),
    lapses: z.number().int().min(0).max(10_000_000),
    state: cardStateSchema,
    lastReview: timestampSchema.optional(),
  })
  .strict();
export type CardSnapshot = z.infer<typeof cardSnapshotSchema>;

/**
 * One answer. The log is append-only: nothing in it is ever changed or removed, and the current state of every
 * item is a fold over it (foldStudyLog.ts). `after` records what ts-fsrs computed, so the fold need not run the
 * scheduler again for 100,000 reviews; `previousReviewId` says which state it was computed from, and the fold
 * recomputes whenever that is not the state it reached itself (a merged log from another computer, an undo).
 */
export const ratingEntrySchema = z
  .object({
    type: z.literal('rating'),
    id: idSchema,
    itemId: studyItemIdSchema,
    rating: ratingSchema,
    reviewedAt: timestampSchema,
    /** The rating this one was applied on top of, for the same item; null for an item's first rating. */
    previousReviewId: idSchema.nullable(),
    /** How long the user took to answer, when the screen measured it. */
    durationMs: z
      .number()
      .int()
      .min(0)
      .max(24 * 60 * 60 * 1000)
      .optional(),
    after: cardSnapshotSchema,
  })
  .strict();

/** Takes back one rating: the fold skips it, so the item's state is exactly what it was before. */
export const undoEntrySchema = z
  .object({ type: z.literal('undo'), id: idSchema, undoes: idSchema, at: timestampSchema })
  .strict();

/** The user suspends an item (it leaves every session) or brings it back. Leeches are suspended by the fold. */
export const suspensionEntrySchema = z
  .object({
    type: z.enum(['suspend', 'unsuspend']),
    id: idSchema,
    itemId: studyItemIdSchema,
    at: timestampSchema,
  })
  .strict();

export const studyLogEntrySchema = z.discriminatedUnion('type', [
  ratingEntrySchema,
  undoEntrySchema,
  suspensionEntrySchema,
]);

export const studyLogSchema = z.array(studyLogEntrySchema).superRefine((entries, context) => {
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const earlier = seen.get(entry.id);
    if (earlier !== undefined) {
      context.addIssue({
        code: 'custom',
        path: [index, 'id'],
        message: `entry id "${entry.id}" is used twice (entries ${earlier} and ${index})`,
      });
    }
    seen.set(entry.id, index);
  });
});

export type RatingEntry = z.infer<typeof ratingEntrySchema>;
export type UndoEntry = z.infer<typeof undoEntrySchema>;
export type SuspensionEntry = z.infer<typeof suspensionEntrySchema>;
export type StudyLogEntry = z.infer<typeof studyLogEntrySchema>;

/** When an entry happened: the order the fold applies entries in (ties broken by id). */
export function entryTime(entry: StudyLogEntry): string {
  return entry.type === 'rating' ? entry.reviewedAt : entry.at;
}
