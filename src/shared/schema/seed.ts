import { z } from 'zod';
import { factSchema, userFactIdPrefix } from './fact';
import { sourceSchema } from './source';

export const seedSchema = z
  .object({
    /** Raised whenever the shipped facts change, so an installed database merges the update. */
    seedRevision: z.number().int().positive(),
    title: z.string().min(1),
    sources: z.array(sourceSchema).min(1),
    facts: z.array(factSchema.refine((fact) => fact.origin === 'seed', 'seed facts have origin "seed"')).min(1),
  })
  .strict()
  .superRefine((seed, context) => {
    const sourceIds = new Set(seed.sources.map((source) => source.id));
    const factIds = new Set<string>();
    seed.facts.forEach((fact, index) => {
      if (fact.id.startsWith(userFactIdPrefix)) {
        context.addIssue({
          code: 'custom',
          path: ['facts', index, 'id'],
          message: `seed ids cannot start with "${userFactIdPrefix}", which is kept for the user's own cards`,
        });
      }
      if (factIds.has(fact.id)) {
        context.addIssue({ code: 'custom', path: ['facts', index, 'id'], message: `duplicate fact id "${fact.id}"` });
      }
      factIds.add(fact.id);
      const cited = [fact.sourceId, fact.attribution?.sourceId].filter((id): id is string => Boolean(id));
      for (const id of cited) {
        if (!sourceIds.has(id)) {
          context.addIssue({ code: 'custom', path: ['facts', index], message: `unknown source "${id}"` });
        }
      }
    });
  });

export type Seed = z.infer<typeof seedSchema>;
