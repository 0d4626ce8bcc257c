import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomicWrite';

export const backupFolderName = 'backups';
export const backupsKept = 10;

const backupName = /^summit-briefing-(\d{8}T\d{6}\d{3}Z)(?:-\d+)?\.json$/;

/** A file-name-safe, sortable UTC stamp: 20210817T093000123Z. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

/** Backups, newest first. */
export async function listBackups(dataDirectory: string): Promise<string[]> {
  const folder = join(dataDirectory, backupFolderName);
  const names = await readdir(folder).catch(() => [] as string[]);
  // Newest first by stamp, then by the numeric suffix that separates backups made in one millisecond.
  const order = (name: string): [string, number] => {
    const match = backupName.exec(name);
    return [match?.[1] ?? '', Number(/-(\d+)\.json$/.exec(name)?.[1] ?? 0)];
  };
  return names
    .filter((name) => backupName.test(name))
    .sort((a, b) => {
      const [stampA, suffixA] = order(a);
      const [stampB, suffixB] = order(b);
      return stampA === stampB ? suffixB - suffixA : stampA < stampB ? 1 : -1;
    })
    .map((name) => join(folder, name));
}

/** Writes one backup of a database text known to be good, and keeps only the newest few. */
export async function writeBackup(dataDirectory: string, text: string, now: Date): Promise<string> {
  const folder = join(dataDirectory, backupFolderName);
  await mkdir(folder, { recursive: true });
  const existing = await listBackups(dataDirectory);
  let path = join(folder, `summit-briefing-${fileStamp(now)}.json`);
  for (let suffix = 1; existing.includes(path); suffix++) {
    path = join(folder, `summit-briefing-${fileStamp(now)}-${suffix}.json`);
  }
  await writeFileAtomic(path, text);
  const all = await listBackups(dataDirectory);
  await Promise.all(all.slice(backupsKept).map((old) => rm(old, { force: true })));
  return path;
}
