import { z } from 'zod';
import { idSchema } from '../schema/fact';

/** The first line of defence against a foreign file: a backup says what it is. */
export const backupFormat = 'summit-briefing-backup';
/** The backup envelope's own version; the database inside carries its schema version. */
export const backupVersion = 1;

const countsSchema = z
  .object({ added: z.number().int().nonnegative(), changed: z.number().int().nonnegative() })
  .strict();

/** What an import would add and change, per kind of user data, before anything is changed. */
export const importSummarySchema = z
  .object({
    ownCards: countsSchema,
    notes: countsSchema,
    highlights: countsSchema,
    tags: countsSchema,
    cardTags: countsSchema,
    // briefs (issue 15); absent in a summary from before them
    briefs: countsSchema.optional(),
    stars: countsSchema,
    // study and sources; absent in a summary from before them. The log only ever gains entries.
    studyLog: countsSchema.optional(),
    ownStudyItems: countsSchema.optional(),
    sources: countsSchema.optional(),
    collections: countsSchema.optional(),
  })
  .strict();

export type ImportSummary = z.infer<typeof importSummarySchema>;
/** The kinds the import dialog has said since before briefs; a feature's own kind says itself in its catalogue. */
export type ImportKind = Exclude<
  keyof ImportSummary,
  'briefs' | 'studyLog' | 'ownStudyItems' | 'sources' | 'collections'
>;

export const importKindLabels: Record<ImportKind, [singular: string, plural: string]> = {
  ownCards: ['card of your own', 'cards of your own'],
  notes: ['note', 'notes'],
  highlights: ['highlight', 'highlights'],
  tags: ['tag', 'tags'],
  cardTags: ['card’s tags', 'cards’ tags'],
  stars: ['star', 'stars'],
};

/**
 * Set on a collection file: a backup holding one collection (its record, sources, the user's cards in it and what
 * they wrote on its cards) and nothing else. Optional, so a backup of the whole library is as it always was and
 * version 1 reads both. The shipped summit's collection is not stored as user data, so its id and name say which it is.
 */
export const collectionScopeSchema = z
  .object({ kind: z.literal('collection'), collectionId: idSchema, name: z.string().min(1).max(120) })
  .strict();
export type CollectionScope = z.infer<typeof collectionScopeSchema>;

const countSchema = z.number().int().nonnegative();

/** What a collection file holds, kind by kind: said when it is saved and when it is about to be imported. */
export const collectionContentsSchema = z
  .object({
    cards: countSchema,
    sources: countSchema,
    notes: countSchema,
    highlights: countSchema,
    tags: countSchema,
    stars: countSchema,
    answers: countSchema,
    studyItems: countSchema,
  })
  .strict();
export type CollectionContents = z.infer<typeof collectionContentsSchema>;
