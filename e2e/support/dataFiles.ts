import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readSavedDatabase } from '../../src/main/domain/databaseFile';
import { databaseFileName } from '../../src/main/domain/factStore';
import { parseSeed } from '../../src/main/domain/seed';
import type { Database } from '../../src/shared/schema/database';
import type { Seed } from '../../src/shared/schema/seed';
import { repoRoot } from '../targets/target';

export const seedFilePath = join(repoRoot, 'resources', 'seed', 'summit-2021.json');

/** The shipped seed, parsed and validated: specs read titles and counts from it, not from copies. */
export function readSeed(): Seed {
  return parseSeed(JSON.parse(readFileSync(seedFilePath, 'utf8')));
}

export function databaseFilePath(dataDir: string): string {
  return join(dataDir, databaseFileName);
}

/** Puts `text` where the app keeps its database, e.g. a corrupt file before `app.relaunch()`. */
export async function writeDatabaseFile(dataDir: string, text: string): Promise<void> {
  await writeFile(databaseFilePath(dataDir), text, 'utf8');
}

export async function readDatabaseBytes(dataDir: string): Promise<Buffer> {
  return readFile(databaseFilePath(dataDir));
}

/**
 * The database as the app last saved it, as a fresh start would find it: the database file with
 * its journal of later changes replayed. Throws when the journal is damaged.
 */
export async function readDatabaseFile(dataDir: string): Promise<Database> {
  const saved = await readSavedDatabase(dataDir);
  if (!saved) throw new Error(`no database file in ${dataDir}`);
  if (saved.damage) throw new Error(`the journal in ${dataDir} is damaged: ${saved.damage}`);
  return saved.database;
}
