import { z } from 'zod';
import { highlightSchema, noteSchema, tagSchema } from './annotations';
import { cardTagsSchema } from './cardTags';
import { factSchema, idSchema, topicIdSchema } from './fact';
import { languages } from '../i18n/languages';
import { briefsSchema } from '../briefs/briefSchema';
import { studyLogEntrySchema } from '../study/reviewLogSchemas';
import { ownStudyItemSchema } from '../study/ownItemSchemas';
import { defaultStudyPreferences, studyPreferencesSchema } from '../study/studyPreferences';
import { collectionSchema } from '../sources/collections';
import { sourceRecordSchema } from '../sources/sourceRecord';

/**
 * 4: the file holds only what the user made, their settings and its bookkeeping; the shipped cards
 * and sources are read from the app's seed, and the changes since the file was written are in the
 * journal beside it.
 */
export const currentSchemaVersion = 4;

export const settingsSchema = z
  .object({
    /** The library view shown last, so the app reopens where the user left it. */
    lastTopic: z.union([topicIdSchema, z.literal('all'), z.literal('starred'), z.literal('annotated')]),
    /** The theme the user chose over the system's; absent (older files too) means "follow the system". */
    theme: z.enum(['system', 'light', 'dark']).optional(),
    /** The language the user chose for the window; absent (older files too) means "follow the system". */
    language: z.enum(languages).optional(),
    /**
     * sources (issue 17): the collection the library, search, export, briefs and study are limited to; absent
     * (older files too) means every collection. A scope naming a collection that was removed reads as all.
     */
    collectionScope: idSchema.optional(),
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
    // briefs (issue 15)
    /** The user's meeting briefs; a schema-4 file from before them opens with none. */
    briefs: briefsSchema.default([]),
    // study
    /** Every answer, undo and suspension, append-only: item states are folded from it (src/shared/study). */
    studyLog: z.array(studyLogEntrySchema).default([]),
    /** Items the user made with "Study this" from a highlight or a note. */
    ownStudyItems: z.array(ownStudyItemSchema).default([]),
    /** Desired retention, daily new limit, learning steps and the ready-by date. */
    studyPreferences: studyPreferencesSchema.default(defaultStudyPreferences),
    // sources (issue 17): imported articles and the collections that group cards and sources. Absent in a
    // schema-4 file from before them, so they default to empty; the shipped article and summit come from the seed.
    sources: z.array(sourceRecordSchema).default([]),
    collections: z.array(collectionSchema).default([]),
  })
  .strict();

/**
 * The database file (the snapshot): the user's data and settings, the seed revision they were
 * merged with, and which changes of the journal it already holds. Its shape only: the invariants
 * (ids unique across kinds, references) are checked against the shipped cards too, by
 * `databaseInvariantIssues`, wherever a database is read or written.
 */
export const databaseSchema = z
  .object({
    schemaVersion: z.literal(currentSchemaVersion),
    /**
     * Made once, when the file is created: the journal names it, so a journal is only ever
     * replayed onto the database it was written for (not onto a copy from elsewhere put in its place).
     */
    lineage: z.string().min(8).max(100),
    /** The number of the last journal change this file holds; the journal's later lines are replayed on it. */
    sequence: z.number().int().nonnegative(),
    seedRevision: z.number().int().nonnegative(),
    user: userDataSchema,
    settings: settingsSchema,
  })
  .strict();

export const emptyUserData: UserData = {
  ownFacts: [],
  starred: [],
  notes: [],
  highlights: [],
  tags: [],
  cardTags: {},
  briefs: [],
  // study
  studyLog: [],
  ownStudyItems: [],
  studyPreferences: defaultStudyPreferences,
  sources: [],
  collections: [],
};

export type Settings = z.infer<typeof settingsSchema>;
export type ThemeChoice = NonNullable<Settings['theme']>;
export type UserData = z.infer<typeof userDataSchema>;
export type Database = z.infer<typeof databaseSchema>;
