import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import { backupFolderName, listBackups } from '../../domain/backups';
import { readDatabaseAt } from '../../domain/databaseFile';
import { databaseFileName } from '../../domain/factStore';
import { childVariable, counterPrefix, createdPrefix, numberIn, parseAcks } from './crashProtocol';

export interface CrashTestOptions {
  iterations: number;
  /** The data directory every child run opens in turn; created if missing, left in place afterwards. */
  dataDir: string;
  /** Seeds the random kill delays, so a failing run can be repeated. */
  seed?: number;
  /** The kill comes this many milliseconds after the child's first acknowledged edit: [min, max]. */
  killDelayMs?: [number, number];
  /** Called after each iteration, for progress output in benchmarks. */
  onIteration?: (iteration: number) => void;
  /** Replacement source for domain modules of the child, by file name: only for the test's own self-check. */
  childModuleOverrides?: Record<string, string>;
}

export interface CrashTestResult {
  iterations: number;
  /** Signs of a torn file: a kill left a database that does not read, or a start had to recover one. */
  torn: number;
  /** Acknowledged edits found missing from the file after any kill. */
  lostAcknowledged: number;
  durationMs: number;
  seed: number;
  /** Edits acknowledged over the whole run: shows the children got real work done before dying. */
  acknowledged: number;
  /** Backups left at the end that do not read as a valid database: recovery would skip them. */
  tornBackups: number;
  /** Temp files a killed write left beside the database (harmless: never read, but never cleaned up either). */
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
  const file = join(outputDirectory, 'crashWriter.mjs');
  const bundle = await rolldown({
    input: childEntry,
    platform: 'node',
    logLevel: 'silent',
    plugins: [
      {
        name: 'crash-test-overrides',
        load(id) {
          const override = overrides[basename(id)];
          return override === undefined ? null : { code: override, moduleType: 'ts' };
        },
      },
    ],
  });
  try {
    await bundle.write({ file, format: 'esm' });
  } finally {
    await bundle.close();
  }
  return file;
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
 * moment after it has acknowledged at least one edit. After every kill the database file must
 * read and validate, no recovery may have been needed, and every edit the child acknowledged
 * (its `change` promise resolved) must be in the file.
 */
export async function runCrashTest({
  iterations,
  dataDir,
  seed = Date.now() % 2 ** 31,
  killDelayMs = [5, 60],
  onIteration,
  childModuleOverrides = {},
}: CrashTestOptions): Promise<CrashTestResult> {
  const started = performance.now();
  await mkdir(dataDir, { recursive: true });
  const workDirectory = await mkdtemp(join(tmpdir(), 'summit-briefing-crash-'));
  const ackFile = join(workDirectory, 'acks.txt');
  const databasePath = join(dataDir, databaseFileName);
  const next = random(seed);
  let torn = 0;
  const lost = new Set<string>();

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
      const writer = warm.shift()!;
      startAhead();
      writer.process.stdin?.write('go\n');

      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), firstAckTimeoutMs)));
      const late = await Promise.race([writer.firstAck.then(() => false), timedOut]);
      clearTimeout(timer);
      if (late || writer.process.exitCode !== null) {
        await kill(writer);
        throw new Error(`the crash writer acknowledged nothing (exit ${writer.process.exitCode}): ${writer.stderr}`);
      }
      const [least, most] = killDelayMs;
      await sleep(least + next() * (most - least));
      await kill(writer);

      if (writer.stderr.includes('recovered:')) torn += 1;
      const names = await readdir(dataDir);
      if (names.some((name) => name.includes('.corrupt-'))) torn += 1;
      const read = await readDatabaseAt(databasePath).catch(() => null);
      if (!read) {
        torn += 1;
        continue;
      }
      const notes = read.database.user.notes;
      const counter = Math.max(0, ...notes.map((note) => numberIn(note.markdown, counterPrefix)));
      const created = new Set(notes.map((note) => numberIn(note.markdown, createdPrefix)));
      const acks = parseAcks(await readFile(ackFile, 'utf8'));
      for (const value of acks.updated) if (value > counter) lost.add(`u ${value}`);
      for (const value of acks.created) if (!created.has(value)) lost.add(`c ${value}`);
      onIteration?.(iteration + 1);
    }

    const acks = parseAcks(await readFile(ackFile, 'utf8'));
    const backups = await listBackups(dataDir);
    const unreadable = await Promise.all(
      backups.map((path) =>
        readDatabaseAt(path).then(
          () => 0,
          () => 1,
        ),
      ),
    );
    const temporary = (names: string[]) => names.filter((name) => name.endsWith('.tmp')).length;
    const leftovers = temporary(await readdir(dataDir)) + temporary(await readdir(join(dataDir, backupFolderName)));
    return {
      iterations,
      torn,
      lostAcknowledged: lost.size,
      durationMs: Math.round(performance.now() - started),
      seed,
      acknowledged: acks.updated.length + acks.created.length,
      tornBackups: unreadable.reduce((sum, one) => sum + one, 0),
      leftoverTemporaryFiles: leftovers,
    };
  } finally {
    await Promise.all(warm.map(kill));
    await rm(workDirectory, { recursive: true, force: true });
  }
}
