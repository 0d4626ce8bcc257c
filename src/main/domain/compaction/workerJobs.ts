import { BriefingError, type BriefingErrorData } from '../../../shared/errors';
import type { CardTags } from '../../../shared/schema/cardTags';
import type { Database } from '../../../shared/schema/database';
import type { Seed } from '../../../shared/schema/seed';
import { diffUserData, isEmptyPatch, type UserDataPatch } from '../../../shared/schema/userDataPatch';
import { databaseProblems, refuseInvalid } from '../databaseCheck';
import type { RecordList } from '../databaseIndex';
import { recordKinds } from '../../../shared/schema/recordKinds';
import { encodeHeader } from '../journal/journalFormat';
import { mergeSeed, type SeedMergeReport } from '../seedMerge';
import { invariantProblems, parseSnapshot, replayJournal, serialiseDatabase, sizeText } from '../snapshotFormat';

/**
 * The work that costs what the whole database costs — decoding, parsing, validating, replaying
 * and serialising tens of megabytes — done in the compaction worker so the main process's event
 * loop never waits for it. These are plain functions of their input (no disk: the main process
 * reads and writes every file through its file-system port), so tests run them in-process too.
 */

export interface OpenJob {
  kind: 'open';
  /** For messages: where the bytes came from. */
  path: string;
  snapshot: Uint8Array;
  journal?: Uint8Array;
  seed: Seed;
  /** How many records go in each slice sent back, so no one message holds up the main loop. */
  chunkSize: number;
}

export interface OpenedDatabase {
  status: 'opened';
  /** Everything but the user's records, which arrive in slices before this answer. */
  database: Omit<Database, 'user'>;
  starred: string[];
  cardTags: CardTags;
  // study
  studyPreferences: Database['user']['studyPreferences'];
  counts: Record<RecordList, number>;
  /** The database file's own sequence, before the journal was replayed on it. */
  snapshotSequence: number;
  migratedFrom?: number;
  /** The file in the current schema, when it was of an older one: written in its place before anything is appended. */
  rewritten?: Uint8Array;
  /** The size the database file would have with the journal applied. */
  bytes: number;
  journal: {
    applied: number;
    /** The lines after the file's sequence, as written: kept when the journal is rewritten. */
    carried: string[];
    appendable: boolean;
    tornTail?: string;
    damage?: string;
  };
  /** A newer seed's merge, worked out but not applied: the main process journals it as a change. */
  merge?: { patch: UserDataPatch; seedRevision: number; report: SeedMergeReport };
}

export type OpenResult = OpenedDatabase | { status: 'invalid'; error: BriefingErrorData };

export interface CompactJob {
  kind: 'compact';
  path: string;
  /** The database file as it is on disk now, or, for a database that has no file yet, the database. */
  snapshot?: Uint8Array;
  database?: Database;
  /** The journal lines after the file's sequence, up to `through`. */
  lines: string[];
  through: number;
  shippedFactIds: string[];
  maxBytes: number;
}

export interface Compacted {
  status: 'compacted';
  sequence: number;
  /** The new database file, checked whole: its bytes, ready to be written. */
  bytes: Uint8Array;
}

export type WorkerJob = OpenJob | CompactJob;
export type RecordSlice = { list: RecordList; items: unknown[] };

const decoder = new TextDecoder('utf-8', { fatal: false });
const encoder = new TextEncoder();
// The user's cards first: every other list's records may point at them.
const lists: readonly RecordList[] = recordKinds;

function journalText(lineage: string, after: number, lines: readonly string[]): string {
  return `${encodeHeader({ lineage, after })}\n${lines.map((line) => `${line}\n`).join('')}`;
}

function invalid(error: unknown): OpenResult {
  if (error instanceof BriefingError) return { status: 'invalid', error: error.toData() };
  throw error;
}

