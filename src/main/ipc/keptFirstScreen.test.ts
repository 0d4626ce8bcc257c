import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { allFacts } from '../../shared/librarySelection';
import { sampleSeed } from '../../shared/testing/sampleSeed';
import { databaseFileName } from '../domain/factStore';
import { firstScreenFileName, readFirstScreenFile, seedStamp } from '../domain/firstScreenFile';
import { nodeFileSystem, type FileSystem } from '../domain/ports/fileSystem';
import { call } from '../testing/routerCalls';
import {
  closeRouterOnTempFolder,
  openRouterOnTempFolder,
  type RouterOnTempFolder,
} from '../testing/routerOnTempFolder';
import { openBriefingRouter, type BriefingRouter } from './openBriefingRouter';

/** The real disk, but the database file's reads wait until the test lets them go: a slow open of a large file. */
function diskWithHeldDatabase(): { disk: FileSystem; release: () => void } {
  let release = () => undefined as void;
  const held = new Promise<void>((done) => (release = done));
  const disk: FileSystem = {
    ...nodeFileSystem,
    async open(path, flags, mode) {
      if (path.endsWith(databaseFileName) && (flags === 'r' || typeof flags === 'number')) await held;
      return nodeFileSystem.open(path, flags, mode);
    },
  };
  return { disk, release };
}

let opened: RouterOnTempFolder;
const others: BriefingRouter[] = [];

afterEach(async () => {
  for (const router of others.splice(0)) await router.close();
  await closeRouterOnTempFolder(opened);
});

/** A session that stars a card, writes a note on it and remembers its topic, then quits as the app does. */
async function sessionThatQuits(name: string) {
  opened = await openRouterOnTempFolder(name);
  const { router } = opened;
  const library = await call(router, 'getLibrary', {});
  const card = allFacts(library)[1];
  if (!card) throw new Error('the sample seed has fewer than two cards');
  await call(router, 'createNote', { id: 'note-kept', factId: card.id, markdown: 'Said at the last meeting' });
  await call(router, 'setStarred', { factId: card.id, starred: true });
  await call(router, 'updateSettings', { lastTopic: 'starred' });
  expect(await router.whenIdle(5000)).toBe(true);
  const expected = await call(router, 'getFirstScreen', { limit: 12 });
  await router.close();
  return { card, expected };
}

function restart(disk: FileSystem, seed: unknown = sampleSeed()) {
  return openBriefingRouter({
    seed,
    dataDirectory: opened.dataDirectory,
    store: { writeDelayMs: 10, fileSystem: disk },
  });
}

describe('the first screen kept at the last quit', () => {
  it('is answered while the database is still being read, and is what the opened store answers', async () => {
    const { card, expected } = await sessionThatQuits('kept-first-screen');
    const { disk, release } = diskWithHeldDatabase();
    const router = await restart(disk);
    others.push(router);

    // The database has not been read yet: the first screen comes from the small file.
    const early = await call(router, 'getFirstScreen', { limit: 12 });
    expect(early.selection).toBe('starred');
    expect(allFacts(early.library).map((fact) => fact.id)).toEqual([card.id]);
    expect(early.library.user.notes.map((note) => note.markdown)).toEqual(['Said at the last meeting']);
    expect(early.counts).toEqual(expected.counts);
    expect(early.library.history).toEqual({ canUndo: false, canRedo: false });

    let libraryAnswered = false;
    const library = call(router, 'getLibrary', {}).then((answer) => ((libraryAnswered = true), answer));
    await new Promise((done) => setTimeout(done, 50));
    expect(libraryAnswered).toBe(false);
    release();
    await library;
    const fromStore = await call(router, 'getFirstScreen', { limit: 12 });
    expect(early).toEqual(fromStore);
  });

  it('is not used once the files changed after it was written: a change saved without a clean quit is shown', async () => {
    const { card } = await sessionThatQuits('kept-then-changed');
    // A later session changes the note and ends without quitting (a crash, a kill): no new file is written.
    const crashed = await restart(nodeFileSystem);
    const note = (await call(crashed, 'getLibrary', {})).user.notes[0];
    await call(crashed, 'updateNote', { noteId: note!.id, markdown: 'Changed after the last quit' });
    await crashed.flush();
    await crashed.close();

    const router = await restart(nodeFileSystem);
    others.push(router);
    const screen = await call(router, 'getFirstScreen', { limit: 12 });
    expect(allFacts(screen.library).map((fact) => fact.id)).toEqual([card.id]);
    expect(screen.library.user.notes.map((kept) => kept.markdown)).toEqual(['Changed after the last quit']);
  });

  it('is not used with another seed (an update of the app)', async () => {
    await sessionThatQuits('kept-other-seed');
    const updated = sampleSeed(2);
    updated.facts[1]!.title = 'A title the update changed';
    const { disk, release } = diskWithHeldDatabase();
    const opening = restart(disk, updated);
    // Without a usable file the router opens the store before it answers anything.
    let ready = false;
    void opening.then(() => (ready = true));
    await new Promise((done) => setTimeout(done, 50));
    expect(ready).toBe(false);
    release();
    const router = await opening;
    others.push(router);
    const screen = await call(router, 'getFirstScreen', { limit: 12 });
    expect(allFacts(screen.library)[0]?.title).toBe('A title the update changed');
  });

  it('is refused when damaged, not in its format, or too large, and the next quit writes it again', async () => {
    await sessionThatQuits('kept-damaged');
    const seed = seedStamp(sampleSeed());
    const path = join(opened.dataDirectory, firstScreenFileName);
    const kept = await readFile(path, 'utf8');
    expect(await readFirstScreenFile(nodeFileSystem, opened.dataDirectory, seed)).toBeDefined();
    const parsed = JSON.parse(kept) as { firstScreen: object };
    const damaged = [
      kept.slice(0, kept.length / 2),
      JSON.stringify({ ...parsed, firstScreen: { ...parsed.firstScreen, total: -1 } }),
      JSON.stringify({ ...parsed, format: 2 }),
      JSON.stringify({ ...parsed, script: '<script>alert(1)</script>' }),
      '\u0000'.repeat(64),
      ' '.repeat(9 * 1024 * 1024),
    ];
    for (const text of damaged) {
      await writeFile(path, text);
      expect(await readFirstScreenFile(nodeFileSystem, opened.dataDirectory, seed)).toBeUndefined();
    }

    const router = await restart(nodeFileSystem);
    await call(router, 'getLibrary', {});
    expect(await router.whenIdle(5000)).toBe(true);
    await router.close();
    expect(await readFirstScreenFile(nodeFileSystem, opened.dataDirectory, seed)).toBeDefined();
  });
});
