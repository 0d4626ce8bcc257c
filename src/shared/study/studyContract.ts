import { z } from 'zod';
import { idSchema } from '../schema/fact';
import { changeAnswerSchema } from '../schema/userDataPatch';
import { ownStudyItemSchema, ownItemEditSchema } from './ownItemSchemas';
import { ratingSchema } from './reviewLogSchemas';
import { newStudyIdSchema } from './studyIds';
import { studyItemIdSchema } from './studyItemSchemas';
import { studySettingsSchema } from './studySettings';
import { quizResultViewSchema, quizViewSchema, studySessionSchema, studyStatisticsViewSchema } from './studyViews';

/**
 * Study mode's channels (issue 16), spread into the contract. Changes answer a change answer, so the window
 * applies them in revision order like every other, plus what the study screen shows next. The time of every
 * answer is the main process's clock: the window never dates an entry of the log.
 */

const empty = z.object({}).strict();
const withSession = changeAnswerSchema.extend({ session: studySessionSchema }).strict();
const rangeSchema = z
  .object({ start: z.number().int().min(0).max(100_000), end: z.number().int().min(0).max(100_000) })
  .strict()
  .refine((range) => range.end > range.start, 'a selection ends after it starts');

export const studyContract = {
  getStudySession: { request: empty, response: studySessionSchema },
  getStudyStatistics: { request: empty, response: studyStatisticsViewSchema },
  startQuiz: {
    request: z
      .object({
        count: z.number().int().min(1).max(50),
        secondsPerQuestion: z.number().int().min(5).max(120).optional(),
      })
      .strict(),
    response: quizViewSchema,
  },
  finishQuiz: {
    request: z
      .object({
        quizId: z.string().min(1).max(100),
        answers: z
          .array(
            z
              .object({
                questionIndex: z.number().int().min(0).max(199),
                optionIndex: z.number().int().min(0).max(5),
                answeredAt: z.iso.datetime({ offset: true }),
              })
              .strict(),
          )
          .max(200),
      })
      .strict(),
    response: quizResultViewSchema,
  },
  rateStudyItem: {
    request: z
      .object({
        id: newStudyIdSchema('review'),
        itemId: studyItemIdSchema,
        rating: ratingSchema,
        shownAfter: idSchema.nullable(),
        durationMs: z
          .number()
          .int()
          .min(0)
          .max(24 * 60 * 60 * 1000)
          .optional(),
      })
      .strict(),
    response: withSession,
  },
  undoStudyRating: {
    request: z.object({ reviewId: idSchema }).strict(),
    response: withSession,
  },
  setStudyItemSuspended: {
    request: z.object({ itemId: studyItemIdSchema, suspended: z.boolean() }).strict(),
    response: withSession,
  },
  updateStudyPreferences: {
    request: z
      .object({
        settings: studySettingsSchema
          .pick({ desiredRetention: true, newItemsPerDay: true })
          .partial()
          .strict()
          .optional(),
        readyBy: z.iso.datetime({ offset: true }).nullable().optional(),
      })
      .strict(),
    response: withSession,
  },
  createStudyItem: {
    request: z
      .object({
        id: newStudyIdSchema('studyItem'),
        from: z.union([
          z.object({ highlightId: idSchema }).strict(),
          z.object({ noteId: idSchema, selection: rangeSchema.optional() }).strict(),
        ]),
      })
      .strict(),
    response: changeAnswerSchema.extend({ item: ownStudyItemSchema }).strict(),
  },
  updateStudyItem: {
    request: z.object({ itemId: idSchema, edit: ownItemEditSchema }).strict(),
    response: changeAnswerSchema,
  },
  deleteStudyItem: {
    request: z.object({ itemId: idSchema }).strict(),
    response: changeAnswerSchema,
  },
} as const;