export function openDatabase(job: OpenJob, emit: (slice: RecordSlice) => void): OpenResult {
  let parsed;
  try {
    parsed = parseSnapshot(decoder.decode(job.snapshot), job.path);
  } catch (error) {
    return invalid(error);
  }
  const shipped = job.seed.facts;
  const problems = invariantProblems(parsed.database, shipped);
  if (problems.length > 0) {
    return invalid(
      new BriefingError({
        code: 'database-invalid',
        message: `The database at ${job.path} does not have the expected shape.`,
        details: problems,
      }),
    );
  }
  let replayed = replayJournal(parsed.database, job.journal ? decoder.decode(job.journal) : undefined);
  if (replayed.applied > 0) {
    const broken = invariantProblems(replayed.database, shipped);
    if (broken.length > 0) {
      // Each line was checked before it was written, so this is damage: the file alone is what can be trusted.
      replayed = {
        database: parsed.database,
        applied: 0,
        carried: [],
        appendable: false,
        damage: `the changes in the journal would leave the database inconsistent (${broken[0]})`,
      };
    }
  }
  const { database } = replayed;
  const { user, ...rest } = database;
  for (const list of lists) {
    const items = user[list];
    for (let start = 0; start < items.length; start += job.chunkSize) {
      emit({ list, items: items.slice(start, start + job.chunkSize) });
    }
  }
  const rewritten = parsed.migratedFrom !== undefined ? encoder.encode(serialiseDatabase(parsed.database)) : undefined;
  const unchanged = replayed.applied === 0 && parsed.migratedFrom === undefined;
  const merged = mergeSeed(database, job.seed, parsed.legacyFacts);
  const patch = merged.changed ? diffUserData(user, merged.database.user) : {};
  return {
    status: 'opened',
    database: rest,
    starred: user.starred,
    cardTags: user.cardTags,
    // study
    studyPreferences: user.studyPreferences,
    counts: {
      ownFacts: user.ownFacts.length,
      tags: user.tags.length,
      highlights: user.highlights.length,
      notes: user.notes.length,
      // briefs (issue 15)
      briefs: user.briefs.length,
      // study
      studyLog: user.studyLog.length,
      ownStudyItems: user.ownStudyItems.length,
      // sources
      sources: user.sources.length,
      collections: user.collections.length,
    },
    snapshotSequence: parsed.database.sequence,
    ...(parsed.migratedFrom !== undefined ? { migratedFrom: parsed.migratedFrom } : {}),
    ...(rewritten ? { rewritten } : {}),
    bytes: unchanged ? job.snapshot.byteLength : Buffer.byteLength(serialiseDatabase(database), 'utf8'),
    journal: {
      applied: replayed.applied,
      carried: replayed.carried.map((line) => line.text),
      appendable: replayed.appendable,
      ...(replayed.tornTail ? { tornTail: replayed.tornTail } : {}),
      ...(replayed.damage ? { damage: replayed.damage } : {}),
    },
    ...(merged.changed
      ? {
          merge: {
            patch: isEmptyPatch(patch) ? {} : patch,
            seedRevision: merged.database.seedRevision,
            report: merged.report,
          },
        }
      : {}),
  };
}

/**
 * The database file after the journal's lines up to `through`: replayed on the file as it is on
 * disk, checked whole with the load's schema, invariants and size limit, and serialised. Nothing
 * is written here; a database that would fail any check is refused with the reason.
 */
export function compactDatabase(job: CompactJob): Compacted {
  const base = job.snapshot ? parseSnapshot(decoder.decode(job.snapshot), job.path).database : job.database;
  if (!base) throw new Error('a compaction needs the database file or a database');
  const replayed = replayJournal(base, journalText(base.lineage, base.sequence, job.lines));
  if (replayed.damage || replayed.tornTail || replayed.database.sequence !== job.through) {
    throw new BriefingError({
      code: 'internal',
      message: `The journal could not be compacted: ${replayed.damage ?? replayed.tornTail ?? `it reaches change ${replayed.database.sequence}, not ${job.through}`}.`,
    });
  }
  const problems = databaseProblems(
    replayed.database,
    job.shippedFactIds.map((id) => ({ id })),
  );
  if (problems.length > 0) throw refuseInvalid(problems);
  const bytes = encoder.encode(serialiseDatabase(replayed.database));
  if (bytes.byteLength > job.maxBytes) {
    throw new BriefingError({
      code: 'invalid-request',
      message: `The database would be ${sizeText(bytes.byteLength)}, more than the ${sizeText(job.maxBytes)} Summit Briefing can open again, so it was not written.`,
    });
  }
  return { status: 'compacted', sequence: replayed.database.sequence, bytes };
}
