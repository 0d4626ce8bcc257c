import { randomUUID } from 'node:crypto';
import { BriefingError } from '../../shared/errors';
import { currentSchemaVersion } from '../../shared/schema/database';

/**
 * A version-2 card cited one `paragraph` and at most one `attribution`; version 3 cites a list of
 * paragraphs and of credits, each credit with the paragraph it is given in. The old single
 * paragraph is the only one known, so it becomes the list and the credit's paragraph. Seed cards
 * are replaced by the seed merge that follows anyway; this keeps own cards and any file that is
 * opened before a merge valid. Anything that is not a card object is left for validation to refuse.
 */
function paragraphListsOf(fact: unknown): unknown {
  if (typeof fact !== 'object' || fact === null || Array.isArray(fact)) return fact;
  const { paragraph, attribution, ...rest } = fact as Record<string, unknown>;
  // Version 3 requires a card to cite its quote's paragraph; version 2 let the two differ.
  const quoted = (rest.quote as { paragraph?: unknown } | undefined)?.paragraph;
  const cited =
    typeof paragraph === 'number'
      ? [...new Set([paragraph, ...(typeof quoted === 'number' ? [quoted] : [])])]
      : undefined;
  const credit =
    typeof attribution === 'object' && attribution !== null && !Array.isArray(attribution)
      ? [{ ...attribution, paragraph: cited?.[0] ?? (attribution as { paragraph?: unknown }).paragraph }]
      : undefined;
  return { ...rest, ...(cited ? { paragraphs: cited } : {}), ...(credit ? { attributions: credit } : {}) };
}

function mapList(list: unknown, map: (item: unknown) => unknown): unknown {
  return Array.isArray(list) ? list.map(map) : list;
}

/**
 * One step per schema version: `steps[n]` turns a version-n database into version n+1.
 * A schema change adds a step here and a test that opens a database file of the old version.
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
  // 2 → 3: a card cites a list of paragraphs and a list of credits.
  2: (data) => {
    const user = data.user;
    const migratedUser =
      typeof user === 'object' && user !== null && !Array.isArray(user)
        ? { ...user, ownFacts: mapList((user as Record<string, unknown>).ownFacts, paragraphListsOf) }
        : user;
    return { ...data, schemaVersion: 3, facts: mapList(data.facts, paragraphListsOf), user: migratedUser };
  },
  // 3 → 4: the shipped cards and sources are read from the app's seed, no longer copied into the
  // file; the file gets its lineage and journal sequence.
  3: (data) => {
    const { facts: _facts, sources: _sources, ...rest } = data;
    return { ...rest, schemaVersion: 4, lineage: randomUUID(), sequence: 0 };
  },
};

/** What a migration dropped that a seed merge still wants: the shipped cards of an old file, as it held them. */
export interface Migrated {
  data: unknown;
  /**
   * The shipped cards a file before schema 4 held (the seed revision it was merged with), so the
   * seed merge that follows can tell which card texts changed; undefined for a schema-4 file.
   */
  legacyFacts?: unknown;
}

export function migrateDatabase(raw: unknown, filePath: string): unknown {
  return migrateDatabaseKeepingFacts(raw, filePath).data;
}

export function migrateDatabaseKeepingFacts(raw: unknown, filePath: string): Migrated {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { data: raw };
  let data = raw as Record<string, unknown>;
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) return { data: raw };
  if (version > currentSchemaVersion) {
    throw new BriefingError({
      code: 'database-too-new',
      message: `The database at ${filePath} was written by a newer version of Summit Briefing (schema ${version}; this app reads up to ${currentSchemaVersion}). Update the app to open it; the file has not been changed.`,
    });
  }
  let legacyFacts: unknown;
  for (let from = version; from < currentSchemaVersion; from++) {
    const step = steps[from];
    if (from === 3) legacyFacts = data.facts;
    if (!step) {
      throw new BriefingError({
        code: 'database-invalid',
        message: `The database at ${filePath} uses schema ${from}, which this app cannot upgrade. The file has not been changed.`,
      });
    }
    data = step(data);
  }
  return legacyFacts === undefined ? { data } : { data, legacyFacts };
}
