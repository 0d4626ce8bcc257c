import { z } from 'zod';
import { factSchema, idSchema, userFactIdPrefix, type Fact } from './fact';
import { sourceSchema, type Source } from './source';

/**
 * A card id the seed no longer uses, and the card that replaced it. An installed database merging
 * the seed moves the user's notes, highlights, tags and star from `from` to `to`, so renaming a
 * card never loses what the user made on it. `to` is always a current id: renaming a card again
 * updates its earlier aliases rather than chaining them.
 */
export const seedAliasSchema = z
  .object({
    from: idSchema,
    to: idSchema,
    /** The seed revision that made the change; databases already at it or later have nothing to move. */
    seedRevision: z.number().int().positive(),
  })
  .strict();

export const seedSchema = z
  .object({
    /** Raised whenever the shipped facts change, so an installed database merges the update. */
    seedRevision: z.number().int().positive(),
    title: z.string().min(1),
    sources: z.array(sourceSchema).min(1),
    facts: z.array(factSchema.refine((fact) => fact.origin === 'seed', 'seed facts have origin "seed"')).min(1),
    aliases: z.array(seedAliasSchema).max(500).default([]),
  })
  .strict()
  .superRefine((seed, context) => {
    const sources = new Map(seed.sources.map((source) => [source.id, source]));
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
      const cited = [fact.sourceId, ...(fact.attributions ?? []).map((attribution) => attribution.sourceId)];
      for (const id of cited) {
        if (id !== undefined && !sources.has(id)) {
          context.addIssue({ code: 'custom', path: ['facts', index], message: `unknown source "${id}"` });
        }
      }
      const source = fact.sourceId === undefined ? undefined : sources.get(fact.sourceId);
      for (const message of paragraphProblems(fact, source)) {
        context.addIssue({ code: 'custom', path: ['facts', index, 'paragraphs'], message });
      }
    });
    const aliased = new Set<string>();
    seed.aliases.forEach((alias, index) => {
      const problem = factIds.has(alias.from)
        ? `"${alias.from}" is a current card id and cannot also be an alias`
        : !factIds.has(alias.to)
          ? `the alias "${alias.from}" points at "${alias.to}", which is not a card of this seed`
          : aliased.has(alias.from)
            ? `"${alias.from}" is aliased twice`
            : alias.seedRevision > seed.seedRevision
              ? `the alias "${alias.from}" is dated after this seed revision`
              : undefined;
      if (problem) context.addIssue({ code: 'custom', path: ['aliases', index], message: problem });
      aliased.add(alias.from);
    });
  });

/** What is wrong with a card's paragraph numbers, given the article it cites. */
function paragraphProblems(fact: Fact, source: Source | undefined): string[] {
  const count = source?.paragraphs?.length ?? source?.paragraphCount;
  if (count === undefined) return [];
  const numbers = [...(fact.paragraphs ?? []), ...(fact.quote ? [fact.quote.paragraph] : [])];
  return numbers
    .filter((paragraph) => paragraph > count)
    .map((paragraph) => `paragraph ${paragraph} is beyond the ${count} paragraphs of "${source?.id}"`);
}

export type SeedAlias = z.infer<typeof seedAliasSchema>;
export type Seed = z.infer<typeof seedSchema>;
