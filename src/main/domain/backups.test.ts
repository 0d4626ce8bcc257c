import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as annotations from './annotationOperations';
import { backupFolderName, backupsKept, fileStamp, listBackups, writeBackup } from './backups';
import { readDatabaseAt } from './databaseFile';
import { databaseFileName, openFactStore, type FactStore } from './factStore';
import { sampleSeed } from '../testing/sampleSeed';

let dataDirectory: string;
let filePath: string;
let backupFolder: string;
let now: number;
const clock = () => new Date(now);

beforeEach(async () => {
  dataDirectory = await mkdtemp(join(tmpdir(), 'summit-briefing-backups-'));
  filePath = join(dataDirectory, databaseFileName);
  backupFolder = join(dataDirectory, backupFolderName);
  now = Date.parse('2021-08-17T09:00:00.000Z');
});

afterEach(async () => {
  await rm(dataDirectory, { recursive: true, force: true });
});

function open(options: { backupIntervalMs?: number } = {}): Promise<FactStore> {
  return openFactStore({ dataDirectory, seed: sampleSeed(), clock, writeDelayMs: 1, ...options });
}

function star(store: FactStore, factId: string) {
  return store.change((user, context) => annotations.setStarred(user, context, factId, true));
}

async function folderContents(folder: string): Promise<Record<string, string>> {
  const names = (await readdir(folder)).sort();
  return Object.fromEntries(
    await Promise.all(names.map(async (name) => [name, await readFile(join(folder, name), 'utf8')])),
  );
}

describe('backups', () => {
  it('names backups with a sortable UTC stamp and lists them newest first, ignoring other files', async () => {
    expect(fileStamp(new Date('2021-08-17T09:30:00.123Z'))).toBe('20210817T093000123Z');
    expect(await listBackups(dataDirectory)).toEqual([]);

    const older = await writeBackup(dataDirectory, 'older', new Date('2021-08-17T09:00:00.000Z'));
    const newer = await writeBackup(dataDirectory, 'newer', new Date('2021-08-18T09:00:00.000Z'));
    await writeFile(join(backupFolder, 'notes.txt'), 'not a backup', 'utf8');

    expect(await listBackups(dataDirectory)).toEqual([newer, older]);
    expect(basename(newer)).toBe('summit-briefing-20210818T090000000Z.json');
    expect(await readFile(newer, 'utf8')).toBe('newer');
  });

  it('keeps a backup of the database as it was opened', async () => {
    await open();
    const backups = await listBackups(dataDirectory);
    expect(backups).toHaveLength(1);
    expect(await readFile(backups[0]!, 'utf8')).toBe(await readFile(filePath, 'utf8'));
  });

  it(`keeps at most ${backupsKept}, dropping the oldest`, async () => {
    for (let session = 0; session < backupsKept + 5; session++) {
      now += 60_000;
      const store = await open();
      await star(store, session % 2 ? 'trade-volume' : 'enterprises');
    }
    const backups = await listBackups(dataDirectory);
    expect(backups).toHaveLength(backupsKept);
    // The newest ones survive: the last session's opening backup is among them.
    expect(basename(backups[0]!)).toBe(`summit-briefing-${fileStamp(new Date(now))}.json`);
    expect(basename(backups.at(-1)!)).toBe(
      `summit-briefing-${fileStamp(new Date(now - (backupsKept - 1) * 60_000))}.json`,
    );
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
    expect(notice.message).toMatch(/backup was restored/);
    expect(await readFile(damagedFile, 'utf8')).toBe(damaged);
    expect(await readFile(filePath, 'utf8')).toBe(await readFile(goodBackup!, 'utf8'));
    expect(store.library().user.starred).toEqual(['trade-volume']);
    // The restored store works as usual.
    await star(store, 'enterprises');
    expect((await readDatabaseAt(filePath))!.database.user.starred).toEqual(['trade-volume', 'enterprises']);
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
    expect((await readDatabaseAt(filePath))!.database.facts).toEqual(sampleSeed().facts);
  });

  it('tells the user only once: the next start is quiet', async () => {
    await open();
    await writeFile(filePath, damaged, 'utf8');
    now += 60_000;
    expect((await open()).library().notice?.kind).toBe('restored-from-backup');
    now += 60_000;
    expect((await open()).library().notice).toBeUndefined();
  });
});
