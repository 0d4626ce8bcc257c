import { z } from 'zod';

/**
 * A same-day step: minutes or hours, under a day ("1m", "10m", "1h"). Steps of a day or more belong to FSRS's
 * own long-term scheduling, not to the app's learning steps.
 */
export const learningStepSchema = z
  .string()
  .regex(/^[1-9]\d{0,3}[mh]$/, 'a learning step is a number of minutes or hours, such as "1m", "10m" or "1h"')
  .refine((step) => stepMinutes(step) < 24 * 60, 'a learning step is shorter than a day');

export type LearningStep = `${number}m` | `${number}h`;

export function stepMinutes(step: string): number {
  const amount = Number.parseInt(step, 10);
  return step.endsWith('h') ? amount * 60 : amount;
}

export const studySettingsSchema = z
  .object({
    /** The share of items the scheduler aims for the user to recall when they come due (FSRS's request_retention). */
    desiredRetention: z
      .number()
      .min(0.7, 'desired retention is at least 70%')
      .max(0.99, 'desired retention is at most 99%')
      .default(0.9),
    /** New items a day, counted from the start of the study day. */
    newItemsPerDay: z
      .number()
      .int('a daily limit is a whole number')
      .min(0, 'a daily limit cannot be negative')
      .max(1000, 'at most 1,000 new items a day')
      .default(20),
    learningSteps: z.array(learningStepSchema).max(10, 'at most 10 learning steps').default(['1m', '10m']),
    relearningSteps: z.array(learningStepSchema).max(10, 'at most 10 relearning steps').default(['10m']),
    maximumIntervalDays: z
      .number()
      .int()
      .min(1, 'the longest interval is at least a day')
      .max(36_500, 'the longest interval is at most 100 years')
      .default(36_500),
    /** Lapses (Again on an item in review) after which an item is a leech: suspended and listed. */
    leechThreshold: z
      .number()
      .int()
      .min(2, 'an item is a leech after at least 2 lapses')
      .max(100, 'an item is a leech after at most 100 lapses')
      .default(8),
    /** The hour the study day starts, in the user's time zone: reviews at 1 a.m. still count for the evening before. */
    dayStartsAtHour: z.number().int().min(0).max(23).default(4),
    /** Spread reviews over neighbouring days with ts-fsrs's fuzz, so a batch learnt together does not fall due together. */
    spreadReviews: z.boolean().default(true),
    /** When nothing else is left, items still in learning that fall due within this many minutes are shown early. */
    learnAheadMinutes: z.number().int().min(0).max(120).default(20),
  })
  .strict();

export type StudySettings = z.infer<typeof studySettingsSchema>;

export const defaultStudySettings: StudySettings = studySettingsSchema.parse({});
