import type { Stats } from 'node:fs';
import * as fs from 'node:fs/promises';

/** An open file: the few operations the store performs on one. */
export interface FileHandlePort {
  /** Writes all of `data` at the current position. */
  write(data: string | Uint8Array): Promise<void>;
  read(buffer: Uint8Array, offset: number, length: number, position: number | null): Promise<{ bytesRead: number }>;
  stat(): Promise<Stats>;
  /** Cuts the file to `length` bytes: how a journal takes back a line whose write failed. */
  truncate(length: number): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Every file operation the store, its journal, backups, recovery, import and export make goes through
 * this port, so a test can make the disk full, refuse a rename, fail an fsync or slow every write
 * (src/main/testing/faultyFileSystem.ts) while the rest of the app runs for real.
 */
export interface FileSystem {
  open(path: string, flags: string | number, mode?: number): Promise<FileHandlePort>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, newPath: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  rm(path: string, options?: { force?: boolean; recursive?: boolean }): Promise<void>;
  stat(path: string): Promise<Stats>;
  lstat(path: string): Promise<Stats>;
  realpath(path: string): Promise<string>;
  mkdir(path: string, options?: { recursive?: boolean }): Promise<void>;
}

function handleOf(handle: fs.FileHandle): FileHandlePort {
  return {
    write: async (data) => {
      await handle.writeFile(data, typeof data === 'string' ? 'utf8' : undefined);
    },
    read: (buffer, offset, length, position) => handle.read(buffer, offset, length, position),
    stat: () => handle.stat(),
    truncate: (length) => handle.truncate(length),
    sync: () => handle.sync(),
    close: () => handle.close(),
  };
}

/** The real disk. */
export const nodeFileSystem: FileSystem = {
  open: async (path, flags, mode) => handleOf(await fs.open(path, flags, mode)),
  rename: (from, to) => fs.rename(from, to),
  link: (existing, newPath) => fs.link(existing, newPath),
  readdir: (path) => fs.readdir(path),
  rm: (path, options) => fs.rm(path, options),
  stat: (path) => fs.stat(path),
  lstat: (path) => fs.lstat(path),
  realpath: (path) => fs.realpath(path),
  mkdir: async (path, options) => {
    await fs.mkdir(path, options);
  },
};

/** The error code of a failed file operation (ENOSPC, EPERM…), if it has one. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}
