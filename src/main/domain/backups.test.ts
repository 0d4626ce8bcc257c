import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as annotations from './annotationOperations';
import {
  backupFolderName,
  backupsKept,
  backupsToKeep,
  fileStamp,
  listBackupEntries,
  listBackups,
  writeBackup,
  type BackupEntry,
} from './backups';
import { readDatabaseAt } from './databaseFile';
import { databaseFileName, journalFileName, openFactStore, type FactStore } from './factStore';
import { sampleSeed } from '../../shared/testing/sampleSeed';
import { FaultyFileSystem } from '../testing/faultyFileSystem';
import { savedDatabase } from '../testing/savedFiles';

let dataDirectory: string;
let filePath: string;
let backupFolder: string;
let now: number;
const clock = () => new Date(now);
const day = 24 * 60 * 60 * 1000;

beforeEach(async () => {
  dataDirectory = await mkdtemp(join(tmpdir(), 'summit-briefing-backups-'));
  filePath = join(dataDirectory, databaseFileName);
  backupFolder = join(dataDirectory, backupFolderName);
  now = Date.parse('2021-08-17T09:00:00.000Z');
});

afterEach(async () => {
  await current?.close();
  current = undefined;
  await rm(dataDirectory, { recursive: true, force: true });
});

let current: FactStore | undefined;

/**
 * One session at a time, as the data folder's lock makes it in the app: the last session ends
 * first, and the new one has done what its start leaves to the background (a compaction, a backup).
 */
async function open(options: { backupIntervalMs?: number } = {}): Promise<FactStore> {
  await current?.close();
  current = await openFactStore({ dataDirectory, seed: sampleSeed(), clock, writeDelayMs: 1, ...options });
  await current.settled();
  return current;
}

/** Stars a card and waits for the write and any backup it brings. */
async function star(store: FactStore, factId: string, starred = true) {
  const done = await store.change((user, context) => annotations.setStarred(user, context, factId, starred));
  await store.settled();
  return done;
}

async function folderContents(folder: string): Promise<Record<string, string>> {
  const names = (await readdir(folder)).sort();
  return Object.fromEntries(
    await Promise.all(names.map(async (name) => [name, await readFile(join(folder, name), 'utf8')])),
  );
}

function entry(sequence: number, takenAt: number): BackupEntry {
  return { path: `/b/${sequence}`, sequence, takenAt, tieBreak: '' };
}

describe('backup names and order', () => {
  it('numbers backups in sequence, with a sortable UTC stamp, newest first, ignoring other files', async () => {
    expect(fileStamp(new Date('2021-08-17T09:30:00.123Z'))).toBe('20210817T093000123Z');
    expect(await listBackups(dataDirectory)).toEqual([]);

    const older = await writeBackup(dataDirectory, 'older', new Date('2021-08-17T09:00:00.000Z'));
    const newer = await writeBackup(dataDirectory, 'newer', new Date('2021-08-18T09:00:00.000Z'));
    await writeFile(join(backupFolder, 'notes.txt'), 'not a backup', 'utf8');

    expect(await listBackups(dataDirectory)).toEqual([newer, older]);
    expect(basename(older)).toBe('summit-briefing-000001-20210817T090000000Z.json');
    expect(basename(newer)).toBe('summit-briefing-000002-20210818T090000000Z.json');
    expect(await readFile(newer, 'utf8')).toBe('newer');
  });

  it('orders by sequence, not by the clock: a backup taken after the clock was set back is the newest', async () => {
    const first = await writeBackup(dataDirectory, 'first', new Date('2021-08-18T09:00:00.000Z'));
    const afterClockChange = await writeBackup(dataDirectory, 'second', new Date('2020-01-01T00:00:00.000Z'));
    expect(await listBackups(dataDirectory)).toEqual([afterClockChange, first]);
  });

  it('reads backups named before sequences as older than any numbered one', async () => {
    await mkdir(backupFolder);
    const legacy = join(backupFolder, 'summit-briefing-20300101T000000000Z.json');
    const legacyOlder = join(backupFolder, 'summit-briefing-20290101T000000000Z-1.json');
    await writeFile(legacy, 'legacy', 'utf8');
    await writeFile(legacyOlder, 'legacy older', 'utf8');
    const numbered = await writeBackup(dataDirectory, 'numbered', new Date('2021-08-17T09:00:00.000Z'));
    expect(await listBackups(dataDirectory)).toEqual([numbered, legacy, legacyOlder]);
    expect((await listBackupEntries(dataDirectory))[0]!.sequence).toBe(1);
  });
});

