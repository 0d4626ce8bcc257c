import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BriefingError } from '../../shared/errors';
import { databaseSchema, defaultSettings, type Database } from '../../shared/schema/database';
import { databaseFileName, openFactStore } from './factStore';
import { sampleFact, sampleSeed } from './testing/sampleSeed';

let dataDirectory: string;
let filePath: string;

beforeEach(async () => {
  dataDirectory = await mkdtemp(join(tmpdir(), 'summit-briefing-store-'));
  filePath = join(dataDirectory, databaseFileName);
});

afterEach(async () => {
  await rm(dataDirectory, { recursive: true, force: true });
});

async function readDatabase(): Promise<Database> {
  return databaseSchema.parse(JSON.parse(await readFile(filePath, 'utf8')));
}

async function rejection(promise: Promise<unknown>): Promise<BriefingError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(BriefingError);
    return error as BriefingError;
  }
  throw new Error('expected the promise to reject');
}

describe('openFactStore: first start', () => {
  it('creates the database file from the seed', async () => {
    const seed = sampleSeed();
    const store = await openFactStore({ dataDirectory, seed });

    expect(store.filePath).toBe(filePath);
    const database = await readDatabase();
    expect(database.seedRevision).toBe(1);
    expect(database.facts).toEqual(seed.facts);
    expect(database.sources).toEqual(seed.sources);
    expect(database.starred).toEqual([]);
    expect(database.settings).toEqual(defaultSettings);
    expect(store.library().facts.map((fact) => fact.id)).toEqual(['summit-overview', 'trade-volume', 'enterprises']);
  });

  it('creates a data directory that does not exist yet', async () => {
    const nested = join(dataDirectory, 'not', 'yet', 'there');
    const store = await openFactStore({ dataDirectory: nested, seed: sampleSeed() });
    expect(store.filePath).toBe(join(nested, databaseFileName));
    expect(await readdir(nested)).toEqual([databaseFileName]);
  });

  it('hands out copies, so a caller cannot change the store by editing the library', async () => {
    const store = await openFactStore({ dataDirectory, seed: sampleSeed() });
    const library = store.library();
    library.starred.push('trade-volume');
    library.facts[0]!.title = 'Changed';
    expect(store.library().starred).toEqual([]);
    expect(store.library().facts[0]!.title).toBe('A state visit to Seoul');
  });
});

describe('openFactStore: reopening', () => {
  it('reads back stars and settings', async () => {
    const first = await openFactStore({ dataDirectory, seed: sampleSeed() });
    expect(await first.setStarred('trade-volume', true)).toEqual(['trade-volume']);
    expect(await first.setStarred('enterprises', true)).toEqual(['trade-volume', 'enterprises']);
    expect(await first.updateSettings({ lastTopic: 'security' })).toEqual({ lastTopic: 'security' });

    const second = await openFactStore({ dataDirectory, seed: sampleSeed() });
    expect(second.library().starred).toEqual(['trade-volume', 'enterprises']);
    expect(second.library().settings).toEqual({ lastTopic: 'security' });
    expect(second.library().facts).toEqual(first.library().facts);
  });

  it('unstars a card and keeps starring idempotent', async () => {
    const store = await openFactStore({ dataDirectory, seed: sampleSeed() });
    await store.setStarred('trade-volume', true);
    expect(await store.setStarred('trade-volume', true)).toEqual(['trade-volume']);
    expect(await store.setStarred('trade-volume', false)).toEqual([]);
    expect((await readDatabase()).starred).toEqual([]);
  });

  it('does not rewrite an unchanged database on open', async () => {
    await openFactStore({ dataDirectory, seed: sampleSeed() });
    const before = await readFile(filePath);
    await openFactStore({ dataDirectory, seed: sampleSeed() });
    expect(await readFile(filePath)).toEqual(before);
  });
});

