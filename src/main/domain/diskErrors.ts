import { BriefingError } from '../../shared/errors';
import { errorCode } from './ports/fileSystem';

/**
 * Failures that pass by themselves: a file held open by an antivirus or backup tool (EPERM and
 * EBUSY on Windows, where EACCES means the same), a resource briefly exhausted. They are
 * retried with backoff before the user hears of them.
 */
const transientCodes = new Set(['EPERM', 'EBUSY', 'EAGAIN', 'EMFILE', 'ENFILE', 'ETXTBSY']);

export function isTransient(error: unknown): boolean {
  const code = errorCode(error);
  if (!code) return false;
  return transientCodes.has(code) || (process.platform === 'win32' && code === 'EACCES');
}

/** How long to wait before each retry of a transient failure: about 1.5 s in all before the user is told. */
export const defaultRetryDelaysMs = [50, 100, 200, 400, 800];

const reasons: Record<string, string> = {
  ENOSPC: 'The disk is full',
  EDQUOT: 'Your disk quota is used up',
  EROFS: 'The disk holding your data is read-only',
  EIO: 'The disk reported a read or write error (EIO)',
  EACCES: 'Summit Briefing is not allowed to write to its data folder',
  EPERM: 'Summit Briefing is not allowed to write to its data folder, or another program is holding the file',
  EBUSY: 'Another program (an antivirus or backup tool, perhaps) is holding the database file',
  EAGAIN: 'The disk is busy',
  EMFILE: 'Too many files are open',
  ENFILE: 'Too many files are open',
  ENOENT: 'The data folder is gone (was a USB stick removed?)',
};

/** The cause of a failed write, for a person: "The disk is full". */
export function diskReason(error: unknown): string {
  if (error instanceof BriefingError && error.reason) return error.reason;
  const code = errorCode(error);
  if (code && reasons[code]) return reasons[code];
  return code ? `The disk refused the write (${code})` : 'The change could not be written to the disk';
}

/** The error a change answers when its write failed for good; memory, history and file are as before it. */
export function writeFailed(error: unknown, databaseFile: string): BriefingError {
  if (error instanceof BriefingError && (error.code === 'write-failed' || error.code === 'invalid-request')) {
    return error;
  }
  const reason = diskReason(error);
  const code = errorCode(error);
  return new BriefingError({
    code: 'write-failed',
    reason,
    message: `${reason}: your change was not saved, and nothing was changed.`,
    details: [`${code ?? 'error'} while writing ${databaseFile}`],
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `write`, retrying transient failures after each of `delaysMs`; `onRetry` hears of each wait. */
export async function withRetries<Result>(
  write: () => Promise<Result>,
  delaysMs: readonly number[],
  onRetry: (error: unknown) => void = () => undefined,
): Promise<Result> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      const delay = delaysMs[attempt];
      if (delay === undefined || !isTransient(error)) throw error;
      onRetry(error);
      await sleep(delay);
    }
  }
}