describe('which backups are kept', () => {
  it(`keeps the newest ${backupsKept} and nothing else when they are all from today`, () => {
    const entries = Array.from({ length: 15 }, (_, index) => entry(15 - index, now - index * 60_000));
    const kept = backupsToKeep(entries, now);
    expect([...kept].sort()).toEqual(
      entries
        .slice(0, backupsKept)
        .map((backup) => backup.path)
        .sort(),
    );
  });

  it('also keeps the newest of each day for a week and of each week for a month', () => {
    // One backup a day for 40 days, newest first, with 10 more from today in front of them.
    const today = Array.from({ length: 10 }, (_, index) => entry(100 - index, now - index * 1000));
    const daily = Array.from({ length: 40 }, (_, index) => entry(80 - index, now - (index + 1) * day));
    const kept = backupsToKeep([...today, ...daily], now);

    for (const backup of today) expect(kept.has(backup.path)).toBe(true);
    // The six days before today (a week with today) each keep one.
    for (const backup of daily.slice(0, 6)) expect(kept.has(backup.path)).toBe(true);
    // Older than a week but within a month: about one a week.
    const weekly = daily.slice(6, 29).filter((backup) => kept.has(backup.path));
    expect(weekly.length).toBeGreaterThanOrEqual(3);
    expect(weekly.length).toBeLessThanOrEqual(5);
    // Past a month: none.
    for (const backup of daily.slice(31)) expect(kept.has(backup.path)).toBe(false);
  });

  it('never drops the newest backup, whatever the clock says', () => {
    const entries = [entry(3, now - 400 * day), entry(2, now + 400 * day), entry(1, now)];
    expect(backupsToKeep(entries, now).has(entries[0]!.path)).toBe(true);
  });
});

