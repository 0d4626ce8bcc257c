import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { backupFolderName } from '../../domain/backups';
import { readDatabaseAt, readSavedDatabase } from '../../domain/databaseFile';
import { databaseFileName } from '../../domain/factStore';
import { backupHealth, damagedFiles, keptAside, missingAcks, temporaryFiles } from './crashChecks';
import { childVariable, crashModes, parseAcks, type CrashMode } from './crashProtocol';
import { bundleNodeChild } from '../bundleNodeChild';

export interface CrashTestOptions {
  iterations: number;
  /** The data directory every child run opens in turn; created if missing, left in place afterwards. */
  dataDir: string;
  /** Seeds the random kill delays, so a failing run can be repeated. */
  seed?: number;
  /** The kill comes this many milliseconds after the child's first acknowledged edit: [min, max]. */
  killDelayMs?: [number, number];
  /** What the runs do, in turn (see crashProtocol): by default all of them, so kills land during backup rotation, import and recovery too. */
  modes?: readonly CrashMode[];
  /** Called after each iteration, for progress output in benchmarks. */
  onIteration?: (iteration: number) => void;
  /** Replacement source for domain modules of the child, by file name: only for the test's own self-check. */
  childModuleOverrides?: Record<string, string>;
}

export interface CrashTestResult {
  iterations: number;
  /** Signs of a torn file: a kill left a database that does not read, or a start had to recover one nobody damaged. */
  torn: number;
  /** What each torn file was (at most the first ten), with the iteration and mode, so a rare one can be followed up. */
  tornReasons: string[];
  /** Acknowledged edits found missing from the file after any kill. */
  lostAcknowledged: number;
  durationMs: number;
  seed: number;
  /** Edits acknowledged over the whole run: shows the children got real work done before dying. */
  acknowledged: number;
  /** Backups left at the end that do not read as a valid database: recovery would skip them. */
  tornBackups: number;
  /** Kills after which no valid backup was left, once there had been one: rotation lost the last good copy. */
  lostBackups: number;
  /** Damaged databases whose bytes were in neither the database file nor a file kept aside. */
  lostDamaged: number;
  /** Recovery runs killed before the restored copy was in place (the next start recovered again). */
  interruptedRecoveries: number;
  /** Runs per mode. */
  byMode: Record<CrashMode, number>;
  /** Temp files a killed write left beside the database (harmless: never read; the next start removes them). */
  leftoverTemporaryFiles: number;
}

const childEntry = fileURLToPath(new URL('./crashWriter.ts', import.meta.url));
const firstAckTimeoutMs = 15_000;
const warmChildren = 1;

/** A small, seedable PRNG (mulberry32): the same seed gives the same kill schedule. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Node cannot run the TypeScript child directly, so it is bundled (with zod and lowdb) into one
 * .mjs file. `overrides` swaps the source of domain modules by file name, so the crash test can
 * prove on a deliberately broken store that its checks catch what they claim to.
 */
async function bundleChild(outputDirectory: string, overrides: Record<string, string>): Promise<string> {
  return bundleNodeChild(childEntry, outputDirectory, 'crashWriter', [
    {
      name: 'crash-test-overrides',
      load(id) {
        const override = overrides[basename(id)];
        return override === undefined ? null : { code: override, moduleType: 'ts' };
      },
    },
  ]);
}

interface Writer {
  process: ChildProcess;
  stderr: string;
  /** Resolves when the child has acknowledged its first edit, or has exited without doing so. */
  firstAck: Promise<void>;
  exit: Promise<void>;
}

