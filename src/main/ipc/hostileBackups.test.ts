import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFormat, backupVersion } from '../../shared/export/backupSchemas';
import { emptyUserData, type Database, type UserData } from '../../shared/schema/database';
import { listBackups } from '../domain/backups';
import { databaseFromSeed } from '../domain/seed';
import { call, callFails } from '../testing/routerCalls';
import { sampleFact, sampleSeed } from '../../shared/testing/sampleSeed';
import { openBriefingRouter, type BriefingRouter } from './openBriefingRouter';
import { savedBytes, savedDatabase } from '../testing/savedFiles';

/**
 * Backups crafted to break the database: ids that collide across kinds, keys that are Object's
 * own members, merges that grow past the size the app can open. Each is refused with the reason
 * before anything changes, or — for ids that are merely unusual — works like any other.
 */
let folder: string;
let dataDirectory: string;
let answer: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'summit-briefing-hostile-'));
  dataDirectory = join(folder, 'data');
  answer = join(folder, 'incoming.json');
});

afterEach(async () => {
  // A router's background compaction or backup must be over before its folder is removed.
  await Promise.all(routers.splice(0).map((router) => router.close()));
  await rm(folder, { recursive: true, force: true });
});

const routers: BriefingRouter[] = [];
async function track(opening: Promise<BriefingRouter>): Promise<BriefingRouter> {
  const router = await opening;
  routers.push(router);
  return router;
}
function open(maxDatabaseBytes?: number): Promise<BriefingRouter> {
  return track(
    openBriefingRouter({
      dataDirectory,
      seed: sampleSeed(),
      store: { writeDelayMs: 1, ...(maxDatabaseBytes ? { maxDatabaseBytes } : {}) },
      dialogs: { chooseSavePath: async () => undefined, chooseOpenPath: async () => answer },
    }),
  );
}

const at = '2021-08-17T09:00:00.000Z';
const ownCard = (id: string) => {
  const { sourceId: _source, paragraphs: _paragraphs, ...card } = sampleFact({ id, title: `Card ${id}` });
  return { ...card, origin: 'user' as const };
};

/** A backup file as "Export backup…" writes it, around `user`; `raw` replaces the text for keys JSON.stringify will not write. */
async function backupOf(user: Partial<UserData>, raw?: (text: string) => string): Promise<void> {
  const database: Database = { ...databaseFromSeed(sampleSeed()), user: { ...emptyUserData, ...user } };
  const text = JSON.stringify({ format: backupFormat, version: backupVersion, exportedAt: at, database });
  await writeFile(answer, raw ? raw(text) : text, 'utf8');
}

/** The import is refused at preview with `reason`, and nothing changed: window, file, backups. */
async function expectRefused(router: BriefingRouter, reason: RegExp): Promise<void> {
  const before = await savedBytes(dataDirectory);
  const backupsBefore = await listBackups(dataDirectory);
  const libraryBefore = await call(router, 'getLibrary', {});
  const error = await callFails(router, 'previewImport', {}, 'database-invalid').catch(async () =>
    callFails(router, 'previewImport', {}, 'invalid-request'),
  );
  expect(error.message).toMatch(/^incoming\.json cannot be imported: /);
  expect(`${error.message}\n${(error.details ?? []).join('\n')}`).toMatch(reason);
  expect(error.message).toMatch(/Nothing was changed\.$/);
  await router.flush();
  expect(await savedBytes(dataDirectory)).toEqual(before);
  expect(await listBackups(dataDirectory)).toEqual(backupsBefore);
  expect(await call(router, 'getLibrary', {})).toEqual(libraryBefore);
  // And the next start opens the same database, notes and all: nothing was started fresh.
  expect((await call(await open(), 'getLibrary', {})).user).toEqual(libraryBefore.user);
}

