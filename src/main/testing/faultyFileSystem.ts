import { nodeFileSystem, type FileHandlePort, type FileSystem } from '../domain/ports/fileSystem';

export type FileOperation =
  | 'open'
  | 'write'
  | 'sync'
  | 'truncate'
  | 'close'
  | 'read'
  | 'rename'
  | 'link'
  | 'readdir'
  | 'rm'
  | 'stat'
  | 'lstat'
  | 'realpath'
  | 'mkdir';

export interface Fault {
  operation: FileOperation;
  /** The errno code to fail with: ENOSPC, EPERM, EIO, EBUSY, EAGAIN, EROFS… */
  code: string;
  /** How many matching calls fail before the fault lifts; lasting when left out. */
  times?: number;
  /** Only calls on paths this matches (the destination for rename and link; the opened file for handle calls). */
  path?: RegExp;
  /** For `open`: only opens for writing (flags other than 'r'). */
  writesOnly?: boolean;
  /** For `write`: the first half of the bytes reach the disk before the write fails, as a disk filling up mid-write does. */
  partial?: boolean;
  /** The call never returns and never fails, as if the process were killed during it: nothing after it happens. */
  hang?: boolean;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function injectedError(code: string, operation: FileOperation, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected fault, ${operation} '${path}'`), {
    code,
    syscall: operation,
    path,
  });
}

function opensForWriting(flags: string | number): boolean {
  return typeof flags === 'number' ? (flags & 3) !== 0 : flags !== 'r';
}

/**
 * TEST ONLY. The real disk, with faults a test asks for: a full disk (ENOSPC, also half-way
 * through a write), a refused rename
 * (EPERM, as Windows antivirus does), a failing fsync (EIO), a locked file (EBUSY, EAGAIN) that
 * frees up after a few tries, a read-only disk (EROFS), or a slow disk (every write delayed).
 * Everything not faulted reaches node:fs for real.
 */
export class FaultyFileSystem implements FileSystem {
  private faults: Array<Fault & { left: number }> = [];
  /** Every write waits this long first: a slow disk. */
  writeDelayMs = 0;
  /** How many calls of each operation were made, faulted or not. */
  readonly calls = new Map<FileOperation, number>();
  /** Every open, with its flags: how a test sees that temp files are created exclusively. */
  readonly opens: Array<{ path: string; flags: string | number }> = [];

  constructor(private readonly disk: FileSystem = nodeFileSystem) {}

  /** Adds a fault; answers a function that removes it. */
  fail(fault: Fault): () => void {
    const entry = { ...fault, left: fault.times ?? Number.POSITIVE_INFINITY };
    this.faults.push(entry);
    return () => {
      this.faults = this.faults.filter((candidate) => candidate !== entry);
    };
  }

  /**
   * A disk that cannot be written, as a write-protected USB stick or a folder without write
   * permission: reading works, every create, write, rename, link, removal and mkdir fails.
   */
  makeReadOnly(code = 'EROFS'): () => void {
    const removers = [
      this.fail({ operation: 'open', code, writesOnly: true }),
      ...(['rename', 'link', 'rm', 'mkdir', 'truncate'] as const).map((operation) => this.fail({ operation, code })),
    ];
    return () => removers.forEach((remove) => remove());
  }

  /** Removes every fault and the slow-disk delay. */
  heal(): void {
    this.faults = [];
    this.writeDelayMs = 0;
  }

  count(operation: FileOperation): number {
    return this.calls.get(operation) ?? 0;
  }

  private async check(
    operation: FileOperation,
    path: string,
    flags?: string | number,
    beforeFailing?: () => Promise<unknown>,
  ): Promise<void> {
    this.calls.set(operation, this.count(operation) + 1);
    const fault = this.faults.find(
      (candidate) =>
        candidate.operation === operation &&
        candidate.left > 0 &&
        (!candidate.path || candidate.path.test(path)) &&
        (!candidate.writesOnly || flags === undefined || opensForWriting(flags)),
    );
    if (!fault) return;
    fault.left -= 1;
    if (fault.hang) await new Promise<never>(() => undefined);
    if (fault.partial) await beforeFailing?.();
    // Let the event loop turn, as a real failing syscall would.
    await Promise.resolve();
    throw injectedError(fault.code, operation, path);
  }

  private wrap(handle: FileHandlePort, path: string): FileHandlePort {
    return {
      write: async (data) => {
        if (this.writeDelayMs > 0) await sleep(this.writeDelayMs);
        const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
        await this.check('write', path, undefined, () => handle.write(bytes.subarray(0, bytes.byteLength >> 1)));
        return handle.write(data);
      },
      read: async (buffer, offset, length, position) => {
        await this.check('read', path);
        return handle.read(buffer, offset, length, position);
      },
      stat: () => handle.stat(),
      truncate: async (length) => {
        await this.check('truncate', path);
        return handle.truncate(length);
      },
      sync: async () => {
        await this.check('sync', path);
        return handle.sync();
      },
      close: async () => {
        await handle.close();
        await this.check('close', path);
      },
    };
  }

  async open(path: string, flags: string | number, mode?: number): Promise<FileHandlePort> {
    this.opens.push({ path, flags });
    await this.check('open', path, flags);
    return this.wrap(await this.disk.open(path, flags, mode), path);
  }
  async rename(from: string, to: string): Promise<void> {
    await this.check('rename', to);
    return this.disk.rename(from, to);
  }
  async link(existing: string, newPath: string): Promise<void> {
    await this.check('link', newPath);
    return this.disk.link(existing, newPath);
  }
  async readdir(path: string): Promise<string[]> {
    await this.check('readdir', path);
    return this.disk.readdir(path);
  }
  async rm(path: string, options?: { force?: boolean; recursive?: boolean }): Promise<void> {
    await this.check('rm', path);
    return this.disk.rm(path, options);
  }
  async stat(path: string) {
    await this.check('stat', path);
    return this.disk.stat(path);
  }
  async lstat(path: string) {
    await this.check('lstat', path);
    return this.disk.lstat(path);
  }
  async realpath(path: string): Promise<string> {
    await this.check('realpath', path);
    return this.disk.realpath(path);
  }
  async mkdir(path: string, options?: { recursive?: boolean }): Promise<void> {
    await this.check('mkdir', path);
    return this.disk.mkdir(path, options);
  }
}
