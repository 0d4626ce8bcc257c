import type { z } from 'zod';
import { highlightSchema, noteSchema, tagSchema } from './annotations';
import { factSchema } from './fact';
import { briefSchema } from '../briefs/briefSchema';
import { studyLogEntrySchema } from '../study/reviewLogSchemas';
import { ownStudyItemSchema } from '../study/ownItemSchemas';
import { collectionSchema } from '../sources/collections';
import { sourceRecordSchema } from '../sources/sourceRecord';

/**
 * The user's record lists (records with ids), each with the schema of one record: the one list
 * the patch schema, the diff, the journal's mirror, the open's slices, the id index and the
 * save-time check all read, so a new kind is added here once and nowhere is it forgotten.
 */
export const recordSchemas = {
  ownFacts: factSchema,
  notes: noteSchema,
  highlights: highlightSchema,
  tags: tagSchema,
  briefs: briefSchema,
  studyLog: studyLogEntrySchema,
  ownStudyItems: ownStudyItemSchema,
  sources: sourceRecordSchema,
  collections: collectionSchema,
} as const satisfies Record<string, z.ZodType>;

export type RecordKind = keyof typeof recordSchemas;

export const recordKinds = Object.keys(recordSchemas) as readonly RecordKind[];
