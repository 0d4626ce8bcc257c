import type { Adapter } from 'lowdb';
import { BriefingError, describeIssues } from '../../shared/errors';
import { databaseSchema, type Database } from '../../shared/schema/database';
import type { UserDataPatch } from '../../shared/schema/userDataPatch';
import { writeFileAtomic } from './atomicWrite';
import { BoundedReadError, readFileBounded } from './boundedRead';
import { databaseProblems, refuseInvalid } from './databaseCheck';
import { migrateDatabase } from './migrations';
import { nodeFileSystem, type FileSystem } from './ports/fileSystem';

/** Far beyond a lifetime of notes; a file this big is damaged or not ours, and parsing it would stall the app. */
export const databaseMaxBytes = 100 * 1024 * 1024;

/** "120 MB", or "600 KB" below a megabyte. */
export function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * lowdb's adapter for our database file: what lowdb's own JSONFile lacks is here — a size
 * limit and a bounded read, validation on every read and before every write, migrations, and
 * atomic, fsynced writes through the file-system port. A file that fails to parse or validate
 * raises a `database-invalid` error naming the file and the problem; a database that would fail
 * so is never written (the write is refused with the reason).
 */
export class DatabaseFile implements Adapter<Database> {
  /** The last text read or written: known good, so what a backup copies. */
  lastText?: string;
  /** The last database read or written; what the next write is checked against. */
  private known?: Database;
  /** Writes run one after another so an older snapshot can never land after a newer one. */
  private pending: Promise<void> = Promise.resolve();

  constructor(
    readonly path: string,
    readonly fileSystem: FileSystem = nodeFileSystem,
    readonly maxBytes: number = databaseMaxBytes,
  ) {}

  async read(): Promise<Database | null> {
    const read = await readDatabaseAt(this.path, this.fileSystem, this.maxBytes);
    if (!read) return null;
    this.remember(read.text, read.database);
    return read.database;
  }

  /** Takes `text` (already validated as `database`) as what the file now holds. */
  remember(text: string, database: Database): void {
    this.lastText = text;
    this.known = database;
  }

  /**
   * The text `data` would be written as, once it has passed the load's schema, invariants and size
   * limit. `patch`, if given, is what changed since the database last read or written.
   */
  prepare(data: Database, patch?: UserDataPatch): string {
    const problems = databaseProblems(data, this.known, patch);
    if (problems.length > 0) throw refuseInvalid(problems);
    const text = serialiseDatabase(data);
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > this.maxBytes) {
      throw new BriefingError({
        code: 'invalid-request',
        message: `That change would make the database ${sizeText(bytes)}, more than the ${sizeText(this.maxBytes)} Summit Briefing can open again, so it was refused and nothing was changed.`,
      });
    }
    return text;
  }

  async write(data: Database): Promise<void> {
    await this.writeText(this.prepare(data), data);
  }

  writeText(text: string, data: Database): Promise<void> {
    const done = this.pending.then(async () => {
      await writeFileAtomic(this.fileSystem, this.path, text);
      this.remember(text, data);
    });
    this.pending = done.catch(() => undefined);
    return done;
  }
}

/** Reads, size-checks, parses, migrates and validates a database file; null when there is none. */
export async function readDatabaseAt(
  path: string,
  fileSystem: FileSystem = nodeFileSystem,
  maxBytes = databaseMaxBytes,
): Promise<{ text: string; database: Database } | null> {
  let text: string;
  try {
    text = await readFileBounded(fileSystem, path, maxBytes);
  } catch (error) {
    if (!(error instanceof BoundedReadError)) throw error;
    const { problem } = error;
    if (problem.kind === 'missing') return null;
    if (problem.kind === 'unreadable')
      throw Object.assign(new Error(`${problem.code}: cannot read ${path}`), { code: problem.code });
    throw new BriefingError({
      code: 'database-invalid',
      message:
        problem.kind === 'not-a-file'
          ? `The database at ${path} is not a regular file, so it was not read.`
          : `The database at ${path} is ${sizeText(problem.bytes)}, larger than the ${sizeText(maxBytes)} Summit Briefing accepts, so it was not read.`,
    });
  }
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
