import { BriefingError, describeIssues } from '../../shared/errors';
import { currentSchemaVersion, defaultSettings, emptyUserData, type Database } from '../../shared/schema/database';
import { seedSchema, type Seed } from '../../shared/schema/seed';

export function parseSeed(raw: unknown): Seed {
  const result = seedSchema.safeParse(raw);
  if (!result.success) {
    throw new BriefingError({
      code: 'internal',
      message: 'The fact database that ships with the app is damaged. Reinstall Summit Briefing.',
      details: describeIssues(result.error),
    });
  }
  return result.data;
}

export function databaseFromSeed(seed: Seed): Database {
  return {
    schemaVersion: currentSchemaVersion,
    seedRevision: seed.seedRevision,
    sources: structuredClone(seed.sources),
    facts: structuredClone(seed.facts),
    user: structuredClone(emptyUserData),
    settings: { ...defaultSettings },
  };
}

/**
 * Brings a database up to a newer seed revision. Seed content is replaced by id: cards the seed
 * still has are updated in place, new ones are added in seed order, and seed cards it dropped
 * are removed. User data — own cards, notes, highlights, tags, stars, settings — is never
 * touched, even where it points at a card that is gone: the renderer shows such annotations as
 * orphaned, and highlights re-anchor to changed text when they are shown.
 */
export function mergeSeed(database: Database, seed: Seed): { database: Database; changed: boolean } {
  if (seed.seedRevision <= database.seedRevision) return { database, changed: false };
  return {
    changed: true,
    database: {
      ...database,
      seedRevision: seed.seedRevision,
      sources: structuredClone(seed.sources),
      facts: structuredClone(seed.facts),
    },
  };
}
