import { constants } from 'node:fs';
import { errorCode, type FileSystem } from './ports/fileSystem';

export type BoundedReadProblem =
  | { kind: 'missing' }
  | { kind: 'not-a-file' }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'unreadable'; code: string };

/** Why a bounded read gave up, for the caller to phrase for the user. */
export class BoundedReadError extends Error {
  constructor(readonly problem: BoundedReadProblem) {
    super(problem.kind);
    this.name = 'BoundedReadError';
  }
}

// Opening a FIFO for reading waits for a writer; O_NONBLOCK returns at once, so the check below can refuse it.
const readFlags = process.platform === 'win32' ? 'r' : constants.O_RDONLY | constants.O_NONBLOCK;

/**
 * Reads a regular file of at most `maxBytes` as UTF-8. A folder, pipe or device is refused
 * before it is read, and the read itself stops one byte past the limit, so a file that grows
 * while it is read (or lies about its size) cannot exhaust memory.
 */
export async function readFileBounded(fileSystem: FileSystem, path: string, maxBytes: number): Promise<string> {
  const bytes = await readBytesBounded(fileSystem, path, maxBytes);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/**
 * The same read, as bytes: what the database's open hands to the compaction worker, which
 * decodes and parses them off the main thread.
 */
export async function readBytesBounded(fileSystem: FileSystem, path: string, maxBytes: number): Promise<Uint8Array> {
  const fail = (error: unknown): never => {
    if (error instanceof BoundedReadError) throw error;
    const code = errorCode(error) ?? String(error);
    throw new BoundedReadError(code === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable', code });
  };
  const info = await fileSystem.stat(path).catch(fail);
  if (!info.isFile()) throw new BoundedReadError({ kind: 'not-a-file' });
  if (info.size > maxBytes) throw new BoundedReadError({ kind: 'too-large', bytes: info.size });

  const handle = await fileSystem.open(path, readFlags).catch(fail);
  try {
    const opened = await handle.stat().catch(fail);
    // The path may have been swapped between the stat and the open.
    if (!opened.isFile()) throw new BoundedReadError({ kind: 'not-a-file' });
    const chunks: Uint8Array[] = [];
    let total = 0;
    const chunkSize = Math.min(Math.max(opened.size + 1, 64 * 1024), maxBytes + 1);
    for (;;) {
      // Never more room than one byte past the limit: a file fuller than it said is still bounded.
      // Once the size the file stated is read, a small probe finds its end: a second buffer of the file's size,
      // zeroed to read nothing into it, cost a 38 MB allocation per compaction and the garbage collection it set off.
      const wanted = total < opened.size ? chunkSize : 64 * 1024;
      const chunk = new Uint8Array(Math.min(wanted, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null).catch(fail);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw new BoundedReadError({ kind: 'too-large', bytes: total });
    }
    // One chunk (the usual case: the size was right) is handed on as it is, not copied.
    if (chunks.length === 1) return chunks[0]!;
    // Its own buffer, never Node's shared pool: a caller may hand it to a worker.
    const whole = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      whole.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return whole;
  } finally {
    await handle.close().catch(() => undefined);
  }
}
