import { crc32 } from 'node:zlib';
import { z } from 'zod';
import { settingsSchema } from '../../../shared/schema/database';
import { userDataPatchSchema } from '../../../shared/schema/userDataPatch';

/**
 * One acknowledged write: what it changed in the user's data (the patch undo and the window use
 * too), the settings it set, the seed revision a seed merge moved to. Replaying it on the state
 * before gives exactly the state after: applyPatch is deterministic.
 */
export const journalChangeSchema = z
  .object({
    user: userDataPatchSchema.optional(),
    settings: settingsSchema.optional(),
    seedRevision: z.number().int().nonnegative().optional(),
  })
  .strict();

export type JournalChange = z.infer<typeof journalChangeSchema>;

export interface JournalHeader {
  /** The lineage of the database file this journal continues. */
  lineage: string;
  /** The sequence of the database file it was started on: its first line is `after + 1`. */
  after: number;
}

export interface JournalLine {
  sequence: number;
  change: JournalChange;
  /** The line as written, without its newline: what a rewrite of the journal carries over. */
  text: string;
}

export interface ReadJournal {
  header: JournalHeader;
  /** The whole, checked lines in order, numbered after+1, after+2, … */
  lines: JournalLine[];
  /** A last line that is cut short or fails its checksum: a write the crash interrupted, never acknowledged. */
  tornTail?: string;
  /** What is wrong before the last line; the lines before it are still good and in `lines`. */
  damage?: string;
}

const checksum = (text: string): string => crc32(text).toString(16).padStart(8, '0');

const headerPattern =
  /^\{"summitBriefingJournal":1,"lineage":("(?:[^"\\]|\\.)*"),"after":(\d+),"sum":"([0-9a-f]{8})"\}$/;
const linePattern = /^\{"seq":(\d+),"sum":"([0-9a-f]{8})","change":(.*)\}$/s;

/** The journal's first line; written only as part of a whole new file (temp, fsync, rename), never appended. */
export function encodeHeader({ lineage, after }: JournalHeader): string {
  const name = JSON.stringify(lineage);
  return `{"summitBriefingJournal":1,"lineage":${name},"after":${after},"sum":"${checksum(`journal:${name}:${after}`)}"}`;
}

/**
 * One line per acknowledged write. The checksum covers the sequence number and the change's exact
 * text, so a line cut short, a bit flipped or a line from another place never replays.
 */
export function encodeLine(sequence: number, change: JournalChange): string {
  const text = JSON.stringify(change);
  return `{"seq":${sequence},"sum":"${checksum(`${sequence}:${text}`)}","change":${text}}`;
}

function decodeHeader(line: string): JournalHeader | undefined {
  const match = headerPattern.exec(line);
  if (!match) return undefined;
  const [, name = '', after = '', sum] = match;
  if (checksum(`journal:${name}:${after}`) !== sum) return undefined;
  return { lineage: JSON.parse(name) as string, after: Number(after) };
}

type Decoded = { ok: true; line: JournalLine } | { ok: false; torn: boolean; reason: string };

function decodeLine(text: string, expected: number): Decoded {
  const match = linePattern.exec(text);
  if (!match) return { ok: false, torn: true, reason: 'it is cut short or not a journal line' };
  const [, seq = '', sum, changeText = ''] = match;
  if (checksum(`${seq}:${changeText}`) !== sum) return { ok: false, torn: true, reason: 'its checksum does not match' };
  const sequence = Number(seq);
  if (sequence !== expected) {
    return { ok: false, torn: false, reason: `it is change ${sequence} where change ${expected} should be` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(changeText);
  } catch {
    return { ok: false, torn: false, reason: 'its change is not valid JSON' };
  }
  const parsed = journalChangeSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, torn: false, reason: 'its change does not have the expected shape' };
  return { ok: true, line: { sequence, change: parsed.data, text } };
}

/**
 * Reads a journal. A whole line ends in a newline and passes its checksum; the last line may be
 * torn (the write a crash cut short was never acknowledged, so it is dropped), but anything wrong
 * before it is damage: the lines before the damage are kept, the rest cannot be trusted to follow.
 * Undefined when the file has no valid header: it is not a journal at all.
 */
export function readJournal(text: string): ReadJournal | undefined {
  const parts = text.split('\n');
  // After the last newline: empty for a journal that ends cleanly, a torn write otherwise.
  const unterminated = parts.pop() ?? '';
  const header = parts.length > 0 ? decodeHeader(parts[0] ?? '') : undefined;
  if (!header) return undefined;
  const journal: ReadJournal = { header, lines: [] };
  for (let index = 1; index < parts.length; index++) {
    const decoded = decodeLine(parts[index] ?? '', header.after + journal.lines.length + 1);
    if (decoded.ok) {
      journal.lines.push(decoded.line);
      continue;
    }
    const last = index === parts.length - 1 && unterminated === '';
    if (last && decoded.torn) journal.tornTail = `its last line ${decoded.reason}`;
    else journal.damage = `line ${index + 1} of the journal ${decoded.reason}`;
    return journal;
  }
  if (unterminated !== '') journal.tornTail = 'its last line was cut short before its end';
  return journal;
}
