import { z } from 'zod';
import { idSchema } from '../schema/fact';

/** The collection the shipped summit's article and cards belong to; always the first. */
export const shippedCollectionId = 'summit-2021';

/** One summit, visit or topic: the cards and sources a user keeps together, and passes on as one file. */
export const collectionSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1).max(120),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .strict()
  .readonly();

export type Collection = z.infer<typeof collectionSchema>;

export const collectionNameSchema = z
  .string()
  .trim()
  .min(1, 'a collection needs a name')
  .max(120, 'a collection’s name is at most 120 characters');

export const collectionInputSchema = z.object({ name: collectionNameSchema }).strict();
export type CollectionInput = z.infer<typeof collectionInputSchema>;

/** The shipped summit's collection, named as the seed names the summit. */
export function shippedCollection(seedTitle: string, createdAt: string): Collection {
  return collectionSchema.parse({ id: shippedCollectionId, name: seedTitle, createdAt });
}
