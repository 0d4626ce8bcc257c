import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentSchemaVersion, type Database } from '../../shared/schema/database';
import { databaseMaxBytes, readDatabaseAt, serialiseDatabase } from './databaseFile';
import { databaseFromSeed } from './seed';
import { sampleSeed } from '../../shared/testing/sampleSeed';

let directory: string;
let path: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'summit-briefing-file-'));
  path = join(directory, 'database.json');
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

function database(starred: string[] = []): Database {
  const seeded = databaseFromSeed(sampleSeed());
  return { ...seeded, user: { ...seeded.user, starred } };
}

describe('readDatabaseAt', () => {
  it('reads null when there is no file yet', async () => {
    expect(await readDatabaseAt(path)).toBeNull();
  });

  it('reads back what was written, with the text it read', async () => {
    const text = serialiseDatabase(database(['trade-volume']));
    await writeFile(path, text, 'utf8');
    expect(await readDatabaseAt(path)).toEqual({ text, database: JSON.parse(text) });
  });

  it('rejects a file with duplicate ids', async () => {
    const seeded = database();
    const note = {
      id: 'note-1',
      factId: 'trade-volume',
      markdown: 'twice',
      createdAt: '2021-08-17T09:00:00.000Z',
      updatedAt: '2021-08-17T09:00:00.000Z',
    };
    await writeFile(path, serialiseDatabase({ ...seeded, user: { ...seeded.user, notes: [note, note] } }), 'utf8');
    await expect(readDatabaseAt(path)).rejects.toMatchObject({
      code: 'database-invalid',
      details: [expect.stringContaining('duplicate note id')],
    });
  });

  it('rejects a note on a shipped card id used as a tag, given the shipped cards', async () => {
    const seeded = database();
    const tag = { id: 'trade-volume', name: 'Clash', color: 'red' as const, createdAt: '2021-08-17T09:00:00.000Z' };
    await writeFile(path, serialiseDatabase({ ...seeded, user: { ...seeded.user, tags: [tag] } }), 'utf8');
    await expect(readDatabaseAt(path, undefined, undefined, sampleSeed().facts)).rejects.toMatchObject({
      code: 'database-invalid',
      details: [expect.stringContaining('the tag id "trade-volume" is already the id of a card')],
    });
  });

  it('rejects a file from a newer schema version with database-too-new', async () => {
    await writeFile(path, JSON.stringify({ schemaVersion: currentSchemaVersion + 1 }), 'utf8');
    await expect(readDatabaseAt(path)).rejects.toMatchObject({ code: 'database-too-new' });
  });

  it('refuses a file over the size limit without parsing it', async () => {
    await writeFile(path, '', 'utf8');
    await truncate(path, databaseMaxBytes + 1);
    await expect(readDatabaseAt(path)).rejects.toMatchObject({
      code: 'database-invalid',
      message: expect.stringMatching(/larger than/),
    });
  });
});
