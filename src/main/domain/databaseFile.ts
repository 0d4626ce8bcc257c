import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { BriefingError, describeIssues } from '../../shared/errors';
import { databaseSchema, type Database } from '../../shared/schema/database';
import { writeFileAtomic } from './atomicWrite';
import { migrateDatabase } from './migrations';

/**
 * lowdb's adapter for our database file: what lowdb's own JSONFile lacks is here — validation
 * on every read, migrations, and atomic, fsynced writes. A file that fails to parse or
 * validate raises a `database-invalid` error naming the file and the problem, and is never
 * written over.
 */
export class DatabaseFile implements Adapter<Database> {
  /** Writes run one after another so an older snapshot can never land after a newer one. */
  private pending: Promise<void> = Promise.resolve();

  constructor(readonly path: string) {}

  async read(): Promise<Database | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return parseDatabase(text, this.path);
  }

  /** Resolves once every write asked for so far is on disk. */
  flush(): Promise<void> {
    return this.pending;
  }

  write(data: Database): Promise<void> {
    // Serialise now, not when the queue reaches us: the caller's state at this moment is what it asked to save.
    const text = serialiseDatabase(data);
    const done = this.pending.then(() => writeFileAtomic(this.path, text));
    this.pending = done.catch(() => undefined);
    return done;
  }
}

export function serialiseDatabase(data: Database): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

export function parseDatabase(text: string, path: string): Database {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new BriefingError({
      code: 'database-invalid',
      message: `The database at ${path} is not valid JSON (${(error as Error).message}). It has been left as it is.`,
    });
  }
  const result = databaseSchema.safeParse(migrateDatabase(raw, path));
  if (!result.success) {
    throw new BriefingError({
      code: 'database-invalid',
      message: `The database at ${path} does not have the expected shape. It has been left as it is.`,
      details: describeIssues(result.error),
    });
  }
  return result.data;
}
