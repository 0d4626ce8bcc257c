import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listBackups } from '../../domain/backups';
import { readDatabaseAt } from '../../domain/databaseFile';
import type { Database } from '../../../shared/schema/database';
import { counterPrefix, createdPrefix, importedPrefix, numberIn, type Acks } from './crashProtocol';

/** Acknowledged changes missing from `database`: `u 41` when the counter is below 41, `c 40` when "created 40" is gone. */
export function missingAcks(database: Database, acks: Acks): string[] {
  const notes = database.user.notes;
  const counter = Math.max(0, ...notes.map((note) => numberIn(note.markdown, counterPrefix)));
  const created = new Set(notes.map((note) => numberIn(note.markdown, createdPrefix)));
  const imported = new Set(notes.map((note) => numberIn(note.markdown, importedPrefix)));
  return [
    ...acks.updated.filter((value) => value > counter).map((value) => `u ${value}`),
    ...acks.created.filter((value) => !created.has(value)).map((value) => `c ${value}`),
    ...acks.imported.filter((value) => !imported.has(value)).map((value) => `i ${value}`),
  ];
}

/** The files a recovery moved aside (`summit-briefing.corrupt-….json`). */
export async function damagedFiles(dataDir: string): Promise<string[]> {
  return (await readdir(dataDir)).filter((name) => name.includes('.corrupt-')).map((name) => join(dataDir, name));
}

/** Whether some file kept aside holds exactly `text`: the bytes of a damaged database, never lost. */
export async function keptAside(dataDir: string, text: string): Promise<boolean> {
  for (const path of await damagedFiles(dataDir)) {
    if ((await readFile(path, 'utf8').catch(() => undefined)) === text) return true;
  }
  return false;
}

/** How many backups read as a whole, valid database, and how many do not. */
export async function backupHealth(dataDir: string): Promise<{ valid: number; invalid: number }> {
  let valid = 0;
  let invalid = 0;
  for (const path of await listBackups(dataDir)) {
    if (await readDatabaseAt(path).then(Boolean, () => false)) valid += 1;
    else invalid += 1;
  }
  return { valid, invalid };
}

/** Temp files a killed write left behind (harmless: never read; the next start removes them). */
export async function temporaryFiles(folders: readonly string[]): Promise<number> {
  let count = 0;
  for (const folder of folders) {
    const names = await readdir(folder).catch(() => [] as string[]);
    count += names.filter((name) => name.endsWith('.tmp')).length;
  }
  return count;
}
