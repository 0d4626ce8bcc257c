import { z } from 'zod';
import { highlightSchema, noteSchema } from './annotations';
import { factSchema, idSchema } from './fact';

export { libraryPageMaxRecords } from '../libraryPages';

const cardTagEntrySchema = z.tuple([idSchema, z.array(idSchema)]);

export const libraryPageRecordsSchema = z
  .object({
    facts: z.array(factSchema).optional(),
    ownFacts: z.array(factSchema).optional(),
    /** [card id, tag ids] pairs, in the order of the library's cardTags object. */
    cardTags: z.array(cardTagEntrySchema).optional(),
    highlights: z.array(highlightSchema).optional(),
    notes: z.array(noteSchema).optional(),
  })
  .strict();

export type LibraryPageRecords = z.infer<typeof libraryPageRecordsSchema>;
