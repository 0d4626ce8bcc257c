import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { BriefingError, describeIssues } from '../../shared/errors';
import {
  backupFormat,
  backupVersion,
  collectionScopeSchema,
  type CollectionScope,
  type ImportSummary,
} from '../../shared/export/backupSchemas';
import { copyCardTags, tagIdsOf } from '../../shared/schema/cardTags';
import { currentSchemaVersion, databaseSchema, type Database, type UserData } from '../../shared/schema/database';
import { factSchema, type Fact } from '../../shared/schema/fact';
import { z } from 'zod';
import { writeFileAtomic, type AtomicWriteOptions } from './atomicWrite';
import { BoundedReadError, readFileBounded } from './boundedRead';
import { databaseMaxBytes } from './databaseFile';
import { migrateDatabaseKeepingFacts } from './migrations';
import { nodeFileSystem, type FileSystem } from './ports/fileSystem';
import { mergeStudyLogs } from '../../shared/study/mergeStudyLogs';

/** A backup is the database plus a few bytes of header, so it gets the same ceiling. */
export const backupMaxBytes = databaseMaxBytes;

export interface BackupFile {
  format: typeof backupFormat;
  version: number;
  exportedAt: string;
  database: Database;
  /** Set when the file holds one collection, not the whole library (collectionFile.ts). */
  scope?: CollectionScope;
  /** The shipped cards a backup from before schema 4 carried, so the seed merge on import can tell which texts changed. */
  legacyFacts?: Fact[];
}

/**
 * The user's database in the shape a database file has: their data, settings and the seed
 * revision they were merged with (the shipped cards are the app's, so a backup does not carry them).
 */
export function databaseOfLibrary(library: {
  seedRevision: number;
  user: UserData;
  settings: Database['settings'];
}): Database {
  return {
    schemaVersion: currentSchemaVersion,
    lineage: `backup-${randomUUID()}`,
    sequence: 0,
    seedRevision: library.seedRevision,
    user: library.user,
    settings: library.settings,
  };
}

export function serialiseBackup(database: Database, exportedAt: string, scope?: CollectionScope): string {
  const backup: BackupFile = {
    format: backupFormat,
    version: backupVersion,
    exportedAt,
    ...(scope ? { scope } : {}),
    database,
  };
  return `${JSON.stringify(backup, null, 1)}\n`;
}

export async function writeBackupFile(
  path: string,
  database: Database,
  exportedAt: string,
  fileSystem: FileSystem = nodeFileSystem,
  options: AtomicWriteOptions = {},
  scope?: CollectionScope,
): Promise<number> {
  const text = serialiseBackup(database, exportedAt, scope);
  await writeFileAtomic(fileSystem, path, text, options);
  return Buffer.byteLength(text, 'utf8');
}

function refuse(path: string, reason: string, details?: string[]): BriefingError {
  return new BriefingError({
    code: 'database-invalid',
    message: `${basename(path)} cannot be imported: ${reason} Nothing was changed.`,
    ...(details ? { details } : {}),
  });
}

/**
 * Reads and checks a backup file: a regular file (never a pipe or device), read with a bound,
 * then JSON, header, and the database with the same migrations and schema as the app's own file.
 */