describe('backups while the app is used', () => {
  it('keeps a backup of the database as it was opened', async () => {
    await open();
    const backups = await listBackups(dataDirectory);
    expect(backups).toHaveLength(1);
    expect(await readFile(backups[0]!, 'utf8')).toBe(await readFile(filePath, 'utf8'));
  });

  it(`keeps the newest ${backupsKept} of a day's sessions, dropping the oldest`, async () => {
    for (let session = 0; session < backupsKept + 5; session++) {
      now += 60_000;
      const store = await open();
      await star(store, 'trade-volume', session % 2 === 0);
    }
    const entries = await listBackupEntries(dataDirectory);
    expect(entries).toHaveLength(backupsKept);
    // The newest survive: numbered on, the last session's opening backup first.
    expect(entries.map((backup) => backup.sequence)).toEqual(
      Array.from({ length: backupsKept }, (_, index) => backupsKept + 5 - index),
    );
    expect(basename(entries[0]!.path)).toContain(fileStamp(new Date(now)));
  });

  it('keeps no backup at a start when nothing changed since the last one', async () => {
    const store = await open();
    await store.change((user, context) =>
      annotations.createNote(user, context, { id: 'note-1', factId: 'trade-volume', markdown: 'keep me' }),
    );
    // The next start backs up the note; then the note is deleted.
    now += day;
    const next = await open();
    await next.change((user) => annotations.deleteNote(user, 'note-1'));
    await next.settled();
    const withNote = (await listBackups(dataDirectory))[0]!;
    expect((await readDatabaseAt(withNote))!.database.user.notes).toHaveLength(1);

    // One start after the deletion backs it up; the ten after that, with no edit, keep nothing new.
    now += 60_000;
    await open();
    const countAfterDeletion = (await listBackups(dataDirectory)).length;
    for (let launch = 0; launch < 10; launch++) {
      now += 60_000;
      await open();
    }
    expect(await listBackups(dataDirectory)).toHaveLength(countAfterDeletion);
    expect(await listBackups(dataDirectory)).toContain(withNote);
  });

  it('keeps every new backup when the clock has been set back', async () => {
    const store = await open({ backupIntervalMs: 0 });
    for (let edit = 0; edit < backupsKept + 3; edit++) {
      now -= 60_000;
      await star(store, 'trade-volume', edit % 2 === 0);
      const [newest] = await listBackups(dataDirectory);
      expect((await readDatabaseAt(newest!))!.database.user.starred).toEqual(edit % 2 === 0 ? ['trade-volume'] : []);
    }
    expect(await listBackups(dataDirectory)).toHaveLength(backupsKept);
  });

  it('backs up while the app runs at most once per interval', async () => {
    const store = await open({ backupIntervalMs: 10 * 60_000 });
    await star(store, 'trade-volume');
    expect(await listBackups(dataDirectory)).toHaveLength(1); // the one taken at open

    now += 10 * 60_000;
    await star(store, 'enterprises');
    const backups = await listBackups(dataDirectory);
    expect(backups).toHaveLength(2);
    expect((await readDatabaseAt(backups[0]!))!.database.user.starred).toEqual(['trade-volume', 'enterprises']);

    now += 60_000;
    await star(store, 'summit-overview');
    expect(await listBackups(dataDirectory)).toHaveLength(2);
  });
});

