import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { crashModes } from './crashProtocol';
import { runCrashTest } from './runCrashTest';

const iterations = Number(process.env.CRASH_ITERATIONS ?? 200);

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'summit-briefing-crash-data-'));
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('crash safety', () => {
  it(
    `leaves a whole database holding every acknowledged edit after ${iterations} kills during edits, backup rotation, import and recovery`,
    async () => {
      const result = await runCrashTest({ iterations, dataDir });
      console.info(`[crash test] ${JSON.stringify(result)}`);

      expect(result.iterations).toBe(iterations);
      expect(result.torn, `torn files (seed ${result.seed}): ${result.tornReasons.join(' | ')}`).toBe(0);
      expect(result.lostAcknowledged, `acknowledged edits lost (seed ${result.seed})`).toBe(0);
      expect(result.tornBackups, `unreadable backups (seed ${result.seed})`).toBe(0);
      expect(result.lostBackups, `kills that left no valid backup (seed ${result.seed})`).toBe(0);
      expect(result.lostDamaged, `damaged databases whose bytes were lost (seed ${result.seed})`).toBe(0);
      // Every mode ran its share.
      for (const runs of Object.values(result.byMode)) {
        expect(runs).toBeGreaterThanOrEqual(Math.floor(iterations / crashModes.length));
      }
      // The children did real work between kills: the runs that wait for one acknowledged at least one edit each.
      expect(result.acknowledged).toBeGreaterThanOrEqual(
        result.byMode.edits + result.byMode.compaction + result.byMode.backups + result.byMode.import,
      );
    },
    // Generous: a machine shared with other work can be several times slower than CI. A child that
    // acknowledges nothing for 15 s fails the run, so this only guards against a hang.
    Math.max(180_000, iterations * 3_000),
  );
});

/**
 * The harness must be able to fail. Each case bundles the child with one store module replaced by
 * a broken one and expects the checks to notice within a few kills.
 */
describe('crash test self-check', () => {
  it('notices torn files when the database is written in place', async () => {
    const inPlace = `
      import { open } from 'node:fs/promises';
      export async function writeFileAtomic(_fileSystem: unknown, path: string, text: string): Promise<void> {
        const handle = await open(path, 'w');
        try {
          await handle.write(text.slice(0, text.length >> 1));
          await new Promise((resolve) => setTimeout(resolve, 3));
          await handle.write(text.slice(text.length >> 1));
        } finally {
          await handle.close();
        }
      }
      export async function writeTarget(_fileSystem: unknown, path: string): Promise<string> {
        return path;
      }
      export async function removeAbandonedTemporaryFiles(): Promise<number> {
        return 0;
      }`;
    const result = await runCrashTest({
      iterations: 16,
      dataDir,
      // Compacting every few lines: the database file and the journal are rewritten again and again.
      modes: ['compaction'],
      killDelayMs: [5, 30],
      childModuleOverrides: { 'atomicWrite.ts': inPlace },
    });
    console.info(`[crash self-check, in-place writes] ${JSON.stringify(result)}`);
    // A kill during an in-place write may tear the database, a backup copied from it, or cost an
    // acknowledged edit, depending on where it lands: noticing any of them is noticing the fault.
    expect(result.torn + result.tornBackups + result.lostAcknowledged).toBeGreaterThan(0);
    // Each torn file says what it was, for the one in a thousand that needs following up.
    expect(result.tornReasons).toHaveLength(Math.min(result.torn, 10));
  }, 120_000);

  it('notices lost edits when a change is acknowledged before it is written', async () => {
    const eager = `
      export class ChangeQueue {
        inBatch = 0;
        batches = 0;
        private running: Promise<void> = Promise.resolve();
        constructor(private readonly process: (batch: unknown[]) => Promise<void>, private readonly delayMs: number) {}
        get pending(): number {
          return 0;
        }
        barrierAhead(): boolean {
          return false;
        }
        push(request: unknown): Promise<unknown> {
          setTimeout(() => {
            const item = { request, at: Date.now(), resolve: () => undefined, reject: () => undefined };
            this.running = this.running.then(() => this.process([item])).catch(() => undefined);
          }, this.delayMs);
          return Promise.resolve({ result: undefined, answer: { changed: {}, history: { canUndo: true, canRedo: false }, revision: 0 } });
        }
        flush(): Promise<void> {
          return this.running;
        }
      }`;
    const result = await runCrashTest({
      iterations: 6,
      dataDir,
      modes: ['edits'],
      childModuleOverrides: { 'changeQueue.ts': eager },
    });
    console.info(`[crash self-check, early acknowledgement] ${JSON.stringify(result)}`);
    expect(result.lostAcknowledged).toBeGreaterThan(0);
  }, 120_000);

  it('notices a damaged database that recovery moved away before it was safe elsewhere', async () => {
    // A careless order: the damaged file is dropped before the restored copy is safe in its place.
    const careless = `
      import { rm } from 'node:fs/promises';
      export async function setAside(_fileSystem: unknown, path: string) {
        await rm(path, { force: true });
        return { damagedFile: path + '.gone', undo: async () => false };
      }
      export const repairFailed = (problem: string) => new Error(problem);
      export const restoredNotice = (message: string, damagedFile: string, backupFile: string) =>
        ({ kind: 'restored-from-backup', message, damagedFile, backupFile });
      export const freshNotice = (message: string, damagedFile: string) => ({ kind: 'started-fresh', message, damagedFile });
      export const journalNotice = (message: string, damagedFile: string) =>
        ({ kind: 'journal-repaired', message, damagedFile });`;
    const result = await runCrashTest({
      iterations: 4,
      dataDir,
      modes: ['edits', 'recovery'],
      childModuleOverrides: { 'databaseRecovery.ts': careless },
    });
    console.info(`[crash self-check, careless recovery] ${JSON.stringify(result)}`);
    expect(result.lostDamaged).toBeGreaterThan(0);
  }, 120_000);
});
