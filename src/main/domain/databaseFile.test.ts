import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BriefingError } from '../../shared/errors';
import type { Database } from '../../shared/schema/database';
import { DatabaseFile, serialiseDatabase } from './databaseFile';
import { databaseFromSeed } from './seed';
import { sampleSeed } from './testing/sampleSeed';

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
  return { ...databaseFromSeed(sampleSeed()), starred };
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
    state.starred.push('trade-volume');
    await first;
    expect((await file.read())?.starred).toEqual([]);
  });

  it('rejects an invalid file with database-invalid naming the path', async () => {
    await writeFile(path, '{"schemaVersion":1}', 'utf8');
    const read = new DatabaseFile(path).read();
    await expect(read).rejects.toBeInstanceOf(BriefingError);
    await expect(read).rejects.toMatchObject({ code: 'database-invalid', message: expect.stringContaining(path) });
  });
});
