import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BriefingError } from '../../shared/errors';
import { currentSchemaVersion, type Database } from '../../shared/schema/database';
import { DatabaseFile, databaseMaxBytes, readDatabaseAt, serialiseDatabase } from './databaseFile';
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

describe('DatabaseFile', () => {
  it('reads null when there is no file yet', async () => {
    expect(await new DatabaseFile(path).read()).toBeNull();
  });

  it('writes a file it reads back', async () => {
    const file = new DatabaseFile(path);
    await file.write(database(['trade-volume']));
    expect(await file.read()).toEqual(database(['trade-volume']));
    expect(await readFile(path, 'utf8')).toBe(serialiseDatabase(database(['trade-volume'])));
  });

  it('leaves no temp files behind', async () => {
    const file = new DatabaseFile(path);
    await file.write(database());
    await file.write(database(['enterprises']));
    await Promise.all([file.write(database(['trade-volume'])), file.write(database())]);
    expect(await readdir(directory)).toEqual(['database.json']);
  });

  it('lands concurrent writes in call order', async () => {
    const file = new DatabaseFile(path);
    const states = Array.from({ length: 20 }, (_, index) =>
      database(Array.from({ length: index + 1 }, (_, star) => `card-${star}`)),
    );

    const writes = states.map((state) => file.write(state));
    await Promise.all(writes);

    expect(await file.read()).toEqual(states[19]);
    expect(await readdir(directory)).toEqual(['database.json']);
  });

  it('saves the state as it was when write was called, not when the queue reached it', async () => {
    const file = new DatabaseFile(path);
    const state = database();
    const first = file.write(state);
    state.user.starred.push('trade-volume');
    await first;
    expect((await file.read())?.user.starred).toEqual([]);
  });

  it('remembers the text it last read or wrote, for backups', async () => {
    const file = new DatabaseFile(path);
    expect(file.lastText).toBeUndefined();
    await file.write(database(['enterprises']));
    expect(file.lastText).toBe(serialiseDatabase(database(['enterprises'])));
    await writeFile(path, serialiseDatabase(database(['trade-volume'])), 'utf8');
    await file.read();
    expect(file.lastText).toBe(serialiseDatabase(database(['trade-volume'])));
  });

  it.each([
    { name: 'a version-1 file missing its facts', text: '{"schemaVersion":1}' },
    {
      name: 'a version-2 file missing its user data',
      text: '{"schemaVersion":2,"seedRevision":1,"sources":[],"facts":[],"settings":{"lastTopic":"all"}}',
    },
    { name: 'text that is not JSON', text: '{"schemaVersion":' },
    { name: 'an empty file', text: '' },
  ])('rejects $name with database-invalid naming the path, and writes nothing', async ({ text }) => {
    await writeFile(path, text, 'utf8');
    const file = new DatabaseFile(path);
    const read = file.read();
    await expect(read).rejects.toBeInstanceOf(BriefingError);
    await expect(read).rejects.toMatchObject({ code: 'database-invalid', message: expect.stringContaining(path) });
    expect(file.lastText).toBeUndefined();
    expect(await readFile(path, 'utf8')).toBe(text);
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
    await expect(new DatabaseFile(path).read()).rejects.toMatchObject({
      code: 'database-invalid',
      details: [expect.stringContaining('duplicate note id')],
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
