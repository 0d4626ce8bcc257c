import { execFileSync } from 'node:child_process';
import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBackups } from '../domain/backups';
import { readDatabaseAt } from '../domain/databaseFile';
import { savedDatabase } from '../testing/savedFiles';
import { databaseFileName } from '../domain/factStore';
import { FaultyFileSystem } from '../testing/faultyFileSystem';
import { call, callFails } from '../testing/routerCalls';
import { sampleSeed } from '../../shared/testing/sampleSeed';
import { openBriefingRouter, type BriefingRouter } from './openBriefingRouter';
import { savedBytes } from '../testing/savedFiles';

let folder: string;
let dataDirectory: string;
let filePath: string;
let disk: FaultyFileSystem;
const answers: { save?: string; open?: string } = {};

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'summit-briefing-files-'));
  dataDirectory = join(folder, 'data');
  filePath = join(dataDirectory, databaseFileName);
  disk = new FaultyFileSystem();
  delete answers.save;
  delete answers.open;
});

afterEach(async () => {
  // A router's background compaction or backup must be over before its folder is removed.
  await Promise.all(routers.splice(0).map((router) => router.close()));
  disk.heal();
  await rm(folder, { recursive: true, force: true });
});

const routers: BriefingRouter[] = [];
async function track(opening: Promise<BriefingRouter>): Promise<BriefingRouter> {
  const router = await opening;
  routers.push(router);
  return router;
}
function open(): Promise<BriefingRouter> {
  return track(
    openBriefingRouter({
      dataDirectory,
      seed: sampleSeed(),
      store: { writeDelayMs: 1, fileSystem: disk, retryDelaysMs: [1] },
      printer: { printPack: async () => ({ pdf: new TextEncoder().encode('%PDF-1.7 pack'), pages: 1 }) },
      dialogs: {
        chooseSavePath: async ({ defaultName }) => answers.save ?? join(folder, defaultName),
        chooseOpenPath: async () => answers.open,
      },
      reveal: { reveal: () => undefined },
    }),
  );
}

const note = { id: 'note-1', factId: 'trade-volume', markdown: 'Ask about LNG' };