describe('hostile backups are refused with the reason, and nothing changes', () => {
  it('a tag whose id is the id of a shipped card', async () => {
    const router = await open();
    await call(router, 'createNote', { id: 'note-mine', factId: 'trade-volume', markdown: 'Mine' });
    await backupOf({ tags: [{ id: 'trade-volume', name: 'Clash', color: 'red', createdAt: at }] });
    await expectRefused(router, /the tag id "trade-volume" is already the id of a card/);
  });

  it('a note whose id is already a tag of this database', async () => {
    const router = await open();
    await call(router, 'createTag', { id: 'tag-1', name: 'Energy', color: 'green' });
    await backupOf({ notes: [{ id: 'tag-1', factId: 'trade-volume', markdown: 'x', createdAt: at, updatedAt: at }] });
    await expectRefused(router, /"tag-1" is already the id of a (note|tag)/);
  });

  it('a card tagged with a tag that does not exist', async () => {
    const router = await open();
    await backupOf({ cardTags: { 'trade-volume': ['tag-404'] } });
    await expectRefused(router, /carries a tag "tag-404" that does not exist/);
  });

  it('"__proto__" as a card id in the card tags, which a parser would silently drop', async () => {
    const router = await open();
    await backupOf({ tags: [{ id: 'tag-1', name: 'T', color: 'blue', createdAt: at }] }, (text) =>
      text.replace('"cardTags":{}', '"cardTags":{"__proto__":["tag-1"]}'),
    );
    await expectRefused(router, /the key "__proto__" cannot be a card id/);
  });

  it.each(['__proto__', 'toString', 'hasOwnProperty'])('"%s" as a note id', async (id) => {
    const router = await open();
    await backupOf({ notes: [{ id, factId: 'trade-volume', markdown: 'x', createdAt: at, updatedAt: at }] });
    await expectRefused(router, /an id uses lower-case letters, digits and hyphens only/);
  });

  it('a merge that would make the database larger than the app can open again', async () => {
    const router = await open(60_000);
    const notes = Array.from({ length: 60 }, (_, index) => ({
      id: `note-big-${index}`,
      factId: 'trade-volume',
      markdown: 'x'.repeat(1000),
      createdAt: at,
      updatedAt: at,
    }));
    await backupOf({ notes });
    await expectRefused(
      router,
      /importing it would make the database \d+ KB, more than the 59 KB Summit Briefing can open again/,
    );
  });

  it('at the real 100 MB limit: the second of two large imports is refused, the first kept', async () => {
    const router = await open();
    // Notes of the largest size allowed, so two backups of about 53 MB each merge past 100 MB.
    const bigNotes = (batch: string) =>
      Array.from({ length: 520 }, (_, index) => ({
        id: `note-${batch}-${index}`,
        factId: 'trade-volume',
        markdown: `${batch} ${'x'.repeat(100 * 1024 - 8)}`,
        createdAt: at,
        updatedAt: at,
      }));
    await backupOf({ notes: bigNotes('aa') });
    const first = await call(router, 'previewImport', {});
    if (first.status !== 'ready') throw new Error('no preview');
    await call(router, 'applyImport', { token: first.token });
    // The first import is large enough to start a compaction: let it finish before taking the bytes.
    await router.settled();
    const bytesBefore = await savedBytes(dataDirectory);

    await backupOf({ notes: bigNotes('bb') });
    const error = await callFails(router, 'previewImport', {}, 'invalid-request');
    expect(error.message).toMatch(
      /^incoming\.json cannot be imported: importing it would make the database 10\d MB, more than the 100 MB Summit Briefing can open again\. Nothing was changed\.$/,
    );
    await router.settled();
    expect(await savedBytes(dataDirectory)).toEqual(bytesBefore);
    expect((await savedDatabase(dataDirectory)).user.notes).toHaveLength(520);
  }, 60_000);

  it('an import that became invalid between preview and apply is refused at apply', async () => {
    const router = await open();
    await backupOf({ tags: [{ id: 'note-late', name: 'Late', color: 'red', createdAt: at }] });
    const preview = await call(router, 'previewImport', {});
    if (preview.status !== 'ready') throw new Error('no preview');
    // Meanwhile the user writes a note whose id the backup's tag has.
    await call(router, 'createNote', { id: 'note-late', factId: 'trade-volume', markdown: 'Mine' });
    const before = await call(router, 'getLibrary', {});

    const error = await callFails(router, 'applyImport', { token: preview.token }, 'invalid-request');

    expect(error.message).toMatch(
      /^incoming\.json cannot be imported: importing it would leave the database inconsistent/,
    );
    expect(error.message).toMatch(/"note-late" is already the id of a (note|tag)/);
    expect(await call(router, 'getLibrary', {})).toEqual(before);
    await router.flush();
    expect((await savedDatabase(dataDirectory)).user).toEqual(before.user);
  });
});

