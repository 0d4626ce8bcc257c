import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let sequence = 0;

/**
 * Replaces `path` with `text` so that a crash at any moment leaves either the old or the new
 * file: write a sibling temp file, fsync it, rename over the target, then fsync the folder so
 * the rename itself is durable.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const temporaryPath = join(dirname(path), `.${basename(path)}.${process.pid}.${sequence++}.tmp`);
  try {
    const handle = await open(temporaryPath, 'w', 0o600);
    try {
      await handle.writeFile(text, 'utf8');
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
