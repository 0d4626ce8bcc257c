import { readFile, stat } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { BriefingError, describeIssues } from '../../shared/errors';
import { databaseSchema, type Database } from '../../shared/schema/database';
import { writeFileAtomic } from './atomicWrite';
import { migrateDatabase } from './migrations';

/** Far beyond a lifetime of notes; a file this big is damaged or not ours, and parsing it would stall the app. */
export const databaseMaxBytes = 100 * 1024 * 1024;

/**
 * lowdb's adapter for our database file: what lowdb's own JSONFile lacks is here — a size
 * limit, validation on every read, migrations, and atomic, fsynced writes in call order. A file
 * that fails to parse or validate raises a `database-invalid` error naming the file and the
 * problem; this adapter never writes over it (recovery, in `databaseRecovery`, moves it aside).
 */
export class DatabaseFile implements Adapter<Database> {
  /** Writes run one after another so an older snapshot can never land after a newer one. */
  private pending: Promise<void> = Promise.resolve();
  /** The last text read or written: what a backup copies. */
  lastText?: string;

  constructor(readonly path: string) {}

  async read(): Promise<Database | null> {
    const read = await readDatabaseAt(this.path);
    if (!read) return null;
    this.lastText = read.text;
    return read.database;
  }

  /** Resolves once every write asked for so far is on disk. */
  flush(): Promise<void> {
    return this.pending;
  }

  write(data: Database): Promise<void> {
    // Serialise now, not when the queue reaches us: the caller's state at this moment is what it asked to save.
    const text = serialiseDatabase(data);
    const done = this.pending
      .then(() => writeFileAtomic(this.path, text))
      .then(() => {
        this.lastText = text;
      });
    this.pending = done.catch(() => undefined);
    return done;
  }
}

/** Reads, size-checks, parses, migrates and validates a database file; null when there is none. */
export async function readDatabaseAt(path: string): Promise<{ text: string; database: Database } | null> {
  let size: number;
  try {
    const info = await stat(path);
    // A folder, a pipe or a device where the database should be would hang or fail without naming the file.
    if (!info.isFile()) {
      throw new BriefingError({
        code: 'database-invalid',
        message: `The database at ${path} is not a regular file, so it was not read.`,
      });
    }
    size = info.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (size > databaseMaxBytes) {
    throw new BriefingError({
      code: 'database-invalid',
      message: `The database at ${path} is ${Math.round(size / 1024 / 1024)} MB, larger than the ${databaseMaxBytes / 1024 / 1024} MB Summit Briefing accepts, so it was not read.`,
    });
  }
  const text = await readFile(path, 'utf8');
  return { text, database: parseDatabase(text, path) };
}

export function serialiseDatabase(data: Database): string {
  return `${JSON.stringify(data)}\n`;
}

export function parseDatabase(text: string, path: string): Database {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new BriefingError({
      code: 'database-invalid',
      message: `The database at ${path} is not valid JSON (${(error as Error).message}).`,
    });
  }
  const result = databaseSchema.safeParse(migrateDatabase(raw, path));
  if (!result.success) {
    throw new BriefingError({
      code: 'database-invalid',
      message: `The database at ${path} does not have the expected shape.`,
      details: describeIssues(result.error),
    });
  }
  return result.data;
}