/** A collection file as "Export as file…" writes it: a backup whose `scope` names the one collection it holds. */
const collection = { id: 'collection-astana', name: 'Astana visit 2024', createdAt: at };
function collectionFileOf(
  user: Partial<UserData>,
  scope: unknown = { kind: 'collection', collectionId: collection.id, name: collection.name },
) {
  return backupOf({ collections: [collection], ...user }, (text) =>
    text.replace(`"exportedAt":"${at}"`, `"exportedAt":"${at}","scope":${JSON.stringify(scope)}`),
  );
}

describe('hostile collection files are refused with the reason, and nothing changes', () => {
  it('a note on a card of another collection (a shipped card, which is the summit’s)', async () => {
    const router = await open();
    await collectionFileOf({
      notes: [{ id: 'note-smuggled', factId: 'trade-volume', markdown: 'x', createdAt: at, updatedAt: at }],
    });
    await expectRefused(
      router,
      /holds the collection “Astana visit 2024”, but it names the card “trade-volume”, which is not in that collection/,
    );
  });

  it('a card of the user’s own written for another collection', async () => {
    const router = await open();
    await collectionFileOf({ ownFacts: [{ ...ownCard('user-elsewhere'), collectionId: 'collection-other' }] });
    await expectRefused(router, /the card “Card user-elsewhere” is in another collection/);
  });

  it('a second collection, or none, beside the one it names', async () => {
    const router = await open();
    await collectionFileOf({ collections: [collection, { ...collection, id: 'collection-other', name: 'Other' }] });
    await expectRefused(router, /the collections inside are not the one it names/);
    await collectionFileOf({ collections: [] });
    await expectRefused(router, /the collections inside are not the one it names/);
  });

  it('a collection whose record is called otherwise than the file says, or whose name is taken here', async () => {
    const router = await open();
    await collectionFileOf({ collections: [{ ...collection, name: 'Something else' }] });
    await expectRefused(router, /the collections inside are not the one it names/);
    await call(router, 'createCollection', { name: 'ASTANA visit 2024' });
    await collectionFileOf({});
    await expectRefused(router, /another collection here is already called “ASTANA visit 2024” \(rename it/);
  });

  it('briefs, which a collection file never holds', async () => {
    const router = await open();
    await collectionFileOf({ briefs: [{ id: 'brief-1' } as never] });
    await expectRefused(router, /holds briefs|shape Summit Briefing expects/);
  });

  it.each([
    ['no collection id', { kind: 'collection', name: 'Astana' }],
    ['another kind of scope', { kind: 'topic', collectionId: 'collection-astana', name: 'Astana' }],
    ['a name of 500 characters', { kind: 'collection', collectionId: 'collection-astana', name: 'x'.repeat(500) }],
  ])('a scope with %s', async (_name, scope) => {
    const router = await open();
    await collectionFileOf({}, scope);
    await expectRefused(router, /it says it holds one collection, but does not say which/);
  });
});

describe('unusual ids that are still ids', () => {
  it('constructor works as a card, tag and note id: preview, import, window and a fresh start', async () => {
    const router = await open();
    await backupOf({
      ownFacts: [ownCard('constructor')],
      tags: [{ id: 'valueof', name: 'Odd', color: 'teal', createdAt: at }],
      notes: [
        { id: 'hasownproperty', factId: 'constructor', markdown: 'On constructor', createdAt: at, updatedAt: at },
      ],
      starred: ['constructor'],
      cardTags: { constructor: ['valueof'] },
    });
    const preview = await call(router, 'previewImport', {});
    if (preview.status !== 'ready') throw new Error('no preview');
    expect(preview.summary).toMatchObject({
      ownCards: { added: 1, changed: 0 },
      notes: { added: 1, changed: 0 },
      tags: { added: 1, changed: 0 },
      cardTags: { added: 1, changed: 0 },
      stars: { added: 1, changed: 0 },
    });
    const imported = await call(router, 'applyImport', { token: preview.token });
    expect(imported.changed.cardTags).toEqual({
      upserted: [{ factId: 'constructor', tagIds: ['valueof'] }],
      removed: [],
    });
    const library = await call(router, 'getLibrary', {});
    expect(Object.hasOwn(library.user.cardTags, 'constructor')).toBe(true);
    expect((await call(await open(), 'getLibrary', {})).user).toEqual(library.user);
  });
});
