import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BriefingError } from '../../shared/errors';
import { currentSchemaVersion, databaseSchema, emptyUserData } from '../../shared/schema/database';
import { readDatabaseAt } from './databaseFile';
import { databaseFileName, openFactStore } from './factStore';
import { migrateDatabase } from './migrations';
import { databaseFromSeed } from './seed';
import type { Fact } from '../../shared/schema/fact';
import { sampleFact, sampleSeed } from '../../shared/testing/sampleSeed';

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

/** A card as versions 1 and 2 stored it: one `paragraph`, at most one `attribution` without a paragraph. */
function oldCard(fact: Fact): Record<string, unknown> {
  const { paragraphs, attributions, ...rest } = fact;
  return {
    ...rest,
    ...(paragraphs ? { paragraph: paragraphs[0] } : {}),
    ...(attributions ? { attribution: { sourceId: attributions[0]!.sourceId, label: attributions[0]!.label } } : {}),
  };
}

/** A database as version 1 of the app wrote it: stars at the top level, own cards among the facts. */
function schemaOneDatabase(extra: { starred?: string[]; userFacts?: Fact[] } = {}) {
  const seed = sampleSeed();
  return {
    schemaVersion: 1,
    seedRevision: 1,
    sources: seed.sources,
    facts: [...seed.facts, ...(extra.userFacts ?? [])].map(oldCard),
    starred: extra.starred ?? ['trade-volume'],
    settings: { lastTopic: 'all' },
  };
}

