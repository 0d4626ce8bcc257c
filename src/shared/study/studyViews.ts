import { z } from 'zod';
import { idSchema } from '../schema/fact';
import { cardStateSchema, ratingSchema } from './reviewLogSchemas';
import { studyItemIdSchema, studyItemSchema } from './studyItemSchemas';
import { studyPreferencesSchema } from './studyPreferences';

/**
 * What the window is told about study mode. The log itself stays in the main process (100,000 reviews are tens
 * of megabytes); the window gets the session, the statistics and the quiz worked out from it.
 */

const timestampSchema = z.iso.datetime({ offset: true });
const count = z.number().int().nonnegative();
const share = z.number().min(0).max(1);

export const queueReasonSchema = z.enum(['learning', 'review', 'ready-by', 'new', 'learning-ahead']);

/** The item to answer now, with what each rating would do: the buttons show the intervals. */
export const reviewCardSchema = z
  .object({
    item: studyItemSchema,
    reason: queueReasonSchema,
    /** The item's last standing rating, or null for a new item: a rating is refused if it is no longer so. */
    shownAfter: idSchema.nullable(),
    state: cardStateSchema,
    reviews: count,
    lapses: count,
    /** When the item falls due again after each rating. */
    nextDue: z.object({ again: timestampSchema, hard: timestampSchema, good: timestampSchema, easy: timestampSchema }),
  })
  .strict();

export const suspendedItemSchema = z
  .object({
    item: studyItemSchema,
    reason: z.enum(['leech', 'user']),
    since: timestampSchema,
    lapses: count,
  })
  .strict();

export const readinessSchema = z
  .object({
    target: timestampSchema,
    items: count,
    studied: count,
    notStudied: count,
    suspended: count,
    expectedRecalled: z.number().nonnegative(),
    share,
    shareOfStudied: share.nullable(),
    daysLeft: count,
    newPerDayToSeeAll: count,
  })
  .strict();

export const studySessionSchema = z
  .object({
    now: timestampSchema,
    counts: z.object({ learning: count, review: count, new: count }).strict(),
    newStudiedToday: count,
    newLeftToday: count,
    /** Nothing to answer now, but a learning step falls due later: when to come back. */
    nextLearningDueAt: timestampSchema.nullable(),
    current: reviewCardSchema.nullable(),
    /** The answer Undo takes back, if any still stands. */
    lastAnswer: z
      .object({ reviewId: idSchema, itemId: studyItemIdSchema, rating: ratingSchema, item: studyItemSchema.optional() })
      .strict()
      .nullable(),
    suspended: z.array(suspendedItemSchema),
    preferences: studyPreferencesSchema,
    /** The predicted share recalled on the ready-by date, when one is set and still ahead. */
    readiness: readinessSchema.nullable(),
    totalItems: count,
    reviewsTotal: count,
  })
  .strict();

const retentionSchema = z.object({ reviewed: count, recalled: count, share: share.nullable() }).strict();

export const hardItemViewSchema = z
  .object({
    item: studyItemSchema,
    lapses: count,
    difficulty: z.number().min(0).max(10),
    reviews: count,
    suspended: z.enum(['leech', 'user']).nullable(),
  })
  .strict();

export const studyStatisticsViewSchema = z
  .object({
    dueToday: z.object({ learning: count, review: count, new: count, total: count }).strict(),
    reviewedToday: count,
    reviewsTotal: count,
    itemsStudied: count,
    totalItems: count,
    retention: z.object({ allTime: retentionSchema, last30Days: retentionSchema }).strict(),
    heatmap: z.array(z.object({ day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), reviews: count }).strict()).max(400),
    hardest: z.array(hardItemViewSchema).max(50),
    leeches: z.array(hardItemViewSchema).max(500),
  })
  .strict();

export const quizQuestionViewSchema = z
  .object({
    itemId: studyItemIdSchema,
    cardId: idSchema,
    kind: studyItemSchema.shape.kind,
    prompt: studyItemSchema.shape.prompt,
    options: z.array(z.string().min(1).max(2000)).min(2).max(6),
    correctIndex: z.number().int().min(0).max(5),
    paragraphs: z.array(z.number().int().positive()).max(40),
  })
  .strict();

export const quizViewSchema = z
  .object({
    quizId: z.string().min(1).max(100),
    startedAt: timestampSchema,
    deadline: timestampSchema,
    secondsPerQuestion: z.number().int().min(5).max(600),
    questions: z.array(quizQuestionViewSchema).max(200),
    skipped: count,
  })
  .strict();

export const quizResultViewSchema = z
  .object({
    total: count,
    correct: count,
    wrong: count,
    unanswered: count,
    score: share,
    toReview: z
      .array(
        z
          .object({
            itemId: studyItemIdSchema,
            cardId: idSchema,
            paragraphs: z.array(z.number().int().positive()).max(40),
            citation: z.string().max(200),
            answer: z.string().max(2000),
            chosen: z.string().max(2000).nullable(),
          })
          .strict(),
      )
      .max(200),
  })
  .strict();

export type ReviewCard = z.infer<typeof reviewCardSchema>;
export type StudySession = z.infer<typeof studySessionSchema>;
export type SuspendedItem = z.infer<typeof suspendedItemSchema>;
export type StudyStatisticsView = z.infer<typeof studyStatisticsViewSchema>;
export type QuizView = z.infer<typeof quizViewSchema>;
export type QuizQuestionView = z.infer<typeof quizQuestionViewSchema>;
export type QuizResultView = z.infer<typeof quizResultViewSchema>;
export type HardItemView = z.infer<typeof hardItemViewSchema>;
