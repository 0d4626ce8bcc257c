import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BriefingError } from '../../shared/errors';
import { currentSchemaVersion, defaultSettings, emptyUserData, type Database } from '../../shared/schema/database';
import * as annotations from './annotationOperations';
import { databaseFileName, journalFileName, type FactStore } from './factStore';
import { closeOpenedStores, openFactStore } from '../testing/openedStores';
import { savedBytes, savedDatabase } from '../testing/savedFiles';
import * as ownCards from './ownCards';
import { databaseFromSeed } from './seed';
import { sampleFact, sampleSeed } from '../../shared/testing/sampleSeed';

let dataDirectory: string;
let filePath: string;

beforeEach(async () => {
  dataDirectory = await mkdtemp(join(tmpdir(), 'summit-briefing-store-'));
  filePath = join(dataDirectory, databaseFileName);
});

afterEach(async () => {
  await closeOpenedStores();
  await rm(dataDirectory, { recursive: true, force: true });
});

/** What a fresh start would find: the database file with its journal replayed. */
function readDatabase(): Promise<Database> {
  return savedDatabase(dataDirectory);
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

function star(store: FactStore, factId: string, starred = true) {
  return store.change((user, context) => annotations.setStarred(user, context, factId, starred));
}

describe('openFactStore: first start', () => {
  it('creates the database file from the seed, holding none of the shipped cards', async () => {
    const seed = sampleSeed();
    const store = await openFactStore({ dataDirectory, seed });

    expect(store.filePath).toBe(filePath);
    const database = await readDatabase();
    expect(database.schemaVersion).toBe(currentSchemaVersion);
    expect(database.seedRevision).toBe(1);
    expect(database).not.toHaveProperty('facts');
    expect(database).not.toHaveProperty('sources');
    expect(store.library().facts).toEqual(seed.facts);
    expect(store.library().sources).toEqual(seed.sources);
    expect(database.user).toEqual(emptyUserData);
    expect(database.settings).toEqual(defaultSettings);
    expect(store.library().facts.map((fact) => fact.id)).toEqual(['summit-overview', 'trade-volume', 'enterprises']);
    expect(store.library().history).toEqual({ canUndo: false, canRedo: false });
    expect(store.library().notice).toBeUndefined();
    expect(store.library().databaseFile).toBe(filePath);
  });

  it('creates a data directory that does not exist yet, with the database and its backups', async () => {
    const nested = join(dataDirectory, 'not', 'yet', 'there');
    const store = await openFactStore({ dataDirectory: nested, seed: sampleSeed() });
    expect(store.filePath).toBe(join(nested, databaseFileName));
    expect((await readdir(nested)).sort()).toEqual(['backups', databaseFileName, journalFileName].sort());
  });

  it('hands out snapshots: a change never alters a library taken before it', async () => {
    const store = await openFactStore({ dataDirectory, seed: sampleSeed(), writeDelayMs: 1 });
    const before = store.library();
    await star(store, 'trade-volume');
    expect(before.user.starred).toEqual([]);
    expect(store.library().user.starred).toEqual(['trade-volume']);
  });
});

describe('openFactStore: reopening', () => {
  it('reads back user data and settings', async () => {
    const first = await openFactStore({ dataDirectory, seed: sampleSeed(), writeDelayMs: 1 });
    expect((await star(first, 'trade-volume')).result).toEqual(['trade-volume']);
    expect((await star(first, 'enterprises')).result).toEqual(['trade-volume', 'enterprises']);
    const { result: note } = await first.change((user, context) =>
      annotations.createNote(user, context, { id: 'note-1', factId: 'enterprises', markdown: 'Ask about **Samsung**' }),
    );
    expect(await first.updateSettings({ lastTopic: 'annotated' })).toEqual({ lastTopic: 'annotated' });

    const second = await openFactStore({ dataDirectory, seed: sampleSeed() });
    expect(second.library().user.starred).toEqual(['trade-volume', 'enterprises']);
    expect(second.library().user.notes).toEqual([note]);
    expect(second.library().settings).toEqual({ lastTopic: 'annotated' });
    expect(second.library().facts).toEqual(first.library().facts);
    // History is for the session: a reopened store has nothing to undo.
    expect(second.library().history).toEqual({ canUndo: false, canRedo: false });
  });

  it('unstars a card and keeps starring idempotent', async () => {
    const store = await openFactStore({ dataDirectory, seed: sampleSeed(), writeDelayMs: 1 });
    await star(store, 'trade-volume');
    expect((await star(store, 'trade-volume')).result).toEqual(['trade-volume']);
    expect((await star(store, 'trade-volume', false)).result).toEqual([]);
    expect((await readDatabase()).user.starred).toEqual([]);
  });

  it('does not rewrite an unchanged database or its journal on open', async () => {
    await (await openFactStore({ dataDirectory, seed: sampleSeed() })).settled();
    const before = await savedBytes(dataDirectory);
    await (await openFactStore({ dataDirectory, seed: sampleSeed() })).settled();
    expect(await savedBytes(dataDirectory)).toEqual(before);
  });
});

describe('openFactStore: a file it cannot read', () => {
  const clock = () => new Date('2021-08-17T09:30:00.123Z');
  const damagedName = 'summit-briefing.corrupt-20210817T093000123Z.json';
  const { user: _user, lineage: _lineage, sequence: _sequence, ...current } = databaseFromSeed(sampleSeed());
  const { facts, sources } = sampleSeed();
  const schemaOne = { ...current, sources, facts, schemaVersion: 1, starred: [] };

  it.each([
    { name: 'not JSON', text: '{"schemaVersion":', detail: undefined },
    {
      name: 'JSON of the wrong shape',
      text: JSON.stringify({ ...databaseFromSeed(sampleSeed()), facts: 'oops' }),
      detail: 'facts',
    },
    {
      name: 'a version-1 file of the wrong shape',
      text: JSON.stringify({
        ...schemaOne,
        facts: [...schemaOne.facts, { ...sampleFact({ id: 'user-1' }), origin: 'user', title: '' }],
      }),
      detail: 'user.ownFacts[0].title',
    },
    { name: 'an empty file', text: '', detail: undefined },
    { name: 'a JSON array', text: '[]', detail: undefined },
  ])('moves $name aside, starts from the seed and says so', async ({ text, detail }) => {
    await writeFile(filePath, text, 'utf8');

    const store = await openFactStore({ dataDirectory, seed: sampleSeed(), clock });

    const damagedFile = join(dataDirectory, damagedName);
    const notice = store.library().notice;
    expect(notice).toMatchObject({ kind: 'started-fresh', damagedFile });
    expect(notice).not.toHaveProperty('backupFile');
    expect(notice!.message).toContain(damagedFile);
    expect(notice!.message).toContain(filePath);
    if (detail) expect(notice!.message).toContain(detail);
    expect(await readFile(damagedFile, 'utf8')).toBe(text);
    expect((await readDatabase()).user).toEqual(emptyUserData);
    expect(store.library().facts).toEqual(sampleSeed().facts);
    expect(store.library().user).toEqual(emptyUserData);
  });

  it('refuses a file from a newer schema version with database-too-new and leaves everything alone', async () => {
    const text = JSON.stringify({ schemaVersion: 99, facts: [] });
    await writeFile(filePath, text, 'utf8');

    const error = await rejection(openFactStore({ dataDirectory, seed: sampleSeed() }));

    expect(error.code).toBe('database-too-new');
    expect(error.message).toContain(filePath);
    expect(error.message).toMatch(/newer version/);
    expect(error.message).toContain('99');
    expect(await readFile(filePath, 'utf8')).toBe(text);
    expect(await readdir(dataDirectory)).toEqual([databaseFileName]);
  });
});

describe('FactStore.change', () => {
  it('answers not-found for an unknown card, writes nothing and records no undo step', async () => {
    const store = await openFactStore({ dataDirectory, seed: sampleSeed(), writeDelayMs: 1 });
    const before = await savedBytes(dataDirectory);

    const error = await rejection(star(store, 'no-such-card'));

    expect(error.code).toBe('not-found');
    expect(error.message).toContain('no-such-card');
    expect(store.writeCount()).toBe(0);
    expect(await savedBytes(dataDirectory)).toEqual(before);
    expect(store.library().user.starred).toEqual([]);
    expect(store.library().history).toEqual({ canUndo: false, canRedo: false });
  });

  it('coalesces 100 changes fired without awaiting into few writes, on disk when they resolve', async () => {
    const store = await openFactStore({ dataDirectory, seed: sampleSeed(), writeDelayMs: 50 });
    const { result: note } = await store.change((user, context) =>
      annotations.createNote(user, context, { id: 'note-1', factId: 'trade-volume', markdown: '' }),
    );
    const writesBefore = store.writeCount();

    const changes = Array.from({ length: 100 }, (_, index) =>
      store.change(
        (user, context) => annotations.updateNote(user, context, note.id, `edit ${index + 1}`),
        `note:${note.id}`,
      ),
    );
    const results = await Promise.all(changes);
    const onDisk = await readDatabase();

    expect(results.map(({ result }) => result.markdown)).toEqual(
      Array.from({ length: 100 }, (_, i) => `edit ${i + 1}`),
    );
    expect(store.writeCount() - writesBefore).toBeLessThanOrEqual(3);
    expect(onDisk.user.notes).toEqual([expect.objectContaining({ id: note.id, markdown: 'edit 100' })]);
  });

  it('writes typing at once on flush, without waiting for the coalescing window', async () => {
    const store = await openFactStore({ dataDirectory, seed: sampleSeed(), writeDelayMs: 60_000 });
    const { result: note } = await store.change((user, context) =>
      annotations.createNote(user, context, { id: 'note-1', factId: 'trade-volume', markdown: '' }),
    );
    const typing = store.change(
      (user, context) => annotations.updateNote(user, context, note.id, 'typed'),
      `note:${note.id}`,
    );
    expect((await readDatabase()).user.notes[0]!.markdown).toBe('');

    const started = Date.now();
    await store.flush();

    expect(Date.now() - started).toBeLessThan(5000);
    expect((await readDatabase()).user.notes[0]!.markdown).toBe('typed');
    await expect(typing).resolves.toMatchObject({ result: { markdown: 'typed' } });
    expect(store.writeCount()).toBe(2);
  });

  it('writes any change but typing at once, without a coalescing wait', async () => {
    const store = await openFactStore({ dataDirectory, seed: sampleSeed(), writeDelayMs: 60_000 });
    const started = Date.now();
    await star(store, 'enterprises');
    expect(Date.now() - started).toBeLessThan(5000);
    expect((await readDatabase()).user.starred).toEqual(['enterprises']);
  });

  it('undoes and redoes a change, on disk each time', async () => {
    const store = await openFactStore({ dataDirectory, seed: sampleSeed(), writeDelayMs: 1 });
    expect((await star(store, 'trade-volume')).answer.history).toEqual({ canUndo: true, canRedo: false });

    expect(await store.undo()).toEqual({
      changed: { starred: [] },
      history: { canUndo: false, canRedo: true },
      revision: 2,
    });
    expect(store.library().user).toEqual(emptyUserData);
    expect((await readDatabase()).user.starred).toEqual([]);

    const redone = await store.redo();
    expect(redone.changed.starred).toEqual(['trade-volume']);
    expect(redone.history).toEqual({ canUndo: true, canRedo: false });
    expect((await readDatabase()).user.starred).toEqual(['trade-volume']);
  });

  it('keeps settings out of the undo history', async () => {
    const store = await openFactStore({ dataDirectory, seed: sampleSeed(), writeDelayMs: 1 });
    await store.updateSettings({ lastTopic: 'security' });
    expect(store.library().history.canUndo).toBe(false);
    // A key sent as undefined means "no change".
    expect(await store.updateSettings({ lastTopic: undefined })).toEqual({ lastTopic: 'security' });
    expect((await readDatabase()).settings).toEqual({ lastTopic: 'security' });
  });
});

describe('openFactStore: a newer seed', () => {
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

  async function annotate(store: FactStore) {
    await star(store, 'trade-volume');
    await star(store, 'enterprises');
    await store.change((user, context) =>
      annotations.createNote(user, context, {
        id: 'note-1',
        factId: 'enterprises',
        markdown: 'A note on a dropped card',
      }),
    );
    await store.change((user, context) =>
      ownCards.createCard(user, context, 'user-1', {
        topic: 'security',
        title: 'My own card',
        body: 'Mine.',
        figures: [],
        people: [],
      }),
    );
    await store.updateSettings({ lastTopic: 'trade-investment' });
  }

  it('merges by id and leaves user data untouched', async () => {
    const first = await openFactStore({ dataDirectory, seed: sampleSeed(1), writeDelayMs: 1 });
    await annotate(first);
    const userBefore = first.library().user;

    const store = await openFactStore({ dataDirectory, seed: revisionTwo() });

    const titles = Object.fromEntries(store.library().facts.map((fact) => [fact.id, fact.title]));
    expect(titles).toEqual({
      'summit-overview': 'A state visit to Seoul, revised',
      'trade-volume': 'Trade volume',
      'abai-monument': 'The Abai monument',
    });
    for (const database of [store.library(), await readDatabase()]) {
      expect(database.seedRevision).toBe(2);
      // Even the star and note on a card the seed dropped stay: user data is never touched.
      expect(database.user).toEqual(userBefore);
      expect(database.settings).toEqual({ lastTopic: 'trade-investment' });
    }
  });

  it.each([
    { name: 'an equal', revision: 2 },
    { name: 'an older', revision: 1 },
  ])('changes nothing for $name seed revision', async ({ revision }) => {
    const store = await openFactStore({ dataDirectory, seed: revisionTwo(), writeDelayMs: 1 });
    await star(store, 'abai-monument');
    await store.settled();
    const before = await readDatabase();

    const reopened = await openFactStore({
      dataDirectory,
      seed: sampleSeed(revision, { facts: [sampleFact({ id: 'summit-overview', title: 'Some other title' })] }),
    });
    await reopened.settled();

    const { sequence: _before, ...held } = before;
    const { sequence: _after, ...now } = await readDatabase();
    expect(now).toEqual(held);
    expect(reopened.library().seedRevision).toBe(2);
    expect(reopened.library().user.starred).toEqual(['abai-monument']);
  });
});
