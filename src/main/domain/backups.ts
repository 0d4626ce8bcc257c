import { join } from 'node:path';
import { writeFileAtomic } from './atomicWrite';
import { nodeFileSystem, type FileSystem } from './ports/fileSystem';

export const backupFolderName = 'backups';
/** The newest backups always kept; older ones only as the daily and weekly copies below. */
export const backupsKept = 10;

const day = 24 * 60 * 60 * 1000;
const week = 7 * day;

// summit-briefing-000042-20210817T093000123Z.json: the sequence orders, the stamp only dates.
const backupName = /^summit-briefing-(\d{6,})-(\d{8}T\d{9}Z)\.json$/;
// Before sequences: summit-briefing-20210817T093000123Z(-1).json, ordered by stamp, older than any numbered one.
const legacyName = /^summit-briefing-(\d{8}T\d{9}Z)(?:-(\d+))?\.json$/;

/** A file-name-safe, sortable UTC stamp: 20210817T093000123Z. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function stampTime(stamp: string): number {
  const iso = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}.${stamp.slice(15, 18)}Z`;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? 0 : time;
}

export interface BackupEntry {
  path: string;
  /** Monotonic: each backup gets the next number, whatever the clock says. Legacy backups are 0. */
  sequence: number;
  /** When it was taken, by the clock of that moment: only for keeping one a day and one a week. */
  takenAt: number;
  /** Orders legacy backups among themselves. */
  tieBreak: string;
}

/** Backups, newest first: by sequence, then (legacy ones) by stamp and suffix. */
export async function listBackupEntries(
  dataDirectory: string,
  fileSystem: FileSystem = nodeFileSystem,
): Promise<BackupEntry[]> {
  const folder = join(dataDirectory, backupFolderName);
  const names = await fileSystem.readdir(folder).catch(() => [] as string[]);
  const entries: BackupEntry[] = [];
  for (const name of names) {
    const numbered = backupName.exec(name);
    if (numbered) {
      const stamp = numbered[2] ?? '';
      entries.push({
        path: join(folder, name),
        sequence: Number(numbered[1]),
        takenAt: stampTime(stamp),
        tieBreak: stamp,
      });
      continue;
    }
    const legacy = legacyName.exec(name);
    if (legacy) {
      const stamp = legacy[1] ?? '';
      const suffix = (legacy[2] ?? '0').padStart(6, '0');
      entries.push({
        path: join(folder, name),
        sequence: 0,
        takenAt: stampTime(stamp),
        tieBreak: `${stamp}-${suffix}`,
      });
    }
  }
  return entries.sort((a, b) =>
    a.sequence !== b.sequence
      ? b.sequence - a.sequence
      : a.tieBreak < b.tieBreak
        ? 1
        : a.tieBreak > b.tieBreak
          ? -1
          : 0,
  );
}

/** Backup paths, newest first. */
export async function listBackups(dataDirectory: string, fileSystem: FileSystem = nodeFileSystem): Promise<string[]> {
  return (await listBackupEntries(dataDirectory, fileSystem)).map((entry) => entry.path);
}

/**
 * Which backups to keep: the newest 10, plus the newest of each day of the last week and of each
 * week of the last month. "Newest" is by sequence, so a clock set back can never make a fresh
 * backup look old; the dates only decide which day or week a backup belongs to.
 */
export function backupsToKeep(entriesNewestFirst: readonly BackupEntry[], now: number): Set<string> {
  const keep = new Set(entriesNewestFirst.slice(0, backupsKept).map((entry) => entry.path));
  const days = new Set<number>();
  const weeks = new Set<number>();
  for (const entry of entriesNewestFirst) {
    const age = Math.max(0, now - entry.takenAt);
    const dayNumber = Math.floor(entry.takenAt / day);
    const weekNumber = Math.floor(entry.takenAt / week);
    if (age < week && !days.has(dayNumber)) {
      days.add(dayNumber);
      keep.add(entry.path);
    }
    if (age < 30 * day && !weeks.has(weekNumber)) {
      weeks.add(weekNumber);
      keep.add(entry.path);
    }
  }
  return keep;
}

/**
 * Writes one backup of a database file's bytes known to be good (they passed the load's checks
 * when they were read, or when the compaction that made them checked the database whole), then lets go of the backups the policy no longer keeps. The
 * new one is kept whatever happens, so rotation never deletes the last good copy.
 */
export async function writeBackup(
  dataDirectory: string,
  text: string | Uint8Array,
  now: Date,
  fileSystem: FileSystem = nodeFileSystem,
): Promise<string> {
  const folder = join(dataDirectory, backupFolderName);
  await fileSystem.mkdir(folder, { recursive: true });
  const existing = await listBackupEntries(dataDirectory, fileSystem);
  const sequence = Math.max(0, ...existing.map((entry) => entry.sequence)) + 1;
  const path = join(folder, `summit-briefing-${String(sequence).padStart(6, '0')}-${fileStamp(now)}.json`);
  await writeFileAtomic(fileSystem, path, text);
  const all = [{ path, sequence, takenAt: now.getTime(), tieBreak: '' }, ...existing];
  const keep = backupsToKeep(all, now.getTime());
  await Promise.all(
    all
      .filter((entry) => !keep.has(entry.path))
      .map((entry) => fileSystem.rm(entry.path, { force: true }).catch(() => undefined)),
  );
  return path;
}

/** Temp files a backup killed half-way left in the backups folder; safe at start, under the single-instance lock. */
export async function removeAbandonedBackupFiles(
  dataDirectory: string,
  fileSystem: FileSystem = nodeFileSystem,
): Promise<number> {
  const folder = join(dataDirectory, backupFolderName);
  const names = await fileSystem.readdir(folder).catch(() => [] as string[]);
  const abandoned = names.filter((name) => name.startsWith('.summit-briefing-') && name.endsWith('.tmp'));
  await Promise.all(abandoned.map((name) => fileSystem.rm(join(folder, name), { force: true }).catch(() => undefined)));
  return abandoned.length;
}
