import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { BriefingError } from '../../shared/errors';
import type { Library } from '../../shared/contract';
import { settingsSchema, type Database, type Settings } from '../../shared/schema/database';
import type { Seed } from '../../shared/schema/seed';
import { DatabaseFile } from './databaseFile';
import { databaseFromSeed, mergeSeed } from './seed';

export const databaseFileName = 'summit-briefing.json';

export interface FactStore {
  readonly filePath: string;
  library(): Library;
  setStarred(factId: string, starred: boolean): Promise<string[]>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  /** Waits for every pending write; the app calls it before quitting. */
  flush(): Promise<void>;
}

export interface OpenFactStoreOptions {
  dataDirectory: string;
  seed: Seed;
}

/**
 * Opens the user's database, creating it from the seed on first start and merging a newer seed
 * revision. Throws a `database-invalid` BriefingError, without writing anything, when the file
 * on disk cannot be read as a database.
 */
export async function openFactStore({ dataDirectory, seed }: OpenFactStoreOptions): Promise<FactStore> {
  await mkdir(dataDirectory, { recursive: true });
  const file = new DatabaseFile(join(dataDirectory, databaseFileName));
  const existing = await file.read();
  const db = new Low<Database>(file, existing ?? databaseFromSeed(seed));
  if (!existing) {
    await db.write();
  } else {
    const merged = mergeSeed(existing, seed);
    if (merged.changed) {
      db.data = merged.database;
      await db.write();
    }
  }

  /** Applies a change in memory, saves it, and puts memory back if the save fails. */
  async function commit(next: Database): Promise<void> {
    const previous = db.data;
    db.data = next;
    try {
      await db.write();
    } catch (error) {
      if (db.data === next) db.data = previous;
      throw error;
    }
  }

  function requireFact(factId: string): void {
    if (!db.data.facts.some((fact) => fact.id === factId)) {
      throw new BriefingError({ code: 'not-found', message: `There is no card with the id "${factId}".` });
    }
  }

  return {
    filePath: file.path,
    library() {
      const { seedRevision, sources, facts, starred, settings } = db.data;
      return structuredClone({ seedRevision, sources, facts, starred, settings });
    },
    async setStarred(factId, starred) {
      requireFact(factId);
      const others = db.data.starred.filter((id) => id !== factId);
      await commit({ ...db.data, starred: starred ? [...others, factId] : others });
      return [...db.data.starred];
    },
    flush: () => file.flush(),
    async updateSettings(patch) {
      // A key sent as `undefined` means "no change", not "erase the setting".
      const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
      await commit({ ...db.data, settings: settingsSchema.parse({ ...db.data.settings, ...defined }) });
      return { ...db.data.settings };
    },
  };
}
