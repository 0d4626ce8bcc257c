import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PackModel } from '../../shared/export/packModel';
import { databaseFileName } from '../domain/factStore';
import { call, callFails } from '../testing/routerCalls';
import { sampleSeed } from '../../shared/testing/sampleSeed';
import type { FileDialogs, Printer } from '../domain/ports/exportPorts';
import { openBriefingRouter, type BriefingRouter } from './openBriefingRouter';

let folder: string;
const answers: { save?: string | null; open?: string } = {};
const revealed: string[] = [];
const printed: PackModel[] = [];

const dialogs: FileDialogs = {
  chooseSavePath: ({ defaultName }) =>
    Promise.resolve(answers.save === null ? undefined : (answers.save ?? join(folder, defaultName))),
  chooseOpenPath: () => Promise.resolve(answers.open),
};
const printer: Printer = {
  printPack: (model) => {
    printed.push(model);
    return Promise.resolve({ pdf: new TextEncoder().encode('%PDF-1.7 stub'), pages: 3 });
  },
};

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'summit-briefing-export-'));
  delete answers.save;
  delete answers.open;
  revealed.length = 0;
  printed.length = 0;
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function openRouter(name: string): Promise<BriefingRouter> {
  return openBriefingRouter({
    dataDirectory: join(folder, name),
    seed: sampleSeed(),
    store: { writeDelayMs: 5 },
    printer,
    dialogs,
    reveal: { reveal: (path) => revealed.push(path) },
  });
}

const options = {
  includeNotes: true,
  includeHighlights: true,
  includeSources: true,
  paper: 'A4' as const,
  title: 'Pack',
  subtitle: '',
  author: '',
};

async function annotate(router: BriefingRouter) {
  await call(router, 'createNote', {
    id: 'note-1',
    factId: 'trade-volume',
    markdown: 'Қазақстан делегациясы · 한국 대표단과의 회의',
  });
  await call(router, 'setStarred', { factId: 'enterprises', starred: true });
  await call(router, 'createTag', { id: 'tag-1', name: 'Follow up', color: 'amber', applyTo: 'trade-volume' });
  await call(router, 'createCard', {
    id: 'user-1',
    card: { topic: 'security', title: 'Mine', body: 'My text.', figures: [], people: [] },
  });
}

describe('exporting a pack', () => {
  it('prints the composed pack and writes the PDF where the dialog says', async () => {
    const router = await openRouter('data');
    await call(router, 'setStarred', { factId: 'enterprises', starred: true });
    answers.save = join(folder, 'pack');
    const saved = await call(router, 'exportPack', { format: 'pdf', selection: { kind: 'starred' }, options });
    expect(saved).toMatchObject({ status: 'saved', filePath: join(folder, 'pack.pdf'), pages: 3, bytes: 13 });
    expect(await readFile(join(folder, 'pack.pdf'), 'utf8')).toBe('%PDF-1.7 stub');
    expect(printed.map((pack) => pack.sections.flatMap((section) => section.cards.map((card) => card.id)))).toEqual([
      ['enterprises'],
    ]);
  });

  it('refuses an empty selection, and a cancelled dialog writes nothing', async () => {
    const router = await openRouter('data');
    const refused = await callFails(
      router,
      'exportPack',
      { format: 'pdf', selection: { kind: 'starred' }, options },
      'invalid-request',
    );
    expect(refused.message).toContain('no cards');
    answers.save = null;
    expect(await call(router, 'exportPack', { format: 'markdown', selection: { kind: 'all' }, options })).toEqual({
      status: 'cancelled',
    });
    expect(printed).toEqual([]);
  });

  it('writes Markdown, and reveals only files it saved itself', async () => {
    const router = await openRouter('data');
    const saved = await call(router, 'exportPack', { format: 'markdown', selection: { kind: 'all' }, options });
    if (saved.status !== 'saved') throw new Error('not saved');
    expect(await readFile(saved.filePath, 'utf8')).toContain('## Trade and investment');
    await call(router, 'revealExportedFile', { filePath: saved.filePath });
    expect(revealed).toEqual([saved.filePath]);
    await callFails(router, 'revealExportedFile', { filePath: '/etc/passwd' }, 'invalid-request');
    expect(revealed).toHaveLength(1);
  });
});

