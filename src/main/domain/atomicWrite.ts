import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let sequence = 0;

/**
 * Replaces `path` with `text` so that a crash at any moment leaves either the old or the new
 * file: write a sibling temp file, fsync it, rename over the target, then fsync the folder so
 * the rename itself is durable.
 */
export async function writeFileAtomic(path: string, text: string | Uint8Array): Promise<void> {
  const temporaryPath = join(dirname(path), `.${basename(path)}.${process.pid}.${sequence++}.tmp`);
  try {
    const handle = await open(temporaryPath, 'w', 0o600);
    try {
      await handle.writeFile(text, typeof text === 'string' ? 'utf8' : undefined);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporaryPath, path);
  } catch (error) {
    // A full disk or a failed rename must not leave half-written temp files behind.
    await rm(temporaryPath, { force: true });
    throw error;
  }
  await syncDirectory(dirname(path));
}

/**
 * Removes temp files that a write killed half-way left beside `path`. Only safe while no other
 * process writes the file: the app holds the single-instance lock on its data folder.
 */
export async function removeAbandonedTemporaryFiles(path: string): Promise<number> {
  const prefix = `.${basename(path)}.`;
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  const abandoned = names.filter((name) => name.startsWith(prefix) && name.endsWith('.tmp'));
  await Promise.all(abandoned.map((name) => rm(join(dirname(path), name), { force: true })));
  return abandoned.length;
}

async function syncDirectory(path: string): Promise<void> {
  // Windows cannot open a directory for fsync; there the rename is as durable as it gets.
  if (process.platform === 'win32') return;
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
