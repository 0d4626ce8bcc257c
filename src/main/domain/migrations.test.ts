import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BriefingError } from '../../shared/errors';
import { currentSchemaVersion, databaseSchema, emptyUserData } from '../../shared/schema/database';
import { readDatabaseAt } from './databaseFile';
import { databaseFileName, openFactStore } from './factStore';
import { migrateDatabase } from './migrations';
import { databaseFromSeed } from './seed';
import { sampleFact, sampleSeed } from '../testing/sampleSeed';

const path = '/data/summit-briefing.json';

function thrown(action: () => unknown): BriefingError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(BriefingError);
    return error as BriefingError;
  }
  throw new Error('expected a BriefingError');
}

/** A database as version 1 of the app wrote it: stars at the top level, own cards among the facts. */
function schemaOneDatabase(extra: { starred?: string[]; userFacts?: unknown[] } = {}) {
  const seed = sampleSeed();
  return {
    schemaVersion: 1,
    seedRevision: 1,
    sources: seed.sources,
    facts: [...seed.facts, ...(extra.userFacts ?? [])],
    starred: extra.starred ?? ['trade-volume'],
    settings: { lastTopic: 'all' },
  };
}

describe('migrateDatabase', () => {
  it('passes a current-version database through unchanged', () => {
    const database = databaseFromSeed(sampleSeed());
    expect(database.schemaVersion).toBe(currentSchemaVersion);
    const migrated = migrateDatabase(structuredClone(database), path);
    expect(migrated).toEqual(database);
    expect(databaseSchema.parse(migrated)).toEqual(database);
  });

  it('refuses a database from a newer app with database-too-new, naming the file and both versions', () => {
    const error = thrown(() => migrateDatabase({ schemaVersion: currentSchemaVersion + 98 }, path));
    expect(error.code).toBe('database-too-new');
    expect(error.message).toContain(path);
    expect(error.message).toContain(String(currentSchemaVersion + 98));
    expect(error.message).toContain(String(currentSchemaVersion));
    expect(error.message).toMatch(/newer version/);
  });

  it('refuses a version it has no step for', () => {
    const error = thrown(() => migrateDatabase({ schemaVersion: 0 }, path));
    expect(error.code).toBe('database-invalid');
    expect(error.message).toContain(path);
  });

  it.each([null, 'text', 42, true, [], [{ schemaVersion: 1 }]])('passes the non-object %j through unchanged', (raw) => {
    expect(migrateDatabase(raw, path)).toBe(raw);
  });

  it.each([{}, { schemaVersion: '1' }, { schemaVersion: 1.5 }])(
    'leaves %j without a usable version to the schema',
    (raw) => {
      expect(migrateDatabase(raw, path)).toBe(raw);
      expect(databaseSchema.safeParse(raw).success).toBe(false);
    },
  );
});

describe('migration 1 → 2', () => {
  it('moves the stars into user data and starts every annotation list empty', () => {
    const migrated = databaseSchema.parse(
      migrateDatabase(schemaOneDatabase({ starred: ['enterprises', 'trade-volume'] }), path),
    );
    expect(migrated.schemaVersion).toBe(2);
    expect(migrated.user).toEqual({ ...emptyUserData, starred: ['enterprises', 'trade-volume'] });
    expect(migrated).not.toHaveProperty('starred');
    expect(migrated.facts).toEqual(sampleSeed().facts);
    expect(migrated.settings).toEqual({ lastTopic: 'all' });
  });

  it('moves own cards out of the seed content into user.ownFacts', () => {
    const ownCard = sampleFact({ id: 'my-own-card', topic: 'security', title: 'My own card', origin: 'user' });
    const migrated = databaseSchema.parse(migrateDatabase(schemaOneDatabase({ userFacts: [ownCard] }), path));
    expect(migrated.facts.map((fact) => fact.id)).toEqual(['summit-overview', 'trade-volume', 'enterprises']);
    expect(migrated.user.ownFacts).toEqual([ownCard]);
  });

  it('leaves a version-1 file that was already damaged for validation to refuse', () => {
    const { facts: _facts, ...withoutFacts } = schemaOneDatabase();
    expect(databaseSchema.safeParse(migrateDatabase(withoutFacts, path)).success).toBe(false);
    const badStars = { ...schemaOneDatabase(), starred: 'trade-volume' };
    // A star list that is not a list cannot be trusted, but losing stars is better than losing the database.
    expect(databaseSchema.parse(migrateDatabase(badStars, path)).user.starred).toEqual([]);
  });
});

describe('opening a version-1 database file', () => {
  let dataDirectory: string;
  let filePath: string;

  beforeEach(async () => {
    dataDirectory = await mkdtemp(join(tmpdir(), 'summit-briefing-migrate-'));
    filePath = join(dataDirectory, databaseFileName);
  });

  afterEach(async () => {
    await rm(dataDirectory, { recursive: true, force: true });
  });

  it('opens as schema 2 with the star in user.starred, and saves schema 2 on the next change', async () => {
    await writeFile(filePath, `${JSON.stringify(schemaOneDatabase(), null, 2)}\n`, 'utf8');

    const store = await openFactStore({ dataDirectory, seed: sampleSeed(), writeDelayMs: 1 });

    expect(store.library().user.starred).toEqual(['trade-volume']);
    expect(store.library().notice).toBeUndefined();
    await store.change((user) => ({ user: { ...user, starred: [...user.starred, 'enterprises'] }, result: null }));
    const onDisk = JSON.parse(await readFile(filePath, 'utf8'));
    expect(onDisk.schemaVersion).toBe(2);
    expect(onDisk).not.toHaveProperty('starred');
    expect(onDisk.user.starred).toEqual(['trade-volume', 'enterprises']);
  });

  it('migrates and then merges a newer seed revision without touching user data', async () => {
    await writeFile(filePath, JSON.stringify(schemaOneDatabase()), 'utf8');
    const revisionTwo = sampleSeed(2, {
      facts: [sampleFact({ id: 'summit-overview', title: 'Revised' }), sampleFact({ id: 'abai-monument' })],
    });

    const store = await openFactStore({ dataDirectory, seed: revisionTwo });

    const onDisk = (await readDatabaseAt(filePath))!.database;
    for (const database of [store.library(), onDisk]) {
      expect(database.seedRevision).toBe(2);
      expect(database.facts.map((fact) => fact.id)).toEqual(['summit-overview', 'abai-monument']);
      // The star on a card the new seed dropped is user data: it stays.
      expect(database.user).toEqual({ ...emptyUserData, starred: ['trade-volume'] });
    }
    expect(JSON.parse(await readFile(filePath, 'utf8')).schemaVersion).toBe(2);
  });
});