describe('backup and import', () => {
  it('round trip: export, wipe, import gives the same user data, as one undoable change', async () => {
    const original = await openRouter('first');
    await annotate(original);
    const before = await call(original, 'getLibrary', {});
    const backup = await call(original, 'exportBackup', {});
    if (backup.status !== 'saved') throw new Error('not saved');
    await original.flush();

    const fresh = await openRouter('second');
    answers.open = backup.filePath;
    const preview = await call(fresh, 'previewImport', {});
    if (preview.status !== 'ready') throw new Error('no preview');
    expect(preview.summary).toEqual({
      ownCards: { added: 1, changed: 0 },
      notes: { added: 1, changed: 0 },
      highlights: { added: 0, changed: 0 },
      tags: { added: 1, changed: 0 },
      cardTags: { added: 1, changed: 0 },
      briefs: { added: 0, changed: 0 },
      stars: { added: 1, changed: 0 },
      studyLog: { added: 0, changed: 0 },
      ownStudyItems: { added: 0, changed: 0 },
      sources: { added: 0, changed: 0 },
      collections: { added: 0, changed: 0 },
    });
    expect((await call(fresh, 'getLibrary', {})).user.notes).toEqual([]);
    const applied = await call(fresh, 'applyImport', { token: preview.token });
    expect(applied.history.canUndo).toBe(true);
    expect((await call(fresh, 'getLibrary', {})).user).toEqual(before.user);
    await callFails(fresh, 'applyImport', { token: preview.token }, 'not-found');

    // Importing the same file again changes nothing.
    const again = await call(fresh, 'previewImport', {});
    if (again.status !== 'ready') throw new Error('no preview');
    expect(Object.values(again.summary).every((counts) => counts.added === 0 && counts.changed === 0)).toBe(true);

    await call(fresh, 'undo', {});
    expect((await call(fresh, 'getLibrary', {})).user.notes).toEqual([]);
  });

  const bad: [string, (path: string) => Promise<void>, string][] = [
    [
      'truncated',
      async (path) => writeFile(path, '{"format":"summit-briefing-backup","version":1,"datab'),
      'This file is not a Summit Briefing backup: it is damaged or incomplete.',
    ],
    ['foreign', async (path) => writeFile(path, JSON.stringify({ hello: 'world' })), 'not a Summit Briefing backup'],
    [
      'wrong schema',
      async (path) =>
        writeFile(
          path,
          JSON.stringify({ format: 'summit-briefing-backup', version: 1, database: { schemaVersion: 2, facts: 'no' } }),
        ),
      'does not have the shape',
    ],
    [
      'newer backup format',
      async (path) => writeFile(path, JSON.stringify({ format: 'summit-briefing-backup', version: 9, database: {} })),
      'newer version',
    ],
    [
      'newer database schema',
      async (path) =>
        writeFile(
          path,
          JSON.stringify({ format: 'summit-briefing-backup', version: 1, database: { schemaVersion: 99 } }),
        ),
      'newer version',
    ],
  ];

  it.each(bad)('refuses a %s file with a clear message and changes nothing', async (_name, write, message) => {
    const router = await openRouter('data');
    await annotate(router);
    await router.flush();
    const databaseBefore = await readFile(join(folder, 'data', databaseFileName), 'utf8');
    const libraryBefore = await call(router, 'getLibrary', {});
    answers.open = join(folder, 'bad.json');
    await write(answers.open);
    const error = await callFails(router, 'previewImport', {}, 'database-invalid');
    expect(error.message).toContain(message);
    expect(error.message).toContain('Nothing was changed');
    // Parser jargon stays in the details, never in the words the window shows.
    expect(error.message).not.toMatch(/JSON at position|Unexpected token|Unterminated/);
    if (_name === 'truncated') expect((error.details ?? []).join('\n')).toMatch(/not valid JSON: .+/);
    expect((await call(router, 'getLibrary', {})).user).toEqual(libraryBefore.user);
    await router.flush();
    expect(await readFile(join(folder, 'data', databaseFileName), 'utf8')).toBe(databaseBefore);
  });

  it('refuses a 150 MB file without reading it', async () => {
    const router = await openRouter('data');
    const path = join(folder, 'huge.json');
    const stream = createWriteStream(path);
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    for (let index = 0; index < 150; index++) {
      if (!stream.write(chunk)) await once(stream, 'drain');
    }
    stream.end();
    await once(stream, 'close');
    answers.open = path;
    const error = await callFails(router, 'previewImport', {}, 'database-invalid');
    expect(error.message).toMatch(/150 MB, larger than the 100 MB/);
    await rm(path);
  });
});