describe('a read-only data folder', () => {
  it('opens for reading with the reason, and refuses every change with it, writing nothing', async () => {
    const first = await open();
    await call(first, 'createNote', note);
    await first.flush();
    const before = await savedBytes(dataDirectory);
    const namesBefore = (await readdir(dataDirectory)).sort();
    disk.makeReadOnly('EROFS');

    const router = await open();
    const library = await call(router, 'getLibrary', {});
    expect(library.readOnly?.reason).toMatch(/^The disk holding your data is read-only \(EROFS on /);
    expect(library.user.notes.map((saved) => saved.markdown)).toEqual(['Ask about LNG']);

    const changes: Array<[Parameters<BriefingRouter['handle']>[0], unknown]> = [
      ['setStarred', { factId: 'trade-volume', starred: true }],
      ['createNote', { ...note, id: 'note-2' }],
      ['updateNote', { noteId: note.id, markdown: 'changed' }],
      ['deleteNote', { noteId: note.id }],
      ['createTag', { id: 'tag-1', name: 'Energy', color: 'green' }],
      ['undo', {}],
      ['updateSettings', { lastTopic: 'security' }],
    ];
    for (const [channel, payload] of changes) {
      const error = await callFails(router, channel as never, payload, 'read-only');
      expect(error.reason).toMatch(/read-only/);
      expect(error.message).toMatch(/^Nothing can be changed: The disk holding your data is read-only/);
    }
    await router.flush();
    expect(await savedBytes(dataDirectory)).toEqual(before);
    expect((await readdir(dataDirectory)).sort()).toEqual(namesBefore);
  });

  it('with no database yet, shows the shipped cards read-only instead of failing to open', async () => {
    await mkdir(dataDirectory);
    disk.makeReadOnly('EACCES');
    const router = await open();
    const library = await call(router, 'getLibrary', {});
    expect(library.facts).toHaveLength(3);
    expect(library.readOnly?.reason).toMatch(/not allowed to write/);
    expect(await readdir(dataDirectory)).toEqual([]);
  });
});

describe('a symlinked database', () => {
  it('is written through to the file it points at, and stays a link', async () => {
    const elsewhere = join(folder, 'synced', 'briefing.json');
    await mkdir(join(folder, 'synced'));
    await (await open()).flush();
    await mkdir(dataDirectory, { recursive: true });
    await writeFile(elsewhere, await readFile(filePath));
    await rm(filePath);
    await symlink(elsewhere, filePath);

    const router = await open();
    await call(router, 'createNote', note);
    await router.flush();

    expect((await savedDatabase(dataDirectory)).user.notes.map((saved) => saved.id)).toEqual(['note-1']);
    // The next start folds the journal into a new database file: written through the link.
    await (await open()).settled();
    expect((await lstat(filePath)).isSymbolicLink()).toBe(true);
    expect(await readlink(filePath)).toBe(elsewhere);
    expect((await readDatabaseAt(elsewhere))!.database.user.notes.map((saved) => saved.id)).toEqual(['note-1']);
    expect((await readdir(join(folder, 'synced'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('recovery that cannot finish', () => {
  it('moves nothing and says where each file is; Try again then restores', async () => {
    const first = await open();
    await call(first, 'setStarred', { factId: 'trade-volume', starred: true });
    await first.flush();
    await open(); // a second start backs up the starred database
    const [backup] = await listBackups(dataDirectory);
    const damaged = '{"schemaVersion":2,"damaged';
    await writeFile(filePath, damaged, 'utf8');
    // The disk fills up: the restored copy cannot be written.
    const heal = disk.fail({ operation: 'write', code: 'ENOSPC', path: /summit-briefing\.json\..*\.tmp$/ });

    const router = await open();
    const error = await callFails(router, 'getLibrary', {}, 'write-failed');
    expect(error.message).toContain('The disk is full');
    expect(error.message).toContain(`the damaged database is still at ${filePath}, untouched`);
    expect(error.message).toContain(backup);
    // The damaged file is exactly where it was, and nothing else is left behind by the attempts.
    expect(await readFile(filePath, 'utf8')).toBe(damaged);
    expect(
      (await readdir(dataDirectory)).filter((name) => name.includes('.corrupt-') || name.endsWith('.tmp')),
    ).toEqual([]);

    heal();
    const library = await call(router, 'getLibrary', {});
    expect(library.notice?.kind).toBe('restored-from-backup');
    expect(library.user.starred).toEqual(['trade-volume']);
    expect(library.notice?.message).toContain(library.notice!.damagedFile);
    expect(await readFile(library.notice!.damagedFile, 'utf8')).toBe(damaged);
  });

  it('keeps the damaged file aside even where the disk cannot link, by copying it', async () => {
    await (await open()).flush();
    await open();
    await writeFile(filePath, 'not json', 'utf8');
    disk.fail({ operation: 'link', code: 'EPERM' });
    const library = await call(await open(), 'getLibrary', {});
    expect(library.notice?.kind).toBe('restored-from-backup');
    expect(await readFile(library.notice!.damagedFile, 'utf8')).toBe('not json');
  });
});

describe('importing a file that is not a file', () => {
  it.each([
    {
      name: 'a named pipe (FIFO), which would wait forever for a writer',
      make: (path: string) => execFileSync('mkfifo', [path]),
    },
    { name: 'a folder', make: (path: string) => mkdir(path) },
  ])('refuses $name at once, and changes nothing', async ({ make }) => {
    const router = await open();
    const path = join(folder, 'incoming.json');
    await make(path);
    answers.open = path;
    const started = Date.now();
    const error = await callFails(router, 'previewImport', {}, 'database-invalid');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(error.message).toMatch(/not a regular file/);
    expect(error.message).toMatch(/Nothing was changed/);
  });

  it('refuses a device such as /dev/zero without reading it', async () => {
    const router = await open();
    answers.open = '/dev/zero';
    const error = await callFails(router, 'previewImport', {}, 'database-invalid');
    expect(error.message).toMatch(/not a regular file/);
  });
});

describe('exports write only where the save dialog said', () => {
  const options = {
    includeNotes: true,
    includeHighlights: true,
    includeSources: true,
    paper: 'A4' as const,
    title: 'Pack',
    subtitle: '',
    author: '',
  };
  const exportPdf = (router: BriefingRouter) =>
    router.handle('exportPack', { format: 'pdf', selection: { kind: 'all' }, options });

  it('creates its temp file exclusively, with a random name, so a planted symlink is never written through', async () => {
    const router = await open();
    const victim = join(folder, 'victim.txt');
    await writeFile(victim, 'precious', 'utf8');
    // The name the old code would have used, planted as a link to another file.
    await symlink(victim, join(folder, `.report.pdf.${process.pid}.0.tmp`));
    answers.save = join(folder, 'report.pdf');
    const saved = await call(router, 'exportPack', { format: 'pdf', selection: { kind: 'all' }, options });
    expect(saved).toMatchObject({ status: 'saved', filePath: join(folder, 'report.pdf') });
    expect(await readFile(victim, 'utf8')).toBe('precious');
    const temporaryOpens = disk.opens.filter((opened) => opened.path.includes('.report.pdf.'));
    expect(temporaryOpens.length).toBeGreaterThan(0);
    for (const opened of temporaryOpens) {
      expect(opened.flags).toBe('wx');
      expect(opened.path).toMatch(/\.report\.pdf\.[0-9a-f-]{36}\.tmp$/);
    }
  });

  it('replaces the file the dialog confirmed, but never one the added extension would land on', async () => {
    const router = await open();
    await writeFile(join(folder, 'report.pdf'), 'an older report', 'utf8');

    // The user typed "report": the dialog confirmed "report", not "report.pdf", so that file is kept.
    answers.save = join(folder, 'report');
    const refused = await exportPdf(router);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.message).toMatch(
      /A file called report\.pdf is already there, and it was not replaced/,
    );
    expect(await readFile(join(folder, 'report.pdf'), 'utf8')).toBe('an older report');
    expect(await readdir(folder)).not.toContain('report');

    // A name with no file behind it gets the extension.
    answers.save = join(folder, 'fresh');
    expect(await call(router, 'exportPack', { format: 'pdf', selection: { kind: 'all' }, options })).toMatchObject({
      filePath: join(folder, 'fresh.pdf'),
    });
    // The confirmed name itself is replaced.
    answers.save = join(folder, 'report.pdf');
    expect((await exportPdf(router)).ok).toBe(true);
    expect(await readFile(join(folder, 'report.pdf'), 'utf8')).toBe('%PDF-1.7 pack');
  });

  it('treats a backup export the same way', async () => {
    const router = await open();
    await writeFile(join(folder, 'backup.json'), 'keep me', 'utf8');
    answers.save = join(folder, 'backup');
    expect((await router.handle('exportBackup', {})).ok).toBe(false);
    expect(await readFile(join(folder, 'backup.json'), 'utf8')).toBe('keep me');
  });
});
