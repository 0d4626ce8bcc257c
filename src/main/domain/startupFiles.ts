import { listBackups } from './backups';
import { BoundedReadError, readBytesBounded } from './boundedRead';
import type { FileSystem } from './ports/fileSystem';
import { sizeText } from './snapshotFormat';

/** A file's bytes, or what stands in for them: missing, or a reason it cannot be a database. */
export type FileBytes =
  { kind: 'bytes'; bytes: Uint8Array } | { kind: 'missing' } | { kind: 'refused'; message: string };

export async function readFileBytes(
  fileSystem: FileSystem,
  path: string,
  maxBytes: number,
  what: string,
): Promise<FileBytes> {
  try {
    return { kind: 'bytes', bytes: await readBytesBounded(fileSystem, path, maxBytes) };
  } catch (error) {
    if (!(error instanceof BoundedReadError)) throw error;
    const { problem } = error;
    if (problem.kind === 'missing') return { kind: 'missing' };
    if (problem.kind === 'unreadable')
      throw Object.assign(new Error(`${problem.code}: cannot read ${path}`), { code: problem.code });
    return {
      kind: 'refused',
      message:
        problem.kind === 'not-a-file'
          ? `The ${what} at ${path} is not a regular file, so it was not read.`
          : `The ${what} at ${path} is ${sizeText(problem.bytes)}, larger than the ${sizeText(maxBytes)} Summit Briefing accepts, so it was not read.`,
    };
  }
}

/** True when the newest backup holds exactly these bytes, so a start with no change keeps no new copy. */
export async function newestBackupHolds(
  fileSystem: FileSystem,
  dataDirectory: string,
  bytes: Uint8Array,
  maxBytes: number,
): Promise<boolean> {
  const [newest] = await listBackups(dataDirectory, fileSystem);
  if (!newest) return false;
  const held = await readBytesBounded(fileSystem, newest, maxBytes).catch(() => undefined);
  return held !== undefined && Buffer.from(held.buffer, held.byteOffset, held.byteLength).equals(bytes);
}
