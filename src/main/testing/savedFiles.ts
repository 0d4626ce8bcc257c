import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from '../../shared/schema/database';
import { databaseFileName, journalFileName, readSavedDatabase } from '../domain/databaseFile';

/**
 * TEST ONLY. What a fresh start would find in a data folder: the database file with its journal
 * replayed. Throws when there is no database, or when the journal is damaged (a torn last line is
 * fine: that write was never acknowledged).
 */
export async function savedDatabase(dataDirectory: string): Promise<Database> {
  const saved = await readSavedDatabase(dataDirectory);
  if (!saved) throw new Error(`no database file in ${dataDirectory}`);
  if (saved.damage) throw new Error(`the journal in ${dataDirectory} is damaged: ${saved.damage}`);
  return saved.database;
}

/** The bytes of the database file and of its journal: "nothing changed" means both are as they were. */
export async function savedBytes(dataDirectory: string): Promise<{ database: string; journal: string | undefined }> {
  return {
    database: await readFile(join(dataDirectory, databaseFileName), 'utf8'),
    journal: await readFile(join(dataDirectory, journalFileName), 'utf8').catch(() => undefined),
  };
}
