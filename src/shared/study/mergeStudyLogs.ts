import { BriefingError, describeIssues } from '../errors';
import { inFoldOrder } from './foldStudyLog';
import { studyLogSchema, type StudyLogEntry } from './reviewLogSchemas';

/**
 * Importing a backup, or another computer's study log, into this one. Entries are matched by id: an entry both
 * logs hold is kept once, so importing the same backup twice adds nothing. The fold of the result depends only
 * on the set of entries, so merging A into B and B into A give the same states.
 */

/** Checks an imported log; a bad one is refused whole, with where it is wrong, and nothing is merged. */
export function parseStudyLog(input: unknown): StudyLogEntry[] {
  const result = studyLogSchema.safeParse(input);
  if (!result.success) {
    throw new BriefingError({
      code: 'invalid-request',
      message: 'The study log in that file is not one this app can read, so nothing was imported.',
      details: describeIssues(result.error),
    });
  }
  return result.data;
}

/** JSON with object keys sorted, so two entries with the same content always compare equal. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export interface StudyLogMerge {
  /** Every entry of both logs, each id once, in fold order (time, then id). */
  log: StudyLogEntry[];
  /** The incoming entries this log did not have, in fold order: what the store appends to its journal. */
  added: StudyLogEntry[];
  /** Incoming entries already here, word for word. */
  duplicates: number;
  /**
   * Ids both logs use for different entries. The log here is append-only, so its entry stays and the incoming
   * one is left out; random ids make this a sign of a damaged or hand-edited file, and the import reports it.
   */
  conflicts: string[];
}

export function mergeStudyLogs(local: readonly StudyLogEntry[], incoming: readonly StudyLogEntry[]): StudyLogMerge {
  const byId = new Map<string, StudyLogEntry>();
  for (const entry of local) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  const added: StudyLogEntry[] = [];
  const conflicts = new Set<string>();
  let duplicates = 0;
  for (const entry of incoming) {
    const existing = byId.get(entry.id);
    if (!existing) {
      byId.set(entry.id, entry);
      added.push(entry);
    } else if (canonicalJson(existing) === canonicalJson(entry)) {
      duplicates += 1;
    } else {
      conflicts.add(entry.id);
    }
  }
  return {
    log: inFoldOrder([...byId.values()]).map(({ entry }) => entry),
    added: inFoldOrder(added).map(({ entry }) => entry),
    duplicates,
    conflicts: [...conflicts].sort(),
  };
}