describe('openFactStore: a file it cannot read', () => {
  it.each([
    { name: 'not JSON', text: '{"schemaVersion":', detail: undefined },
    { name: 'JSON of the wrong shape', text: '{"schemaVersion":1,"facts":"oops"}', detail: 'facts' },
    { name: 'a future schema version', text: JSON.stringify({ schemaVersion: 99, facts: [] }), detail: undefined },
    { name: 'an empty file', text: '', detail: undefined },
    { name: 'a JSON array', text: '[]', detail: undefined },
  ])('rejects $name with database-invalid and leaves the file alone', async ({ text, detail }) => {
    await writeFile(filePath, text, 'utf8');

    const error = await rejection(openFactStore({ dataDirectory, seed: sampleSeed() }));

    expect(error.code).toBe('database-invalid');
    expect(error.message).toContain(filePath);
    if (detail) expect(error.details.join('\n')).toContain(detail);
    expect(await readFile(filePath, 'utf8')).toBe(text);
    expect(await readdir(dataDirectory)).toEqual([databaseFileName]);
  });

  it('says which version wrote a future file', async () => {
    await writeFile(filePath, JSON.stringify({ schemaVersion: 99 }), 'utf8');
    const error = await rejection(openFactStore({ dataDirectory, seed: sampleSeed() }));
    expect(error.message).toMatch(/newer version/);
    expect(error.message).toContain('99');
  });
});

describe('FactStore.setStarred', () => {
  it('answers not-found for an unknown card and writes nothing', async () => {
    const store = await openFactStore({ dataDirectory, seed: sampleSeed() });
    const before = await readFile(filePath);

    const error = await rejection(store.setStarred('no-such-card', true));

    expect(error.code).toBe('not-found');
    expect(error.message).toContain('no-such-card');
    expect(await readFile(filePath)).toEqual(before);
    expect(store.library().starred).toEqual([]);
  });
});

describe('openFactStore: a newer seed', () => {
  const userFact = sampleFact({ id: 'my-own-card', topic: 'security', title: 'My own card', origin: 'user' });

  async function addUserFactByHand(): Promise<void> {
    const database = await readDatabase();
    const edited = databaseSchema.parse({ ...database, facts: [...database.facts, userFact] });
    await writeFile(filePath, `${JSON.stringify(edited, null, 2)}\n`, 'utf8');
  }

  function revisionTwo() {
    const one = sampleSeed(1);
    const [overview, trade] = one.facts;
    return sampleSeed(2, {
      facts: [
        { ...overview!, title: 'A state visit to Seoul, revised' },
        trade!,
        sampleFact({ id: 'abai-monument', topic: 'culture-education', title: 'The Abai monument' }),
      ],
    });
  }

  it('merges by id and keeps user data', async () => {
    const first = await openFactStore({ dataDirectory, seed: sampleSeed(1) });
    await first.setStarred('trade-volume', true);
    await first.setStarred('enterprises', true);
    await first.updateSettings({ lastTopic: 'trade-investment' });
    await addUserFactByHand();

    const store = await openFactStore({ dataDirectory, seed: revisionTwo() });

    for (const database of [store.library(), await readDatabase()]) {
      expect(database.seedRevision).toBe(2);
      const titles = Object.fromEntries(database.facts.map((fact) => [fact.id, fact.title]));
      expect(titles).toEqual({
        'summit-overview': 'A state visit to Seoul, revised',
        'trade-volume': 'Trade volume',
        'abai-monument': 'The Abai monument',
        'my-own-card': 'My own card',
      });
      expect(database.facts.find((fact) => fact.id === 'my-own-card')).toEqual(userFact);
      // Stars are user data: even the star on a card the seed dropped stays, untouched.
      expect(database.starred).toEqual(['trade-volume', 'enterprises']);
      expect(database.settings).toEqual({ lastTopic: 'trade-investment' });
    }
  });

  it.each([
    { name: 'an equal', revision: 2 },
    { name: 'an older', revision: 1 },
  ])('changes nothing for $name seed revision', async ({ revision }) => {
    const store = await openFactStore({ dataDirectory, seed: revisionTwo() });
    await store.setStarred('abai-monument', true);
    await addUserFactByHand();
    const before = await readFile(filePath);

    const reopened = await openFactStore({
      dataDirectory,
      seed: sampleSeed(revision, {
        facts: [sampleFact({ id: 'summit-overview', title: 'Some other title' })],
      }),
    });

    expect(await readFile(filePath)).toEqual(before);
    expect(reopened.library().seedRevision).toBe(2);
    expect(reopened.library().facts.map((fact) => fact.title)).toContain('A state visit to Seoul, revised');
  });
});