export async function readBackupFile(path: string, fileSystem: FileSystem = nodeFileSystem): Promise<BackupFile> {
  let text: string;
  try {
    text = await readFileBounded(fileSystem, path, backupMaxBytes);
  } catch (error) {
    if (!(error instanceof BoundedReadError)) throw error;
    const { problem } = error;
    throw refuse(
      path,
      problem.kind === 'not-a-file'
        ? 'it is not a regular file (a folder, a pipe or a device cannot be a backup).'
        : problem.kind === 'too-large'
          ? `it is ${Math.round(problem.bytes / 1024 / 1024)} MB, larger than the ${backupMaxBytes / 1024 / 1024} MB a Summit Briefing backup can be.`
          : `the file could not be opened (${problem.kind === 'missing' ? 'ENOENT' : problem.code}).`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    // The parser's words ("Unterminated string in JSON at position 15871") mean nothing to a
    // reader: the message says what it means for them, and the details keep it for a bug report.
    throw new BriefingError({
      code: 'database-invalid',
      message: `This file is not a Summit Briefing backup: it is damaged or incomplete. ${basename(path)} was not imported. Nothing was changed.`,
      details: [`${basename(path)} is not valid JSON: ${(error as Error).message}`],
    });
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== backupFormat) {
    throw refuse(path, 'it is not a Summit Briefing backup (choose a file saved with “Export backup…”).');
  }
  const header = raw as Record<string, unknown>;
  if (header.version !== backupVersion) {
    const newer = typeof header.version === 'number' && header.version > backupVersion;
    throw refuse(
      path,
      newer
        ? `it was written by a newer version of Summit Briefing (backup format ${String(header.version)}; this app reads ${backupVersion}). Update the app to import it.`
        : `its backup format version (${String(header.version)}) is not one this app knows.`,
    );
  }
  const scope = header.scope === undefined ? undefined : collectionScopeSchema.safeParse(header.scope);
  if (scope && !scope.success) {
    throw refuse(path, 'it says it holds one collection, but does not say which in a way this app can read.');
  }
  let migrated: unknown;
  let legacyFacts: unknown;
  try {
    ({ data: migrated, legacyFacts } = migrateDatabaseKeepingFacts(header.database, path));
  } catch (error) {
    if (error instanceof BriefingError)
      throw refuse(path, error.message.replace(/ ?The file has not been changed\.$/, ''));
    throw error;
  }
  const result = databaseSchema.safeParse(migrated);
  if (!result.success) {
    const issues = describeIssues(result.error);
    throw refuse(
      path,
      `the data inside does not have the shape Summit Briefing expects (${issues[0] ?? 'no details'}${issues.length > 1 ? `, and ${issues.length - 1} more` : ''}).`,
      issues,
    );
  }
  const facts = legacyFacts === undefined ? undefined : z.array(factSchema).safeParse(legacyFacts);
  return {
    format: backupFormat,
    version: backupVersion,
    exportedAt: typeof header.exportedAt === 'string' ? header.exportedAt : '',
    database: result.data,
    ...(scope?.success ? { scope: scope.data } : {}),
    ...(facts?.success ? { legacyFacts: facts.data } : {}),
  };
}

function countById<Item extends { id: string }>(current: readonly Item[], incoming: readonly Item[]) {
  const existing = new Map(current.map((item) => [item.id, JSON.stringify(item)]));
  let added = 0;
  let changed = 0;
  for (const item of incoming) {
    const before = existing.get(item.id);
    if (before === undefined) added++;
    else if (before !== JSON.stringify(item)) changed++;
  }
  return { added, changed };
}

function mergeById<Item extends { id: string }>(current: readonly Item[], incoming: readonly Item[]): Item[] {
  const byId = new Map(incoming.map((item) => [item.id, item]));
  const merged = current.map((item) => byId.get(item.id) ?? item);
  const known = new Set(current.map((item) => item.id));
  return [...merged, ...incoming.filter((item) => !known.has(item.id))];
}

// Card ids are keys here: read with tagIdsOf, so `constructor` is a card like any other.
function mergedCardTags(current: UserData['cardTags'], incoming: UserData['cardTags']): UserData['cardTags'] {
  const merged = copyCardTags(current);
  for (const [factId, tagIds] of Object.entries(incoming)) {
    merged[factId] = [...new Set([...tagIdsOf(current, factId), ...tagIds])];
  }
  return merged;
}

/** What merging `incoming` into `current` would do, per kind; nothing is changed. */
export function summariseImport(current: UserData, incoming: UserData): ImportSummary {
  const starred = new Set(current.starred);
  let cardTagsAdded = 0;
  let cardTagsChanged = 0;
  const mergedTags = mergedCardTags(current.cardTags, incoming.cardTags);
  for (const factId of Object.keys(incoming.cardTags)) {
    const before = tagIdsOf(current.cardTags, factId);
    if (!Object.hasOwn(current.cardTags, factId)) cardTagsAdded++;
    else if (tagIdsOf(mergedTags, factId).length !== before.length) cardTagsChanged++;
  }
  return {
    ownCards: countById(current.ownFacts, incoming.ownFacts),
    notes: countById(current.notes, incoming.notes),
    highlights: countById(current.highlights, incoming.highlights),
    tags: countById(current.tags, incoming.tags),
    cardTags: { added: cardTagsAdded, changed: cardTagsChanged },
    // briefs (issue 15)
    briefs: countById(current.briefs, incoming.briefs),
    stars: { added: incoming.starred.filter((id) => !starred.has(id)).length, changed: 0 },
    // An entry of the log is never changed by an import: one with our id and other content is kept as ours.
    studyLog: { added: mergeStudyLogs(current.studyLog, incoming.studyLog).added.length, changed: 0 },
    ownStudyItems: countById(current.ownStudyItems, incoming.ownStudyItems),
    // A source already here is kept as it is, so an import only ever adds sources.
    sources: { added: countById(current.sources, incoming.sources).added, changed: 0 },
    collections: countById(current.collections, incoming.collections),
  };
}

/**
 * Merges by id: records in the backup replace those with the same id, new ones are added, nothing is removed.
 * Sources are the exception: a source is never changed after import, so one already here keeps its record.
 */
export function mergeUserData(current: UserData, incoming: UserData): UserData {
  return {
    ownFacts: mergeById(current.ownFacts, incoming.ownFacts),
    starred: [...new Set([...current.starred, ...incoming.starred])],
    notes: mergeById(current.notes, incoming.notes),
    highlights: mergeById(current.highlights, incoming.highlights),
    tags: mergeById(current.tags, incoming.tags),
    cardTags: mergedCardTags(current.cardTags, incoming.cardTags),
    // briefs (issue 15)
    briefs: mergeById(current.briefs, incoming.briefs),
    // study
    // The log is append-only: entries it lacks go at its end, each id once; an id reused for other content keeps ours.
    studyLog: appendedStudyLog(current.studyLog, incoming.studyLog),
    ownStudyItems: mergeById(current.ownStudyItems, incoming.ownStudyItems),
    // The settings in use here are this computer's choice; a backup's do not replace them.
    studyPreferences: current.studyPreferences,
    // sources: a source never changes after import, so one already here under its id stays as it is.
    sources: addedById(current.sources, incoming.sources),
    collections: mergeById(current.collections, incoming.collections),
  };
}

/** The records of `incoming` whose id is not here yet, after those already here (which stay as they are). */
function addedById<Item extends { id: string }>(current: readonly Item[], incoming: readonly Item[]): Item[] {
  const known = new Set(current.map((item) => item.id));
  const added = incoming.filter((item) => !known.has(item.id));
  return added.length === 0 ? [...current] : [...current, ...added];
}

// study
function appendedStudyLog(current: UserData['studyLog'], incoming: UserData['studyLog']): UserData['studyLog'] {
  if (incoming.length === 0) return current;
  const { added } = mergeStudyLogs(current, incoming);
  return added.length === 0 ? current : [...current, ...added];
}

/** Imports wait here between "what would change" and "do it"; only the newest preview can be applied. */
export class PendingImports {
  private pending: { token: string; user: UserData; fileName: string } | undefined;

  constructor(private readonly newToken: () => string = randomUUID) {}

  hold(user: UserData, fileName = 'The backup'): string {
    const token = this.newToken();
    this.pending = { token, user, fileName };
    return token;
  }

  take(token: string): { user: UserData; fileName: string } {
    const pending = this.pending;
    if (!pending || pending.token !== token) {
      throw new BriefingError({
        code: 'not-found',
        message: 'That import has expired or was already done; choose the backup file again. Nothing was changed.',
      });
    }
    this.pending = undefined;
    return { user: pending.user, fileName: pending.fileName };
  }
}
