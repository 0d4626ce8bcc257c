import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  acquireDataFolderLock,
  judgeExistingLock,
  lockFileName,
  systemLockEnvironment,
  type LockEnvironment,
  type LockHolder,
} from './dataFolderLock';

let folder: string;
let children: ChildProcess[] = [];

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'summit-briefing-lock-'));
});

afterEach(async () => {
  for (const child of children) child.kill('SIGKILL');
  children = [];
  await rm(folder, { recursive: true, force: true });
});

/** This machine as it is, except for the pid when a test plays a second app instance. */
function here(overrides: Partial<LockEnvironment> = {}): LockEnvironment {
  return { ...systemLockEnvironment(), ...overrides };
}

function holder(overrides: Partial<LockHolder> = {}): LockHolder {
  return {
    app: 'summit-briefing',
    pid: 4242,
    hostname: here().hostname,
    startedAt: new Date().toISOString(),
    ...overrides,
  };
}

async function writeLock(content: unknown): Promise<void> {
  await writeFile(join(folder, lockFileName), typeof content === 'string' ? content : JSON.stringify(content));
}

/** A real process that keeps running until the test ends, to hold a lock with a live pid. */
function runningProcess(): number {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  children.push(child);
  if (!child.pid) throw new Error('could not start a child process');
  return child.pid;
}

describe('acquireDataFolderLock', () => {
  it('creates the lock file with this process and machine, and release removes it', async () => {
    const attempt = await acquireDataFolderLock(folder, here());
    expect(attempt.status).toBe('acquired');
    const written = JSON.parse(await readFile(join(folder, lockFileName), 'utf8')) as LockHolder;
    expect(written).toMatchObject({ app: 'summit-briefing', pid: process.pid, hostname: here().hostname });
    if (attempt.status === 'acquired') await attempt.lock.release();
    await expect(readFile(join(folder, lockFileName))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses a second instance while the first runs on this machine, and leaves its lock alone', async () => {
    const pid = runningProcess();
    await writeLock(holder({ pid }));
    const before = await readFile(join(folder, lockFileName), 'utf8');
    const attempt = await acquireDataFolderLock(folder, here());
    expect(attempt).toMatchObject({ status: 'held', judgement: 'running-here', holder: { pid } });
    expect(await readFile(join(folder, lockFileName), 'utf8')).toBe(before);
  });

  it('lets exactly one of two instances starting at once have the folder', async () => {
    const attempts = await Promise.all([
      acquireDataFolderLock(folder, here({ pid: runningProcess() })),
      acquireDataFolderLock(folder, here({ pid: runningProcess() })),
    ]);
    expect(attempts.map((attempt) => attempt.status).sort()).toEqual(['acquired', 'held']);
  });

  it('takes over a lock whose process is gone (a crash)', async () => {
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    const pid = child.pid ?? 0;
    await new Promise((done) => child.once('exit', done));
    await writeLock(holder({ pid }));
    const attempt = await acquireDataFolderLock(folder, here());
    expect(attempt.status).toBe('acquired');
  });

  it('takes over a lock written before this machine last started', async () => {
    await writeLock(holder({ pid: runningProcess(), startedAt: new Date(Date.now() - 86_400_000).toISOString() }));
    const attempt = await acquireDataFolderLock(folder, here({ bootTime: new Date(Date.now() - 3_600_000) }));
    expect(attempt.status).toBe('acquired');
  });

  it('asks before taking a lock from another computer, and takes it when told to', async () => {
    await writeLock(holder({ hostname: 'delegation-laptop' }));
    expect(await acquireDataFolderLock(folder, here())).toMatchObject({
      status: 'held',
      judgement: 'other-computer',
      holder: { hostname: 'delegation-laptop' },
    });
    expect((await acquireDataFolderLock(folder, here(), { takeOver: true })).status).toBe('acquired');
  });

  it('never takes over a live instance on this machine, even when told to', async () => {
    await writeLock(holder({ pid: runningProcess() }));
    expect((await acquireDataFolderLock(folder, here(), { takeOver: true })).status).toBe('held');
  });

  it('treats a damaged lock as stale once it is old, and as being written while it is fresh', async () => {
    await writeLock('{"app":"summit-bri');
    expect(await acquireDataFolderLock(folder, here())).toMatchObject({ status: 'held', judgement: 'being-written' });
    const old = new Date(Date.now() - 60_000);
    await utimes(join(folder, lockFileName), old, old);
    expect((await acquireDataFolderLock(folder, here())).status).toBe('acquired');
  });

  it('release keeps a lock that another instance has taken over since', async () => {
    const first = await acquireDataFolderLock(folder, here());
    if (first.status !== 'acquired') throw new Error('expected the lock');
    const successor = holder({ hostname: 'another-machine' });
    await writeLock(successor);
    await first.lock.release();
    expect(JSON.parse(await readFile(join(folder, lockFileName), 'utf8'))).toEqual(successor);
  });

  it('says the folder cannot be written when it does not exist or is a file', async () => {
    expect(await acquireDataFolderLock(join(folder, 'missing'), here())).toMatchObject({
      status: 'unwritable',
      code: 'ENOENT',
    });
    await writeFile(join(folder, 'a-file'), 'x');
    expect(await acquireDataFolderLock(join(folder, 'a-file'), here())).toMatchObject({
      status: 'unwritable',
      code: 'ENOTDIR',
      message: 'part of the path is a file, not a folder',
    });
  });
});

describe('judgeExistingLock', () => {
  const environment = here({ pid: 100, hostname: 'laptop', bootTime: new Date('2026-01-02T00:00:00Z') });
  const alive = (answer: boolean): LockEnvironment => ({ ...environment, isProcessAlive: () => answer });
  const lock = (overrides: Partial<LockHolder>) =>
    holder({ hostname: 'laptop', pid: 200, startedAt: '2026-01-03T00:00:00.000Z', ...overrides });

  it.each([
    ['a live process here', lock({}), alive(true), 'running-here'],
    ['a dead process here', lock({}), alive(false), 'stale'],
    ['this very pid (reused after a restart)', lock({ pid: 100 }), alive(true), 'stale'],
    ['a process from before the restart', lock({ startedAt: '2026-01-01T00:00:00.000Z' }), alive(true), 'stale'],
    ['another computer', lock({ hostname: 'desktop' }), alive(false), 'other-computer'],
  ] as const)('judges %s', (_name, existing, env, expected) => {
    expect(judgeExistingLock(existing, env, 0)).toBe(expected);
  });
});