describe('recovering a damaged database', () => {
  const damaged = '{"schemaVersion":2,"seedRevision":1,"sour';

  it('restores the newest good backup, keeps the damaged file byte-identical and names both', async () => {
    const first = await open();
    now += 60_000;
    await star(first, 'trade-volume');
    // A later session opens the file with the star and backs it up.
    now += 60_000;
    await open();
    const [goodBackup] = await listBackups(dataDirectory);
    await writeFile(filePath, damaged, 'utf8');
    now += 60_000;

    const store = await open();

    const damagedFile = join(dataDirectory, `summit-briefing.corrupt-${fileStamp(new Date(now))}.json`);
    const notice = store.library().notice!;
    expect(notice).toMatchObject({ kind: 'restored-from-backup', damagedFile, backupFile: goodBackup });
    expect(notice.message).toContain(damagedFile);
    expect(notice.message).toContain(goodBackup);
    expect(notice.message).toMatch(/backup was restored/);
    expect(await readFile(damagedFile, 'utf8')).toBe(damaged);
    expect(await readFile(filePath, 'utf8')).toBe(await readFile(goodBackup!, 'utf8'));
    expect(store.library().user.starred).toEqual(['trade-volume']);
    // The restored store works as usual.
    await star(store, 'enterprises');
    expect((await savedDatabase(dataDirectory)).user.starred).toEqual(['trade-volume', 'enterprises']);
  });

  it('skips backups that are damaged themselves and leaves them in place', async () => {
    await open();
    now += 60_000;
    const [good] = await listBackups(dataDirectory);
    const damagedBackup = await writeBackup(dataDirectory, '{"oops": true}', clock());
    await writeFile(filePath, damaged, 'utf8');
    now += 60_000;

    const store = await open();

    expect(store.library().notice).toMatchObject({ kind: 'restored-from-backup', backupFile: good });
    expect(await readFile(damagedBackup, 'utf8')).toBe('{"oops": true}');
  });

  it('starts fresh from the seed when every backup is damaged too, and deletes nothing', async () => {
    await mkdir(backupFolder);
    for (const [index, text] of ['', 'not json', '{"schemaVersion":2}'].entries()) {
      await writeFile(join(backupFolder, `summit-briefing-2021081${index}T000000000Z.json`), text, 'utf8');
    }
    await writeFile(filePath, damaged, 'utf8');
    const backupsBefore = await folderContents(backupFolder);

    const store = await open();

    const damagedFile = join(dataDirectory, `summit-briefing.corrupt-${fileStamp(new Date(now))}.json`);
    expect(store.library().notice).toMatchObject({ kind: 'started-fresh', damagedFile });
    expect(store.library().notice!.message).toContain(damagedFile);
    expect(await readFile(damagedFile, 'utf8')).toBe(damaged);
    expect(await folderContents(backupFolder)).toEqual(backupsBefore);
    expect(store.library().facts).toEqual(sampleSeed().facts);
    expect(await savedDatabase(dataDirectory)).not.toHaveProperty('facts');
  });

  // Found by the crash test, once in 1,000 kills under load: a recovery killed after the restored copy was in place but
  // before the journal of later changes was replaced left the two side by side, and the next start took them for damage
  // (and kept a "damaged" journal aside and said so). Each step of the recovery is cut short here, as a kill would.
  it.each([
    ['keeping the journal of later changes aside', { operation: 'link', path: /journal\.corrupt-/ }],
    ['replacing that journal', { operation: 'rename', path: /summit-briefing\.journal\.jsonl$/ }],
    ['putting the restored copy in place', { operation: 'rename', path: /summit-briefing\.json$/ }],
  ] as const)(
    'a recovery killed while %s is done again at the next start, which finds no other damage',
    async (_, step) => {
      // A backup at change 1, and the file compacted past it: the journal continues the file, and cannot continue the backup.
      const store = await openFactStore({
        dataDirectory,
        seed: sampleSeed(),
        clock,
        writeDelayMs: 1,
        compaction: { maxLines: 2, minBytes: 1, fileRatio: 0.0001 },
      });
      await store.settled();
      for (const [factId, starred] of [
        ['trade-volume', true],
        ['enterprises', true],
        ['summit-overview', true],
        ['trade-volume', false],
      ] as const) {
        now += 1000;
        await star(store, factId, starred);
      }
      await store.close();
      expect((await listBackupEntries(dataDirectory)).map((backup) => backup.sequence)).toEqual([1]);
      const backedUp = await readDatabaseAt((await listBackups(dataDirectory))[0]!);
      const journalText = await readFile(join(dataDirectory, journalFileName), 'utf8');
      expect((JSON.parse(journalText.split('\n')[0]!) as { after: number }).after).toBeGreaterThan(1);
      await writeFile(filePath, damaged, 'utf8');
      now += 60_000;

      const disk = new FaultyFileSystem();
      disk.fail({ ...step, code: 'KILLED', hang: true });
      // Never settles: the process is taken to be killed at that step.
      void openFactStore({ dataDirectory, seed: sampleSeed(), clock, writeDelayMs: 1, fileSystem: disk });
      await vi.waitFor(() => expect(disk.count(step.operation)).toBeGreaterThan(0));
      await new Promise((resolve) => setTimeout(resolve, 20));

      now += 60_000;
      const next = await open();
      expect(next.library().notice).toMatchObject({ kind: 'restored-from-backup' });
      expect(next.library().user.starred).toEqual(backedUp?.database.user.starred);
      now += 60_000;
      // Nothing else was damaged: the start after is quiet (no journal taken for damage, no repair to report).
      expect((await open()).library().notice).toBeUndefined();
    },
  );

  it('tells the user only once: the next start is quiet', async () => {
    await open();
    await writeFile(filePath, damaged, 'utf8');
    now += 60_000;
    expect((await open()).library().notice?.kind).toBe('restored-from-backup');
    now += 60_000;
    expect((await open()).library().notice).toBeUndefined();
  });
});
