import { BriefingError } from '../../shared/errors';
import { currentSchemaVersion } from '../../shared/schema/database';

/**
 * One step per schema version: `steps[n]` turns a version-n database into version n+1.
 * Version 1 is the first, so there are none yet; a schema change adds a step here and a test
 * that opens a database file of the old version.
 */
const steps: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {
  // 1 → 2: annotations arrive; stars and the user's own cards move into `user`, away from seed content.
  1: (data) => {
    const { starred, facts, ...rest } = data;
    const allFacts = Array.isArray(facts) ? (facts as Array<{ origin?: unknown }>) : [];
    return {
      ...rest,
      schemaVersion: 2,
      facts: Array.isArray(facts) ? allFacts.filter((fact) => fact?.origin !== 'user') : facts,
      user: {
        ownFacts: allFacts.filter((fact) => fact?.origin === 'user'),
        starred: Array.isArray(starred) ? starred : [],
        notes: [],
        highlights: [],
        tags: [],
        cardTags: {},
      },
    };
  },
};

export function migrateDatabase(raw: unknown, filePath: string): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  let data = raw as Record<string, unknown>;
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) return raw;
  if (version > currentSchemaVersion) {
    throw new BriefingError({
      code: 'database-too-new',
      message: `The database at ${filePath} was written by a newer version of Summit Briefing (schema ${version}; this app reads up to ${currentSchemaVersion}). Update the app to open it; the file has not been changed.`,
    });
  }
  for (let from = version; from < currentSchemaVersion; from++) {
    const step = steps[from];
    if (!step) {
      throw new BriefingError({
        code: 'database-invalid',
        message: `The database at ${filePath} uses schema ${from}, which this app cannot upgrade. The file has not been changed.`,
      });
    }
    data = step(data);
  }
  return data;
}
