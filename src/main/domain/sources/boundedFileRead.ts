import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { BriefingError } from '../../../shared/errors';

/** The file-system calls a bounded read needs, so tests can hand in a file system that misbehaves. */
export interface BoundedReadFileSystem {
  stat: typeof stat;
  open: typeof open;
}

const nodeFileSystem: BoundedReadFileSystem = { stat, open };

// Opening a FIFO for reading waits for a writer; O_NONBLOCK returns at once, so it can be refused below.
const readFlags = process.platform === 'win32' ? 'r' : constants.O_RDONLY | constants.O_NONBLOCK;

function size(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function refuse(path: string, reason: string): BriefingError {
  return new BriefingError({
    code: 'invalid-request',
    message: `${basename(path)} cannot be imported: ${reason} Nothing was imported.`,
  });
}

/**
 * The bytes of a regular file of at most `maxBytes`. A folder, pipe or device is refused before anything is read,
 * and the read itself stops one byte past the limit, so a file that grows while it is read, or that lies about its
 * size, cannot exhaust memory. (The backup and database reads check the size with `stat` and then read the whole
 * file; this is the stricter read an outside file gets.)
 *
 * @throws BriefingError `invalid-request` naming the file and the reason.
 */
export async function readFileBounded(
  path: string,
  maxBytes: number,
  fileSystem: BoundedReadFileSystem = nodeFileSystem,
): Promise<Uint8Array> {
  const unreadable = (error: unknown): never => {
    if (error instanceof BriefingError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw refuse(path, 'the file is not there any more.');
    if (code === 'EACCES' || code === 'EPERM') throw refuse(path, 'Summit Briefing is not allowed to read it.');
    throw refuse(path, `the file could not be read (${code ?? String(error)}).`);
  };
  const tooLarge = (bytes: number) =>
    refuse(path, `it is ${size(bytes)}, more than the ${size(maxBytes)} an imported article can be.`);

  const info = await fileSystem.stat(path).catch(unreadable);
  if (!info.isFile()) throw refuse(path, 'it is not a file.');
  if (info.size > maxBytes) throw tooLarge(info.size);

  const handle = await fileSystem.open(path, readFlags).catch(unreadable);
  try {
    const opened = await handle.stat().catch(unreadable);
    // The path may have been swapped for something else between the stat and the open.
    if (!opened.isFile()) throw refuse(path, 'it is not a file.');
    const chunks: Uint8Array[] = [];
    let total = 0;
    const chunkSize = Math.min(Math.max(opened.size + 1, 64 * 1024), maxBytes + 1);
    for (;;) {
      // Never room for more than one byte past the limit: a file fuller than it said is still bounded.
      const chunk = new Uint8Array(Math.min(chunkSize, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null).catch(unreadable);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(total);
    }
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    return bytes;
  } finally {
    await handle.close().catch(() => undefined);
  }
}