/** What the migrations make of the sample seed's cards: each cites the one paragraph the old file knew. */
function migratedSampleFacts(): Fact[] {
  return sampleSeed().facts.map((fact) => ({
    ...fact,
    paragraphs: fact.paragraphs!.slice(0, 1),
    ...(fact.attributions
      ? { attributions: fact.attributions.map((credit) => ({ ...credit, paragraph: fact.paragraphs![0]! })) }
      : {}),
  }));
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

describe('migration 1 → 2 (and on through 2 → 3)', () => {
  it('moves the stars into user data and starts every annotation list empty', () => {
    const migrated = databaseSchema.parse(
      migrateDatabase(schemaOneDatabase({ starred: ['enterprises', 'trade-volume'] }), path),
    );
    expect(migrated.schemaVersion).toBe(3);
    expect(migrated.user).toEqual({ ...emptyUserData, starred: ['enterprises', 'trade-volume'] });
    expect(migrated).not.toHaveProperty('starred');
    expect(migrated.facts).toEqual(migratedSampleFacts());
    expect(migrated.settings).toEqual({ lastTopic: 'all' });
  });

  it('moves own cards out of the seed content into user.ownFacts', () => {
    const ownCard = sampleFact({
      id: 'my-own-card',
      topic: 'security',
      title: 'My own card',
      origin: 'user',
      sourceId: undefined,
      paragraphs: undefined,
    });
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

  it('opens as the current schema with the star in user.starred, and saves it on the next change', async () => {
    await writeFile(filePath, `${JSON.stringify(schemaOneDatabase(), null, 2)}\n`, 'utf8');

    const store = await openFactStore({ dataDirectory, seed: sampleSeed(), writeDelayMs: 1 });

    expect(store.library().user.starred).toEqual(['trade-volume']);
    expect(store.library().notice).toBeUndefined();
    await store.change((user) => ({ user: { ...user, starred: [...user.starred, 'enterprises'] }, result: null }));
    const onDisk = JSON.parse(await readFile(filePath, 'utf8'));
    expect(onDisk.schemaVersion).toBe(currentSchemaVersion);
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
    expect(JSON.parse(await readFile(filePath, 'utf8')).schemaVersion).toBe(currentSchemaVersion);
  });
});

describe('migration 2 → 3', () => {
  /** A version-2 database: annotations in `user`, cards with one `paragraph` and one `attribution`. */
  function schemaTwoDatabase(facts: unknown[], ownFacts: unknown[] = []) {
    const seed = sampleSeed();
    return {
      schemaVersion: 2,
      seedRevision: 1,
      sources: seed.sources,
      facts,
      user: { ...emptyUserData, ownFacts, starred: ['trade-volume'] },
      settings: { lastTopic: 'all' },
    };
  }

  it('turns the one paragraph into a list and the one credit into a list, credited in that paragraph', () => {
    const migrated = databaseSchema.parse(migrateDatabase(schemaTwoDatabase(sampleSeed().facts.map(oldCard)), path));
    expect(migrated.schemaVersion).toBe(3);
    const trade = migrated.facts.find((fact) => fact.id === 'trade-volume')!;
    expect(trade.paragraphs).toEqual([2]);
    expect(trade.attributions).toEqual([
      { sourceId: 'sample-outlet', label: 'Reported by The Sample Times', paragraph: 2 },
    ]);
    expect(trade).not.toHaveProperty('paragraph');
    expect(trade).not.toHaveProperty('attribution');
    expect(migrated.facts.find((fact) => fact.id === 'enterprises')).not.toHaveProperty('attributions');
    expect(migrated.user.starred).toEqual(['trade-volume']);
  });

  it('cites a quote’s paragraph too, where version 2 let it differ from the card’s', () => {
    const quoted = {
      ...oldCard(sampleFact({ id: 'quoted', paragraphs: [1] })),
      quote: { text: 'a clause', paragraph: 3 },
    };
    const migrated = databaseSchema.parse(migrateDatabase(schemaTwoDatabase([quoted]), path));
    expect(migrated.facts[0]!.paragraphs).toEqual([1, 3]);
  });

  it('migrates the user’s own cards, which cite nothing', () => {
    const own = sampleFact({ id: 'user-own', origin: 'user', sourceId: undefined, paragraphs: undefined });
    const migrated = databaseSchema.parse(migrateDatabase(schemaTwoDatabase([], [oldCard(own)]), path));
    expect(migrated.user.ownFacts).toEqual([own]);
  });

  it('leaves a damaged version-2 file for validation to refuse', () => {
    for (const damaged of [
      schemaTwoDatabase('not a list' as unknown as unknown[]),
      schemaTwoDatabase([null, 42]),
      { ...schemaTwoDatabase([]), user: 'nobody' },
    ]) {
      expect(databaseSchema.safeParse(migrateDatabase(damaged, path)).success).toBe(false);
    }
  });
});

describe('opening a version-2 database file', () => {
  // Written by version 0.1 of the app itself, with annotations: see seedMerge.test.ts for what the merge does with them.
  const fixture = new URL('../testing/fixtures/schema-2-seed-revision-1.json', import.meta.url);

  it('reads as schema 3, every card citing its paragraph, the user’s data untouched', async () => {
    const raw = JSON.parse(await readFile(fixture, 'utf8'));
    expect(raw.schemaVersion).toBe(2);
    const { database } = (await readDatabaseAt(fileURLToPath(fixture)))!;
    expect(database.schemaVersion).toBe(3);
    expect(database.facts).toHaveLength(raw.facts.length);
    for (const [index, fact] of database.facts.entries()) {
      expect(fact.paragraphs, fact.id).toEqual([raw.facts[index].paragraph]);
    }
    expect(database.facts.filter((fact) => fact.attributions).map((fact) => fact.id)).toEqual(
      raw.facts.filter((fact: { attribution?: unknown }) => fact.attribution).map((fact: { id: string }) => fact.id),
    );
    expect(database.user.notes).toEqual(raw.user.notes);
    expect(database.user.highlights).toEqual(raw.user.highlights);
    expect(database.user.cardTags).toEqual(raw.user.cardTags);
    expect(database.user.starred).toEqual(raw.user.starred);
    expect(database.user.ownFacts.map((fact) => fact.id)).toEqual(
      raw.user.ownFacts.map((fact: { id: string }) => fact.id),
    );
  });
});
