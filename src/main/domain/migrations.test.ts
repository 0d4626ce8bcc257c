import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BriefingError } from '../../shared/errors';
import { currentSchemaVersion, databaseSchema, emptyUserData } from '../../shared/schema/database';
import { readDatabaseAt } from './databaseFile';
import { databaseFileName, journalFileName } from './factStore';
import { closeOpenedStores, openFactStore } from '../testing/openedStores';
import { migrateDatabase, migrateDatabaseKeepingFacts } from './migrations';
import { savedDatabase } from '../testing/savedFiles';
import { databaseFromSeed, parseSeed } from './seed';
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

/** Migrates `raw` to the current schema: the database, and the shipped cards a file before schema 4 held. */
function migrated(raw: unknown) {
  const { data, legacyFacts } = migrateDatabaseKeepingFacts(raw, path);
  return { database: databaseSchema.parse(data), legacyFacts: legacyFacts as Fact[] };
}

describe('migration 1 → 2 (and on through 2 → 3 and 3 → 4)', () => {
  it('moves the stars into user data and starts every annotation list empty', () => {
    const { database, legacyFacts } = migrated(schemaOneDatabase({ starred: ['enterprises', 'trade-volume'] }));
    expect(database.schemaVersion).toBe(currentSchemaVersion);
    expect(database.user).toEqual({ ...emptyUserData, starred: ['enterprises', 'trade-volume'] });
    expect(database).not.toHaveProperty('starred');
    expect(legacyFacts).toEqual(migratedSampleFacts());
    expect(database.settings).toEqual({ lastTopic: 'all' });
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
    const { database, legacyFacts } = migrated(schemaOneDatabase({ userFacts: [ownCard] }));
    expect(legacyFacts.map((fact) => fact.id)).toEqual(['summit-overview', 'trade-volume', 'enterprises']);
    expect(database.user.ownFacts).toEqual([ownCard]);
  });

  it('leaves a version-1 file that was already damaged for validation to refuse', () => {
    expect(databaseSchema.safeParse(migrateDatabase({ ...schemaOneDatabase(), settings: 'none' }, path)).success).toBe(
      false,
    );
    // Without its shipped cards (dropped at 3 → 4 anyway) a version-1 file still has the user's stars.
    const { facts: _facts, ...withoutFacts } = schemaOneDatabase();
    expect(databaseSchema.parse(migrateDatabase(withoutFacts, path)).user.starred).toEqual(['trade-volume']);
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
    await closeOpenedStores();
    await rm(dataDirectory, { recursive: true, force: true });
  });

  it('opens as the current schema with the star in user.starred, rewritten at once, and journals the next change', async () => {
    await writeFile(filePath, `${JSON.stringify(schemaOneDatabase(), null, 2)}\n`, 'utf8');

    const store = await openFactStore({ dataDirectory, seed: sampleSeed(), writeDelayMs: 1 });

    expect(store.library().user.starred).toEqual(['trade-volume']);
    expect(store.library().notice).toBeUndefined();
    const rewritten = JSON.parse(await readFile(filePath, 'utf8'));
    expect(rewritten.schemaVersion).toBe(currentSchemaVersion);
    expect(rewritten).not.toHaveProperty('starred');
    expect(rewritten).not.toHaveProperty('facts');
    await store.change((user) => ({ user: { ...user, starred: [...user.starred, 'enterprises'] }, result: null }));
    expect((await savedDatabase(dataDirectory)).user.starred).toEqual(['trade-volume', 'enterprises']);
  });

  it('migrates and then merges a newer seed revision without touching user data', async () => {
    await writeFile(filePath, JSON.stringify(schemaOneDatabase()), 'utf8');
    const revisionTwo = sampleSeed(2, {
      facts: [sampleFact({ id: 'summit-overview', title: 'Revised' }), sampleFact({ id: 'abai-monument' })],
    });

    const store = await openFactStore({ dataDirectory, seed: revisionTwo });

    const onDisk = await savedDatabase(dataDirectory);
    expect(store.library().facts.map((fact) => fact.id)).toEqual(['summit-overview', 'abai-monument']);
    for (const database of [store.library(), onDisk]) {
      expect(database.seedRevision).toBe(2);
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
    const { database, legacyFacts } = migrated(schemaTwoDatabase(sampleSeed().facts.map(oldCard)));
    expect(database.schemaVersion).toBe(currentSchemaVersion);
    const trade = legacyFacts.find((fact) => fact.id === 'trade-volume')!;
    expect(trade.paragraphs).toEqual([2]);
    expect(trade.attributions).toEqual([
      { sourceId: 'sample-outlet', label: 'Reported by The Sample Times', paragraph: 2 },
    ]);
    expect(trade).not.toHaveProperty('paragraph');
    expect(trade).not.toHaveProperty('attribution');
    expect(legacyFacts.find((fact) => fact.id === 'enterprises')).not.toHaveProperty('attributions');
    expect(database.user.starred).toEqual(['trade-volume']);
  });

  it('cites a quote’s paragraph too, where version 2 let it differ from the card’s', () => {
    const quoted = {
      ...oldCard(sampleFact({ id: 'quoted', paragraphs: [1] })),
      quote: { text: 'a clause', paragraph: 3 },
    };
    expect(migrated(schemaTwoDatabase([quoted])).legacyFacts[0]!.paragraphs).toEqual([1, 3]);
  });

  it('migrates the user’s own cards, which cite nothing', () => {
    const own = sampleFact({ id: 'user-own', origin: 'user', sourceId: undefined, paragraphs: undefined });
    expect(migrated(schemaTwoDatabase([], [oldCard(own)])).database.user.ownFacts).toEqual([own]);
  });

  it('leaves a damaged version-2 file for validation to refuse', () => {
    for (const damaged of [
      { ...schemaTwoDatabase([]), user: 'nobody' },
      { ...schemaTwoDatabase([]), user: { ...emptyUserData, ownFacts: [null, 42] } },
    ]) {
      expect(databaseSchema.safeParse(migrateDatabase(damaged, path)).success).toBe(false);
    }
    // The shipped cards are dropped at 3 → 4: a version-2 file whose shipped cards are damaged opens, without them.
    for (const facts of ['not a list' as unknown as unknown[], [null, 42]]) {
      const { legacyFacts } = migrateDatabaseKeepingFacts(schemaTwoDatabase(facts), path);
      expect(databaseSchema.safeParse(migrateDatabase(schemaTwoDatabase(facts), path)).success).toBe(true);
      expect(legacyFacts).toEqual(facts);
    }
  });
});

describe('opening a version-2 database file', () => {
  // Written by version 0.1 of the app itself, with annotations: see seedMerge.test.ts for what the merge does with them.
  const fixture = new URL('../testing/fixtures/schema-2-seed-revision-1.json', import.meta.url);

  it('reads as the current schema, its cards (kept for the seed merge) citing their paragraph, the user’s data untouched', async () => {
    const raw = JSON.parse(await readFile(fixture, 'utf8'));
    expect(raw.schemaVersion).toBe(2);
    const { database } = (await readDatabaseAt(fileURLToPath(fixture)))!;
    const { legacyFacts } = migrated(raw);
    expect(database.schemaVersion).toBe(currentSchemaVersion);
    expect(legacyFacts).toHaveLength(raw.facts.length);
    for (const [index, fact] of legacyFacts.entries()) {
      expect(fact.paragraphs, fact.id).toEqual([raw.facts[index].paragraph]);
    }
    expect(legacyFacts.filter((fact) => fact.attributions).map((fact) => fact.id)).toEqual(
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

describe('migration 3 → 4', () => {
  it('drops the shipped cards and sources, and gives the file a lineage and a journal sequence', () => {
    const seed = sampleSeed();
    const user = { ...emptyUserData, starred: ['trade-volume'] };
    const raw = {
      schemaVersion: 3,
      seedRevision: 1,
      sources: seed.sources,
      facts: seed.facts,
      user,
      settings: { lastTopic: 'all' },
    };
    const { database, legacyFacts } = migrated(raw);
    expect(database).toEqual({
      schemaVersion: 4,
      lineage: expect.stringMatching(/^[0-9a-f-]{36}$/),
      sequence: 0,
      seedRevision: 1,
      user,
      settings: { lastTopic: 'all' },
    });
    expect(legacyFacts).toEqual(seed.facts);
  });
});

describe('opening a version-3 database file written by the previous release', () => {
  // Made by the app's own router at the commit before schema 4 (seed revision 2, the shipped seed):
  // two stars, two notes, two tags on two cards, three highlights, an own card and a setting.
  const fixture = new URL('../testing/fixtures/schema-3-seed-revision-2.json', import.meta.url);
  const shipped = JSON.parse(
    readFileSync(new URL('../../../resources/seed/summit-2021.json', import.meta.url), 'utf8'),
  );
  let dataDirectory: string;
  let filePath: string;

  beforeEach(async () => {
    dataDirectory = await mkdtemp(join(tmpdir(), 'summit-briefing-migrate-3-'));
    filePath = join(dataDirectory, databaseFileName);
    await writeFile(filePath, await readFile(fixture));
  });

  afterEach(async () => {
    await closeOpenedStores();
    await rm(dataDirectory, { recursive: true, force: true });
  });

  it('opens with every record as the user left it, and the file holds only what the user made', async () => {
    const raw = JSON.parse(await readFile(fixture, 'utf8'));
    expect(raw.schemaVersion).toBe(3);
    const store = await openFactStore({ dataDirectory, seed: parseSeed(shipped) });
    await store.settled();

    // A file from before briefs (issue 15), study and imported sources opens with none, from the schema's defaults.
    const { studyLog, ownStudyItems, studyPreferences } = emptyUserData;
    const user = { ...raw.user, briefs: [], studyLog, ownStudyItems, studyPreferences, sources: [], collections: [] };
    expect(store.library().user).toEqual(user);
    expect(store.library().settings).toEqual(raw.settings);
    expect(store.library().facts).toEqual(parseSeed(shipped).facts);
    const file = JSON.parse(await readFile(filePath, 'utf8'));
    expect(Object.keys(file).sort()).toEqual([
      'lineage',
      'schemaVersion',
      'seedRevision',
      'sequence',
      'settings',
      'user',
    ]);
    expect(file.schemaVersion).toBe(currentSchemaVersion);
    expect(file.user).toEqual(user);
    // Less than half the size: the shipped cards and the article are no longer copied into it.
    expect(Buffer.byteLength(JSON.stringify(file))).toBeLessThan(Buffer.byteLength(JSON.stringify(raw)) / 2);
    expect((await readdir(dataDirectory)).sort()).toEqual(['backups', databaseFileName, journalFileName].sort());
    // And the next start reads it as it is.
    const reopened = await openFactStore({ dataDirectory, seed: parseSeed(shipped) });
    expect(reopened.library().user).toEqual(user);
    expect(reopened.library().notice).toBeUndefined();
  });
});
