import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { contract, type ResponseOf } from '../../shared/contract';
import { firstScreenOf } from '../../shared/firstScreen';
import { writeFileAtomic } from './atomicWrite';
import { readFileBounded } from './boundedRead';
import { databaseFileName, journalFileName } from './databaseFile';
import { errorCode, type FileSystem } from './ports/fileSystem';

/**
 * The window's first screen as it was when the app last quit, beside the database: at the next
 * start it is painted from this small file while the database itself (megabytes at 10,000 cards)
 * is still being read, parsed and checked. It is only ever a preview: the library the store
 * opens replaces it, and it is used only when the database and its journal are byte for byte the
 * files it was written beside (same size, same modification time) and the shipped seed is the
 * same, so a crash, a change since, a restored backup or an app update all make it ignored.
 */
export const firstScreenFileName = 'summit-briefing.first-screen.json';

/** What a first screen of at most 60 cards and their notes can take; more is not ours. */
const firstScreenFileMaxBytes = 8 * 1024 * 1024;

/** The cards the file keeps: the most a window asks for, so any window's first screen can be cut from it. */
export const firstScreenFileCards = 60;

const fileStampSchema = z.object({ size: z.number().int().nonnegative(), mtimeMs: z.number() }).strict();

const firstScreenFileSchema = z
  .object({
    format: z.literal(1),
    files: z.object({ database: fileStampSchema, journal: fileStampSchema.nullable() }).strict(),
    seed: z.string().regex(/^sha256:[0-9a-f]{64}$/),
    firstScreen: contract.getFirstScreen.response,
  })
  .strict();

type FirstScreen = ResponseOf<'getFirstScreen'>;
type FileStamp = z.infer<typeof fileStampSchema>;

/** Which seed the shipped cards of a first screen came from: its bytes, since an update may keep the revision. */
export function seedStamp(seed: unknown): string {
  return `sha256:${createHash('sha256').update(JSON.stringify(seed)).digest('hex')}`;
}

async function stampOf(fileSystem: FileSystem, path: string): Promise<FileStamp | null> {
  try {
    const info = await fileSystem.stat(path);
    return { size: info.size, mtimeMs: info.mtimeMs };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

async function stampsOf(fileSystem: FileSystem, dataDirectory: string) {
  const [database, journal] = await Promise.all([
    stampOf(fileSystem, join(dataDirectory, databaseFileName)),
    stampOf(fileSystem, join(dataDirectory, journalFileName)),
  ]);
  return { database, journal };
}

function sameStamp(first: FileStamp | null, second: FileStamp | null): boolean {
  return first === null || second === null
    ? first === second
    : first.size === second.size && first.mtimeMs === second.mtimeMs;
}

/**
 * Keeps `library`'s first screen beside the database, for the next start. Called once the last
 * write is on disk (as the app quits): the stamps it records are of the files as they are then.
 */
export async function writeFirstScreenFile(
  fileSystem: FileSystem,
  dataDirectory: string,
  seed: string,
  library: FirstScreen['library'],
): Promise<void> {
  const { database, journal } = await stampsOf(fileSystem, dataDirectory);
  if (!database) return;
  const file = {
    format: 1,
    files: { database, journal },
    seed,
    firstScreen: firstScreenOf(library, firstScreenFileCards),
  };
  await writeFileAtomic(fileSystem, join(dataDirectory, firstScreenFileName), JSON.stringify(file));
}

/**
 * The first screen kept at the last quit, if it still describes the files on disk and this seed;
 * undefined otherwise, and for a file that is missing, too large, damaged or not in our format,
 * which the next quit replaces.
 */
export async function readFirstScreenFile(
  fileSystem: FileSystem,
  dataDirectory: string,
  seed: string,
): Promise<FirstScreen | undefined> {
  let parsed: z.infer<typeof firstScreenFileSchema>;
  try {
    const text = await readFileBounded(fileSystem, join(dataDirectory, firstScreenFileName), firstScreenFileMaxBytes);
    const result = firstScreenFileSchema.safeParse(JSON.parse(text));
    if (!result.success) return undefined;
    parsed = result.data;
  } catch {
    return undefined;
  }
  if (parsed.seed !== seed) return undefined;
  const now = await stampsOf(fileSystem, dataDirectory).catch(() => undefined);
  if (!now || !sameStamp(now.database, parsed.files.database) || !sameStamp(now.journal, parsed.files.journal)) {
    return undefined;
  }
  return parsed.firstScreen;
}

/**
 * A window's first screen cut from the kept one: its first `limit` cards, with the counts of the
 * whole library the file recorded, and nothing of the session that wrote it (its undo history,
 * revision, notices, read-only state) — the library the store opens brings those.
 */
export function firstScreenFromFile(
  kept: FirstScreen,
  limit: number,
  systemLanguages: readonly string[] | undefined,
): FirstScreen {
  const { notice: _notice, readOnly: _readOnly, systemLanguages: _languages, ...library } = kept.library;
  const cut = firstScreenOf(
    {
      ...library,
      history: { canUndo: false, canRedo: false },
      revision: 0,
      ...(systemLanguages ? { systemLanguages: [...systemLanguages] } : {}),
    },
    limit,
  );
  return { ...cut, total: kept.total, counts: kept.counts };
}
