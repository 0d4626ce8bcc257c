import { z } from 'zod';
import { BriefingError, describeIssues } from '../../shared/errors';
import { highlightSchema, noteSchema, tagSchema } from '../../shared/schema/annotations';
import { cardTagsSchema } from '../../shared/schema/cardTags';
import { databaseSchema, settingsSchema, type Database } from '../../shared/schema/database';
import { databaseInvariantIssues, describeInvariantIssues } from '../../shared/schema/databaseInvariants';
import { factSchema, idSchema } from '../../shared/schema/fact';
import type { UserDataPatch } from '../../shared/schema/userDataPatch';

const starredSchema = z.array(idSchema);

/** Parses the records `next` does not share with `known`: the ones the patch lists, if there is one. */
function newRecordProblems<Item extends { id: string }>(
  schema: z.ZodType,
  items: readonly Item[],
  known: readonly Item[] | undefined,
  path: string,
  upserted?: readonly Item[],
): string[] {
  if (items === known) return [];
  const problems: string[] = [];
  const check = (item: Item, where: string) => {
    const result = schema.safeParse(item);
    if (!result.success) problems.push(...describeIssues(result.error, 3).map((line) => `${path}${where}.${line}`));
  };
  if (upserted) {
    for (const item of upserted) check(item, `[id ${item.id}]`);
    return problems;
  }
  const old = new Set(known ?? []);
  items.forEach((item, index) => {
    if (!old.has(item)) check(item, `[${index}]`);
  });
  return problems;
}

function partProblems(schema: z.ZodType, value: unknown, known: unknown, path: string): string[] {
  if (value === known) return [];
  const result = schema.safeParse(value);
  return result.success ? [] : describeIssues(result.error, 3).map((line) => `${path}.${line}`);
}

/**
 * What would make `next` fail to load, checked before it is written: the same schemas and the
 * same invariants the load applies. `known` is a database that already passed; records it shares
 * with `next` (snapshots share what a change did not touch) are not parsed again — `patch`, the
 * difference from `known` to `next`, names them — so a save parses what the change touched. The
 * invariants (ids, references) are checked over the whole database, without parsing it. Without
 * `known`, the whole database is parsed.
 */
export function databaseProblems(next: Database, known?: Database, patch?: UserDataPatch): string[] {
  if (
    !known ||
    next.facts !== known.facts ||
    next.sources !== known.sources ||
    next.schemaVersion !== known.schemaVersion ||
    next.seedRevision !== known.seedRevision
  ) {
    const result = databaseSchema.safeParse(next);
    return result.success ? [] : describeIssues(result.error);
  }
  const { user } = next;
  const problems = [
    ...newRecordProblems(factSchema, user.ownFacts, known.user.ownFacts, 'user.ownFacts', patch?.ownFacts?.upserted),
    ...newRecordProblems(noteSchema, user.notes, known.user.notes, 'user.notes', patch?.notes?.upserted),
    ...newRecordProblems(
      highlightSchema,
      user.highlights,
      known.user.highlights,
      'user.highlights',
      patch?.highlights?.upserted,
    ),
    ...newRecordProblems(tagSchema, user.tags, known.user.tags, 'user.tags', patch?.tags?.upserted),
    ...partProblems(starredSchema, user.starred, known.user.starred, 'user.starred'),
    ...partProblems(cardTagsSchema, user.cardTags, known.user.cardTags, 'user.cardTags'),
    ...partProblems(settingsSchema, next.settings, known.settings, 'settings'),
  ];
  if (problems.length > 0) return problems.slice(0, 8);
  if (next.user === known.user) return [];
  return describeInvariantIssues(databaseInvariantIssues(next, 8));
}

/** Refuses a change that would leave a database the app could not open again; nothing is written. */
export function refuseInvalid(problems: readonly string[]): BriefingError {
  return new BriefingError({
    code: 'invalid-request',
    message: `That change would leave the database inconsistent (${problems[0] ?? 'it does not have the expected shape'}), so it was refused and nothing was changed.`,
    details: [...problems],
  });
}
