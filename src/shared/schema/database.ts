import { z } from 'zod';
import { factSchema, idSchema, topicIdSchema } from './fact';
import { sourceSchema } from './source';

export const currentSchemaVersion = 1;

export const settingsSchema = z
  .object({
    /** The topic the library showed last, so the app reopens where the user left it. */
    lastTopic: z.union([topicIdSchema, z.literal('all'), z.literal('starred')]),
  })
  .strict();

export const defaultSettings: Settings = { lastTopic: 'all' };

export const databaseSchema = z
  .object({
    schemaVersion: z.literal(currentSchemaVersion),
    seedRevision: z.number().int().nonnegative(),
    sources: z.array(sourceSchema),
    facts: z.array(factSchema),
    /** Ids of starred cards, in the order they were starred. User data: a seed merge never touches it. */
    starred: z.array(idSchema),
    settings: settingsSchema,
  })
  .strict()
  .superRefine((database, context) => {
    const seen = new Set<string>();
    database.facts.forEach((fact, index) => {
      if (seen.has(fact.id)) {
        context.addIssue({ code: 'custom', path: ['facts', index, 'id'], message: `duplicate card id "${fact.id}"` });
      }
      seen.add(fact.id);
    });
  });

export type Settings = z.infer<typeof settingsSchema>;
export type Database = z.infer<typeof databaseSchema>;