/** Spawns a child that loads its modules and then waits for "go" on stdin before it touches the data. */
function spawnWriter(script: string, dataDir: string, ackFile: string, env: NodeJS.ProcessEnv): Writer {
  const child = spawn(process.execPath, [script, dataDir, ackFile], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const writer: Writer = {
    process: child,
    stderr: '',
    exit,
    firstAck: Promise.race([new Promise<void>((resolve) => child.stdout?.once('data', () => resolve())), exit]),
  };
  child.stderr?.setEncoding('utf8').on('data', (text: string) => (writer.stderr += text));
  // A child killed before its turn closes the pipe; that is not an error of the test.
  child.stdin?.on('error', () => undefined);
  return writer;
}

async function kill(writer: Writer): Promise<void> {
  writer.process.kill('SIGKILL');
  await writer.exit;
}

/**
 * Starts the child writer again and again on one data directory and SIGKILLs it at a random
 * moment, in each of the modes in turn. After every kill the database file must read and
 * validate (or, while a recovery was cut short, still hold exactly the damage the test made), no
 * recovery may have been needed that the test did not cause, the bytes of a damaged database must
 * never be lost, a valid backup must remain, and every edit the child acknowledged since the last
 * damage must be in the file.
 */
export async function runCrashTest({
  iterations,
  dataDir,
  seed = Date.now() % 2 ** 31,
  killDelayMs = [5, 60],
  modes = crashModes,
  onIteration,
  childModuleOverrides = {},
}: CrashTestOptions): Promise<CrashTestResult> {
  const started = performance.now();
  await mkdir(dataDir, { recursive: true });
  const workDirectory = await mkdtemp(join(tmpdir(), 'summit-briefing-crash-'));
  const ackFile = join(workDirectory, 'acks.txt');
  await writeFile(ackFile, '');
  const databasePath = join(dataDir, databaseFileName);
  const next = random(seed);
  const counts = { torn: 0, lostBackups: 0, lostDamaged: 0, interruptedRecoveries: 0 };
  const tornReasons: string[] = [];
  const byMode = Object.fromEntries(crashModes.map((mode) => [mode, 0])) as Record<CrashMode, number>;
  const lost = new Set<string>();
  // Acks before the last damage the test made are forgiven: a restored backup may predate them.
  let ackBaseline = 0;
  let damage: string | undefined;
  let hadValidBackup = false;

  const warm: Writer[] = [];
  try {
    const script = await bundleChild(workDirectory, childModuleOverrides);
    // The child makes no TLS connections, and loading extra CA certificates costs each start ~0.3 s here.
    const { NODE_EXTRA_CA_CERTS: _certificates, ...environment } = process.env;
    const env = { ...environment, [childVariable]: '1' };
    // Starting Node and loading the bundle costs more than a whole run of the child, so the next child
    // starts (and waits for "go") while the current one runs.
    const startAhead = () => warm.push(spawnWriter(script, dataDir, ackFile, env));
    for (let index = 0; index < warmChildren; index++) startAhead();

    for (let iteration = 0; iteration < iterations; iteration++) {
      const mode = modes[iteration % modes.length] ?? 'edits';
      byMode[mode] += 1;
      const ackLines = () => readFile(ackFile, 'utf8').then((text) => text.split('\n').filter(Boolean));
      if (mode === 'recovery' && (await readDatabaseAt(databasePath).catch(() => null))) {
        // Damage the database the way a failing disk would; the next start must recover it.
        damage = `{"schemaVersion":2,"damaged by the crash test":${iteration},"seed":${seed}`;
        await writeFile(databasePath, damage, 'utf8');
        ackBaseline = (await ackLines()).length;
      }
      const expectRecovery = damage !== undefined;
      const damagedBefore = (await damagedFiles(dataDir)).length;

      const writer = warm.shift()!;
      startAhead();
      writer.process.stdin?.write(`go ${mode}\n`);
      if (mode === 'recovery') {
        // No waiting for an ack: the kill should land during the recovery at start as often as after it.
        await sleep(next() * 300);
      } else {
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<boolean>(
          (resolve) => (timer = setTimeout(() => resolve(true), firstAckTimeoutMs)),
        );
        const late = await Promise.race([writer.firstAck.then(() => false), timedOut]);
        clearTimeout(timer);
        if (late || writer.process.exitCode !== null) {
          await kill(writer);
          throw new Error(`the crash writer acknowledged nothing (exit ${writer.process.exitCode}): ${writer.stderr}`);
        }
        const [least, most] = killDelayMs;
        await sleep(least + next() * (most - least));
      }
      await kill(writer);
      if (writer.stderr.includes('crashWriter failed')) throw new Error(`the crash writer failed: ${writer.stderr}`);

      const torn = (reason: string) => {
        counts.torn += 1;
        if (tornReasons.length < 10) tornReasons.push(`kill ${iteration + 1} (${mode}): ${reason.slice(0, 400)}`);
      };
      if (!expectRecovery && writer.stderr.includes('recovered:')) {
        torn(`a start recovered a file nobody damaged: ${writer.stderr.slice(writer.stderr.indexOf('recovered:'))}`);
      }
      if (!expectRecovery && (await damagedFiles(dataDir)).length > damagedBefore) {
        torn(`a damaged file was set aside: ${(await damagedFiles(dataDir)).join(', ')}`);
      }
      const text = await readFile(databasePath, 'utf8').catch(() => undefined);
      // What a fresh start finds: the file with its journal replayed. A torn last line is a write the
      // kill cut short (never acknowledged); damage before it is a torn file all the same.
      const read = await readSavedDatabase(dataDir).catch(() => null);
      if (read?.damage) torn(`the saved database reads with damage: ${JSON.stringify(read.damage)}`);
      if (!read) {
        // Killed before the recovery put the restored copy in place: the damage must still be there, untouched.
        if (damage !== undefined && text === damage) counts.interruptedRecoveries += 1;
        else torn(`the database does not read: ${String(text).slice(0, 120)}`);
      } else {
        if (damage !== undefined && !(await keptAside(dataDir, damage))) counts.lostDamaged += 1;
        damage = undefined;
        const acks = parseAcks((await ackLines()).slice(ackBaseline).join('\n'));
        for (const missing of missingAcks(read.database, acks)) lost.add(missing);
      }
      const backups = await backupHealth(dataDir);
      if (hadValidBackup && backups.valid === 0) counts.lostBackups += 1;
      hadValidBackup ||= backups.valid > 0;
      onIteration?.(iteration + 1);
    }

    const acks = parseAcks(await readFile(ackFile, 'utf8'));
    const backups = await backupHealth(dataDir);
    return {
      iterations,
      ...counts,
      tornReasons,
      lostAcknowledged: lost.size,
      durationMs: Math.round(performance.now() - started),
      seed,
      acknowledged: acks.updated.length + acks.created.length + acks.imported.length,
      tornBackups: backups.invalid,
      byMode,
      leftoverTemporaryFiles: await temporaryFiles([dataDir, join(dataDir, backupFolderName)]),
    };
  } finally {
    await Promise.all(warm.map(kill));
    await rm(workDirectory, { recursive: true, force: true });
  }
}
