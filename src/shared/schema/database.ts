import { z } from 'zod';
import { highlightSchema, noteSchema, tagSchema } from './annotations';
import { cardTagsSchema } from './cardTags';
import { databaseInvariantIssues } from './databaseInvariants';
import { factSchema, idSchema, topicIdSchema } from './fact';
import { sourceSchema } from './source';

export const currentSchemaVersion = 3;

export const settingsSchema = z
  .object({
    /** The library view shown last, so the app reopens where the user left it. */
    lastTopic: z.union([topicIdSchema, z.literal('all'), z.literal('starred'), z.literal('annotated')]),
    /** The theme the user chose over the system's; absent (older files too) means "follow the system". */
    theme: z.enum(['system', 'light', 'dark']).optional(),
  })
  .strict();

export const defaultSettings: Settings = { lastTopic: 'all' };

/**
 * Everything the user made, as opposed to the shipped facts. Undo and redo swap whole
 * snapshots of this, and a seed merge never touches it.
 */
export const userDataSchema = z
  .object({
    /** The user's own cards (origin "user"). */
    ownFacts: z.array(factSchema),
    /** Ids of starred cards, in the order they were starred. */
    starred: z.array(idSchema),
    notes: z.array(noteSchema),
    highlights: z.array(highlightSchema),
    tags: z.array(tagSchema),
    /** Card id → ids of the tags on it. */
    cardTags: cardTagsSchema,
  })
  .strict();

export const databaseSchema = z
  .object({
    schemaVersion: z.literal(currentSchemaVersion),
    seedRevision: z.number().int().nonnegative(),
    sources: z.array(sourceSchema),
    /** The shipped cards, read-only content replaced by a seed merge. */
    facts: z.array(factSchema),
    user: userDataSchema,
    settings: settingsSchema,
  })
  .strict()
  .superRefine((database, context) => {
    for (const issue of databaseInvariantIssues(database)) context.addIssue({ code: 'custom', ...issue });
  });

export const emptyUserData: UserData = { ownFacts: [], starred: [], notes: [], highlights: [], tags: [], cardTags: {} };

export type Settings = z.infer<typeof settingsSchema>;
export type ThemeChoice = NonNullable<Settings['theme']>;
export type UserData = z.infer<typeof userDataSchema>;
export type Database = z.infer<typeof databaseSchema>;
