import { z } from 'zod';
import { defaultStudySettings, studySettingsSchema } from './studySettings';

/**
 * What the user chose for study mode, kept as user data so backups carry it: the scheduler's settings and the
 * "ready by" date (an exam, the meeting), absent when none is set.
 */
export const studyPreferencesSchema = z
  .object({
    settings: studySettingsSchema.default(defaultStudySettings),
    readyBy: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();

export type StudyPreferences = z.infer<typeof studyPreferencesSchema>;

export const defaultStudyPreferences: StudyPreferences = { settings: defaultStudySettings };
