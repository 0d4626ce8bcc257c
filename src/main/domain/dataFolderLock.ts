import { readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname, uptime } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * One writer per data folder, on any file system. Electron's single-instance lock is a symlink in
 * the Chromium profile, which only covers two windows of one user on one machine; this lock is a
 * plain file in the data folder itself, created with O_EXCL ('wx'), which works on FAT and exFAT
 * sticks and on network shares, so a second user account or a second computer that opens the same
 * folder is stopped too. A lock left by a crash is recognised and taken over: same computer and
 * the process is gone, or the computer has restarted since.
 */
export const lockFileName = 'summit-briefing.lock';

const holderSchema = z
  .object({
    app: z.literal('summit-briefing'),
    pid: z.number().int().positive(),
    hostname: z.string().max(255),
    startedAt: z.iso.datetime(),
  })
  .strict();

export type LockHolder = z.infer<typeof holderSchema>;

/** What the lock needs to know about this process and machine; Node's in the app, chosen values in tests. */
export interface LockEnvironment {
  pid: number;
  hostname: string;
  now(): Date;
  /** When this machine last started (now minus os.uptime()). */
  bootTime: Date;
  /** Whether a process with this id runs on this machine (process.kill(pid, 0)). */
  isProcessAlive(pid: number): boolean;
}

/** This process on this machine. */
export function systemLockEnvironment(): LockEnvironment {
  return {
    pid: process.pid,
    hostname: hostname(),
    now: () => new Date(),
    bootTime: new Date(Date.now() - uptime() * 1000),
    isProcessAlive(pid) {
      try {
        process.kill(pid, 0);
        return true;
      } catch (error) {
        // EPERM: it exists but belongs to another user, which still means the folder is in use.
        return codeOf(error) === 'EPERM';
      }
    },
  };
}

export type LockJudgement = 'stale' | 'running-here' | 'other-computer' | 'being-written';

/** A half-written lock younger than this may belong to an instance starting right now. */
const unreadableGraceMs = 10_000;

/** Whether a lock found in the folder still stands. */
export function judgeExistingLock(
  holder: LockHolder | undefined,
  environment: LockEnvironment,
  fileAgeMs: number,
): LockJudgement {
  if (!holder) return fileAgeMs > unreadableGraceMs ? 'stale' : 'being-written';
  if (holder.hostname !== environment.hostname) return 'other-computer';
  if (holder.pid === environment.pid) return 'stale';
  if (new Date(holder.startedAt).getTime() < environment.bootTime.getTime()) return 'stale';
  return environment.isProcessAlive(holder.pid) ? 'running-here' : 'stale';
}

export interface DataFolderLock {
  readonly file: string;
  readonly holder: LockHolder;
  /** Removes the lock file if it is still this process's. Never throws. */
  release(): Promise<void>;
}

export type LockAttempt =
  | { status: 'acquired'; lock: DataFolderLock }
  | {
      status: 'held';
      file: string;
      judgement: Exclude<LockJudgement, 'stale'>;
      holder: LockHolder | undefined;
    }
  | { status: 'unwritable'; file: string; code: string | undefined; message: string };

export interface AcquireOptions {
  /** The user chose to open the folder anyway (a lock from another computer that crashed). */
  takeOver?: boolean;
}

/** Takes the lock of `folder`, which must exist. */
export async function acquireDataFolderLock(
  folder: string,
  environment: LockEnvironment,
  { takeOver = false }: AcquireOptions = {},
): Promise<LockAttempt> {
  const file = join(folder, lockFileName);
  const holder: LockHolder = {
    app: 'summit-briefing',
    pid: environment.pid,
    hostname: environment.hostname,
    startedAt: environment.now().toISOString(),
  };
  // Two rounds at most: a stale lock is removed once; losing the race after that means it is held.
  for (let round = 0; round < 2; round++) {
    try {
      await writeFile(file, `${JSON.stringify(holder)}\n`, { flag: 'wx', encoding: 'utf8' });
      return { status: 'acquired', lock: heldLock(file, holder) };
    } catch (error) {
      if (codeOf(error) !== 'EEXIST') return unwritable(file, error);
    }
    const existing = await readHolder(file);
    if (!existing) continue; // removed between our attempt and the read: try again
    const judgement = judgeExistingLock(existing.holder, environment, existing.ageMs);
    const replaceable = judgement === 'stale' || (takeOver && judgement === 'other-computer');
    if (!replaceable || round > 0) {
      return {
        status: 'held',
        file,
        judgement: judgement === 'stale' ? 'being-written' : judgement,
        holder: existing.holder,
      };
    }
    try {
      await unlink(file);
    } catch (error) {
      if (codeOf(error) !== 'ENOENT') return unwritable(file, error);
    }
  }
  return { status: 'held', file, judgement: 'being-written', holder: undefined };
}

function heldLock(file: string, holder: LockHolder): DataFolderLock {
  let released = false;
  return {
    file,
    holder,
    async release() {
      if (released) return;
      released = true;
      const current = await readHolder(file);
      // Someone who took the lock over after we lost it keeps it.
      if (current?.holder?.pid !== holder.pid || current.holder.startedAt !== holder.startedAt) return;
      await unlink(file).catch(() => undefined);
    },
  };
}

async function readHolder(file: string): Promise<{ holder: LockHolder | undefined; ageMs: number } | undefined> {
  try {
    const [text, info] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    const result = holderSchema.safeParse(parsed);
    return { holder: result.success ? result.data : undefined, ageMs: Date.now() - info.mtimeMs };
  } catch {
    return undefined;
  }
}

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

const unwritableReasons: Record<string, string> = {
  EACCES: 'you do not have permission to write there',
  EPERM: 'you do not have permission to write there',
  EROFS: 'it is on a read-only disk',
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is used up',
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'part of the path is a file, not a folder',
};

function unwritable(file: string, error: unknown): LockAttempt {
  const code = codeOf(error);
  const reason = (code && unwritableReasons[code]) ?? (error instanceof Error ? error.message : String(error));
  return { status: 'unwritable', file, code, message: reason };
}
