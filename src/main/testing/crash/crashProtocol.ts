/** What the crash test's child writes and the parent checks; shared so the two cannot drift. */

/** The card the child's notes are on. */
export const crashFactId = 'trade-volume';
/** The one note the child keeps updating: "counter 41". */
export const counterPrefix = 'counter ';
/** A note the child creates every tenth number and never touches again: "created 40". */
export const createdPrefix = 'created ';
/** A note the child brings in through an import of a backup file it wrote: "imported 40". */
export const importedPrefix = 'imported ';
/** The child runs only with this set, so importing its module by mistake starts nothing. */
export const childVariable = 'SUMMIT_BRIEFING_CRASH_CHILD';

/** The number a note of the child holds, or 0 for any other note. */
export function numberIn(markdown: string, prefix: string): number {
  return markdown.startsWith(prefix) ? Number(markdown.slice(prefix.length)) : 0;
}

/**
 * What a run of the child does, chosen by the parent for each start:
 * - `edits`: note edits in bursts, as typing does;
 * - `backups`: the same with a backup (and its rotation) after every write;
 * - `import`: backup files imported through the real router, between bursts of edits;
 * - `recovery`: edits after opening a database the parent damaged, so the start recovers it.
 */
export const crashModes = ['edits', 'compaction', 'backups', 'import', 'recovery'] as const;
export type CrashMode = (typeof crashModes)[number];

export interface Acks {
  updated: number[];
  created: number[];
  imported: number[];
}

/** One acknowledged change per line: `u 41` (counter note updated to 41), `c 40` (note "created 40" added), `i 40` (imported). */
export function parseAcks(text: string): Acks {
  const acks: Acks = { updated: [], created: [], imported: [] };
  for (const line of text.split('\n')) {
    const [kind, value] = line.split(' ');
    if (kind === 'u') acks.updated.push(Number(value));
    else if (kind === 'c') acks.created.push(Number(value));
    else if (kind === 'i') acks.imported.push(Number(value));
  }
  return acks;
}
