import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFormat, backupVersion } from '../../shared/export/backupSchemas';
import { describeRange } from '../../shared/annotation/textSelectors';
import { databaseFromSeed } from '../domain/seed';
import { call } from '../testing/routerCalls';
import { sampleSeed } from '../../shared/testing/sampleSeed';
import { openBriefingRouter, type BriefingRouter } from './openBriefingRouter';

// A backup made before a seed correction holds annotations on the old card ids and the old text;
// importing it must do what opening such a database does, not attach notes to cards that are gone.
let folder: string;
let backupPath: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'summit-briefing-import-old-seed-'));
  backupPath = join(folder, 'old-backup.json');
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function openRouter(seed: unknown): Promise<BriefingRouter> {
  return openBriefingRouter({
    dataDirectory: join(folder, 'data'),
    seed,
    store: { writeDelayMs: 1 },
    dialogs: {
      chooseSavePath: () => Promise.resolve(undefined),
      chooseOpenPath: () => Promise.resolve(backupPath),
    },
  });
}

async function importBackup(router: BriefingRouter) {
  const preview = await call(router, 'previewImport', {});
  if (preview.status !== 'ready') throw new Error('the import was cancelled');
  await call(router, 'applyImport', { token: preview.token });
  return (await call(router, 'getLibrary', {})).user;
}

async function writeBackup(database: unknown): Promise<void> {
  const backup = { format: backupFormat, version: backupVersion, exportedAt: '2021-09-02T10:00:00.000Z', database };
  await writeFile(backupPath, JSON.stringify(backup), 'utf8');
}

describe('importing a backup from an earlier seed revision', () => {
  it('moves the annotations of a renamed card to its new id', async () => {
    // A schema-2 file had no lineage or journal sequence; the shipped cards it held are left out here.
    const { lineage: _lineage, sequence: _sequence, ...old } = databaseFromSeed(sampleSeed(1));
    const body = sampleSeed(1).facts.find((fact) => fact.id === 'trade-volume')!.body;
    const start = body.indexOf('full text');
    const stamp = '2021-09-01T09:00:00.000Z';
    await writeBackup({
      ...old,
      schemaVersion: 2,
      facts: [],
      user: {
        ...old.user,
        starred: ['trade-volume'],
        notes: [{ id: 'note-old', factId: 'trade-volume', markdown: 'Mine.', createdAt: stamp, updatedAt: stamp }],
        highlights: [
          {
            id: 'highlight-old',
            factId: 'trade-volume',
            color: 'green',
            target: describeRange(body, start, start + 'full text'.length),
            createdAt: stamp,
            updatedAt: stamp,
          },
        ],
        cardTags: { 'trade-volume': ['tag-old'] },
        tags: [{ id: 'tag-old', name: 'Old', color: 'red', createdAt: stamp }],
      },
    });
    const renamed = sampleSeed(2, {
      facts: sampleSeed(1).facts.map((fact) =>
        fact.id === 'trade-volume' ? { ...fact, id: 'trade-volume-usd-4bn' } : fact,
      ),
      aliases: [{ from: 'trade-volume', to: 'trade-volume-usd-4bn', seedRevision: 2 }],
    });
    const router = await openRouter(renamed);
    const user = await importBackup(router);
    expect(user.notes.map((note) => note.factId)).toEqual(['trade-volume-usd-4bn']);
    expect(user.highlights.map((highlight) => highlight.factId)).toEqual(['trade-volume-usd-4bn']);
    expect(user.starred).toEqual(['trade-volume-usd-4bn']);
    expect(user.cardTags).toEqual({ 'trade-volume-usd-4bn': ['tag-old'] });
    await router.flush();
  });

  it('re-anchors the backup’s highlights on the corrected shipped text', async () => {
    // The database version 0.1 wrote, with highlights on the text of seed revision 1.
    const fixture = await readFile(
      new URL('../testing/fixtures/schema-2-seed-revision-1.json', import.meta.url),
      'utf8',
    );
    await writeBackup(JSON.parse(fixture));
    const shipped = JSON.parse(
      readFileSync(new URL('../../../resources/seed/summit-2021.json', import.meta.url), 'utf8'),
    );
    const router = await openRouter(shipped);
    const user = await importBackup(router);
    const library = await call(router, 'getLibrary', {});
    const enterprises = library.facts.find((fact) => fact.id === 'korean-enterprises-in-kazakhstan')!;
    const names = user.highlights.find((highlight) => highlight.target.quote.exact === 'Samsung, Hyundai and Lotte')!;
    const { start, end } = names.target.position;
    expect(enterprises.body.slice(start, end)).toBe('Samsung, Hyundai and Lotte');
    // A highlight whose words are gone from the corrected text comes in with them, to be listed as lost.
    expect(user.highlights.map((highlight) => highlight.target.quote.exact)).toContain(
      'The article presents the number as a projection',
    );
    expect(user.notes).toHaveLength(3);
    await router.flush();
  });
});
