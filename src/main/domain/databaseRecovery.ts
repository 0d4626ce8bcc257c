import { dirname, join } from 'node:path';
import type { StartupNotice } from '../../shared/contract';
import { BriefingError } from '../../shared/errors';
import { writeTarget } from './atomicWrite';
import { fileStamp } from './backups';
import { diskReason } from './diskErrors';
import { errorCode, type FileSystem } from './ports/fileSystem';

/** A name no file has yet, so a second damaged file never replaces the first. */
export async function freeName(
  fileSystem: FileSystem,
  folder: string,
  base: string,
  extension: string,
): Promise<string> {
  for (let suffix = 0; ; suffix++) {
    const candidate = join(folder, `${base}${suffix ? `-${suffix}` : ''}${extension}`);
    try {
      await fileSystem.lstat(candidate);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return candidate;
      throw error;
    }
  }
}

/** Copies a file of any size in chunks, to a name that must not exist yet, and fsyncs the copy. */
async function copyExclusive(fileSystem: FileSystem, from: string, to: string): Promise<void> {
  const source = await fileSystem.open(from, 'r');
  try {
    const copy = await fileSystem.open(to, 'wx', 0o600);
    try {
      const chunk = new Uint8Array(1024 * 1024);
      for (;;) {
        const { bytesRead } = await source.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        await copy.write(chunk.slice(0, bytesRead));
      }
      await copy.sync();
    } finally {
      await copy.close();
    }
  } catch (error) {
    await fileSystem.rm(to, { force: true }).catch(() => undefined);
    throw error;
  } finally {
    await source.close();
  }
}

/**
 * Keeps a damaged file's bytes under `damagedFile` while they stay where they are: a hard link
 * where the disk allows one, a copy where it does not. Only something that is not a file at all
 * (a folder where the database should be) is moved; the answer puts it back.
 */
export async function keepDamaged(
  fileSystem: FileSystem,
  target: string,
  damagedFile: string,
): Promise<() => Promise<void>> {
  const info = await fileSystem.lstat(target);
  if (!info.isFile()) {
    await fileSystem.rename(target, damagedFile);
    return () => fileSystem.rename(damagedFile, target);
  }
  await fileSystem.link(target, damagedFile).catch(() => copyExclusive(fileSystem, target, damagedFile));
  return () => Promise.resolve();
}

export interface KeptAside {
  damagedFile: string;
  /** Undoes the keeping: removes the copy (or puts a moved folder back) when the repair did not happen. */
  undo(): Promise<boolean>;
}

/**
 * Keeps the bytes of a damaged database file or journal under a new name beside it,
 * `summit-briefing.corrupt-<time>.json` or `summit-briefing.journal.corrupt-<time>.jsonl`,
 * before anything is written in its place. `problem` is what the user is told went wrong.
 */
export async function setAside(
  fileSystem: FileSystem,
  path: string,
  kind: 'database' | 'journal',
  now: Date,
  problem: string,
): Promise<KeptAside> {
  const target = await writeTarget(fileSystem, path);
  const base = kind === 'database' ? 'summit-briefing.corrupt-' : 'summit-briefing.journal.corrupt-';
  const damagedFile = await freeName(
    fileSystem,
    dirname(path),
    `${base}${fileStamp(now)}`,
    kind === 'database' ? '.json' : '.jsonl',
  );
  let putBack: () => Promise<void>;
  try {
    putBack = await keepDamaged(fileSystem, target, damagedFile);
  } catch (error) {
    throw new BriefingError({
      code: 'write-failed',
      reason: diskReason(error),
      message: `${problem} It could not be repaired: ${diskReason(error)}, so the damaged ${kind === 'database' ? 'file' : 'journal'} could not be kept aside. Nothing was moved or replaced: it is still at ${target}. Fix the disk or the folder and choose Try again.`,
    });
  }
  return {
    damagedFile,
    async undo() {
      // Answers whether the damaged bytes are now only in the kept file (a moved folder that would not go back).
      const movedAside = await putBack().then(
        () => false,
        () => true,
      );
      if (!movedAside) await fileSystem.rm(damagedFile, { force: true }).catch(() => undefined);
      return movedAside;
    },
  };
}

/** The error a repair answers when the restored copy could not be written; nothing was replaced. */
export function repairFailed(problem: string, replacing: string, error: unknown, where: string): BriefingError {
  return new BriefingError({
    code: 'write-failed',
    reason: diskReason(error),
    message: `${problem} Summit Briefing meant to put ${replacing} in its place, but could not write it: ${diskReason(error)}. Nothing was replaced: ${where}. Fix the disk (free some space, for one) and choose Try again.`,
  });
}

export function restoredNotice(
  problem: string,
  damagedFile: string,
  backupFile: string,
  journalChanges: number,
): StartupNotice {
  const later = journalChanges > 0 ? `, with the ${journalChanges} changes saved after it in the journal` : '';
  return {
    kind: 'restored-from-backup',
    message: `${problem} The damaged file was kept as ${damagedFile}. Your most recent good backup was restored (${backupFile})${later}; changes made after it may be missing.`,
    damagedFile,
    backupFile,
  };
}

export function freshNotice(problem: string, damagedFile: string): StartupNotice {
  return {
    kind: 'started-fresh',
    message: `${problem} The damaged file was kept as ${damagedFile}. No good backup was found, so the briefing starts again from the shipped cards.`,
    damagedFile,
  };
}

export function journalNotice(problem: string, damagedFile: string, kept: number): StartupNotice {
  return {
    kind: 'journal-repaired',
    message: `Summit Briefing could not read all of its journal of changes: ${problem}. The journal was kept as ${damagedFile}. Your briefing opened with everything in the database file${kept > 0 ? ` and the ${kept} changes of the journal before the damage` : ''}; changes saved after the damage may be missing.`,
    damagedFile,
  };
}
