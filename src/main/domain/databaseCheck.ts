import { z } from 'zod';
import { BriefingError, describeIssues } from '../../shared/errors';
import { cardTagsSchema } from '../../shared/schema/cardTags';
import { databaseSchema, settingsSchema } from '../../shared/schema/database';
import { idSchema } from '../../shared/schema/fact';
import { recordKinds, recordSchemas } from '../../shared/schema/recordKinds';
import type { UserDataPatch } from '../../shared/schema/userDataPatch';
import { invariantProblems } from './snapshotFormat';
import { studyPreferencesSchema } from '../../shared/study/studyPreferences';

const starredSchema = z.array(idSchema);

/**
 * The whole database checked as a load checks it: its shape, then the invariants with the
 * shipped cards. Used where a database arrives whole (an import's file, a compaction).
 */
export function databaseProblems(database: unknown, shippedFacts: ReadonlyArray<{ id: string }>): string[] {
  const result = databaseSchema.safeParse(database);
  if (!result.success) return describeIssues(result.error);
  return invariantProblems(result.data, shippedFacts);
}

/**
 * The shape of what a change touched, with the schemas a load uses: each record it upserts, the
 * star list if it changed, the card-tag entries it set, the settings. Records it did not touch
 * passed when they were written, so a save parses what the change costs.
 */
export function touchedRecordProblems(patch: UserDataPatch, settings?: unknown): string[] {
  const problems: string[] = [];
  for (const kind of recordKinds) {
    for (const item of patch[kind]?.upserted ?? []) {
      const result = (recordSchemas[kind] as z.ZodType).safeParse(item);
      if (!result.success) {
        problems.push(...describeIssues(result.error, 3).map((line) => `user.${kind}[id ${item.id}].${line}`));
      }
    }
  }
  if (patch.starred) {
    const result = starredSchema.safeParse(patch.starred);
    if (!result.success) problems.push(...describeIssues(result.error, 3).map((line) => `user.starred.${line}`));
  }
  if (patch.cardTags) {
    const entries = Object.fromEntries(patch.cardTags.upserted.map(({ factId, tagIds }) => [factId, tagIds]));
    const result = cardTagsSchema.safeParse(entries);
    if (!result.success) problems.push(...describeIssues(result.error, 3).map((line) => `user.cardTags.${line}`));
  }
  // study
  if (patch.studyPreferences) {
    const result = studyPreferencesSchema.safeParse(patch.studyPreferences);
    if (!result.success) {
      problems.push(...describeIssues(result.error, 3).map((line) => `user.studyPreferences.${line}`));
    }
  }
  if (settings !== undefined) {
    const result = settingsSchema.safeParse(settings);
    if (!result.success) problems.push(...describeIssues(result.error, 3).map((line) => `settings.${line}`));
  }
  return problems.slice(0, 8);
}

/** Refuses a change that would leave a database the app could not open again; nothing is written. */
export function refuseInvalid(problems: readonly string[]): BriefingError {
  return new BriefingError({
    code: 'invalid-request',
    message: `That change would leave the database inconsistent (${problems[0] ?? 'it does not have the expected shape'}), so it was refused and nothing was changed.`,
    details: [...problems],
  });
}
