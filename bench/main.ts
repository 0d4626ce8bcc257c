import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { launchChromium, rendererFolder } from '../e2e/targets/browserTarget';
import { repoRoot } from '../e2e/targets/target';
import { serialiseDatabase } from '../src/main/domain/databaseFile';
import { databaseFileName } from '../src/main/domain/factStore';
import { anchorRow, measureAnchoring } from './anchorBench';
import { measureBundle } from './bundleSize';
import { measureMainProcess } from './mainProcessBench';
import { mainProcessRows } from './mainProcessRows';
import { runExtras } from './extras';
import { measureRenderer } from './rendererBench';
import { formatTable, type Row } from './report';
import { sizeRows } from './sizeRows';
import { measureStudy, studyRows } from './studyBench';
import { measureSearch, searchQueries } from './searchBench';
import { measureBurst, measureOpen, measureSave } from './storeBench';
import { assertValid, readSeed, sizes, syntheticDatabase, type SizeSpec } from './syntheticDatabase';

type SizeKey = keyof typeof sizes;

interface Repetitions {
  open: number;
  save: number;
  burst: number;
  search: number;
  renderer: number;
  queries: number;
  /** Journal lines replayed by the main-process open (and folded by its compaction). */
  journal: number;
}

export interface Plan {
  mode: 'full' | 'smoke';
  build: 'always' | 'if-missing';
  sizes: SizeKey[];
  repetitions: Record<SizeKey, Repetitions>;
  crashIterations: number;
  exportCards: number[];
  exportRuns: number;
}

const fullPlan: Plan = {
  mode: 'full',
  build: 'always',
  sizes: ['seed', 'medium', 'large'],
  repetitions: {
    seed: { open: 30, save: 100, burst: 5, search: 10, renderer: 5, queries: 5, journal: 500 },
    // A save costs milliseconds at any size, so every size takes 100: the save budget is a median ratio to a bare
    // write of well under a millisecond, which 20 runs left to the load of the moment (1.5–3× between two runs).
    medium: { open: 10, save: 100, burst: 3, search: 3, renderer: 2, queries: 4, journal: 500 },
    // Fewer runs of the slow figures at the largest size keep the whole benchmark within a few minutes.
    large: { open: 3, save: 100, burst: 2, search: 2, renderer: 1, queries: 3, journal: 500 },
  },
  crashIterations: 1000,
  exportCards: [10, 100],
  exportRuns: 3,
};

const smokeRuns: Repetitions = { open: 1, save: 1, burst: 1, search: 1, renderer: 1, queries: 1, journal: 10 };
const smokePlan: Plan = {
  mode: 'smoke',
  build: 'if-missing',
  sizes: ['seed'],
  repetitions: { seed: smokeRuns, medium: smokeRuns, large: smokeRuns },
  crashIterations: 3,
  exportCards: [10],
  exportRuns: 1,
};

function planFromArguments(args: readonly string[]): Plan {
  const plan = structuredClone(args.includes('--smoke') ? smokePlan : fullPlan);
  if (args.includes('--no-build')) plan.build = 'if-missing';
  const crash = args.find((arg) => arg.startsWith('--crash-iterations='));
  if (crash) plan.crashIterations = Number(crash.slice('--crash-iterations='.length));
  if (args.includes('--skip-crash')) plan.crashIterations = 0;
  const only = args.find((arg) => arg.startsWith('--sizes='));
  if (only) plan.sizes = only.slice('--sizes='.length).split(',') as SizeKey[];
  return plan;
}

function git(...args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function machine(chromiumVersion: string) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    /** Other work on the machine skews timings: the 1-minute load average when the run ended. */
    loadAverage: Number(os.loadavg()[0]?.toFixed(2)),
    chromium: chromiumVersion,
    commit: git('rev-parse', '--short', 'HEAD'),
    workingTreeChanged: git('status', '--porcelain') !== '',
  };
}

/** Builds the renderer the way `npm run build` does; a failed build falls back to out/ if present. */
function buildApp(plan: Plan, notes: string[]): boolean {
  const built = existsSync(join(rendererFolder, 'index.html'));
  if (plan.build === 'if-missing' && built) return true;
  process.stderr.write('Building the app (electron-vite build)…\n');
  const result = spawnSync(join(repoRoot, 'node_modules', '.bin', 'electron-vite'), ['build'], {
    cwd: repoRoot,
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    encoding: 'utf8',
  });
  if (result.status === 0) return true;
  const reason = `${result.stderr ?? ''}${result.stdout ?? ''}`.trim().split('\n').slice(-3).join(' ');
  if (built) {
    notes.push(`electron-vite build failed (${reason}); renderer figures are from the previous build in out/.`);
    return true;
  }
  notes.push(`electron-vite build failed (${reason}); renderer figures not measured.`);
  return false;
}

async function prepareSize(size: SizeSpec, seed: Awaited<ReturnType<typeof readSeed>>['seed']) {
  const database = syntheticDatabase(seed, size);
  assertValid(database);
  const dir = await mkdtemp(join(os.tmpdir(), `summit-bench-${size.cards}-`));
  await writeFile(join(dir, databaseFileName), serialiseDatabase(database), 'utf8');
  return { database, dir };
}

async function main(): Promise<void> {
  const plan = planFromArguments(process.argv.slice(2));
  const started = Date.now();
  const notes: string[] = [];
  const failures: string[] = [];
  const rows: Row[] = [];
  const figures: Record<string, unknown> = {};
  const { raw: seedRaw, seed } = await readSeed();
  const canRender = buildApp(plan, notes);
  const browser = canRender ? await launchChromium() : undefined;
  const cleanup: string[] = [];
  const progress = (text: string) =>
    process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${text}\n`);

  try {
    for (const key of plan.sizes) {
      const size = sizes[key];
      const runs = plan.repetitions[key];
      progress(`${size.name}: building the database`);
      const { database, dir } = await prepareSize(size, seed);
      cleanup.push(dir);
      progress(`${size.name}: open`);
      const open = await measureOpen(dir, seed, seedRaw, runs.open);
      progress(`${size.name}: save`);
      const save = await measureSave(dir, seed, runs.save);
      progress(`${size.name}: burst`);
      const burst = await measureBurst(dir, seed, runs.burst);
      progress(`${size.name}: main process (open with journal, compaction, undo, RSS)`);
      const main = await measureMainProcess(dir, seed, Math.min(runs.open, 5), runs.journal);
      progress(`${size.name}: search`);
      const search = measureSearch(database, seed.facts, size, runs.search, plan.mode === 'smoke' ? 8 : 40);
      let renderer;
      if (browser) {
        progress(`${size.name}: renderer`);
        const typed = searchQueries(size, 12);
        const queries = typed.slice(0, runs.queries);
        renderer = await measureRenderer(
          browser,
          dir,
          runs.renderer,
          queries,
          search.documents,
          plan.mode === 'smoke' ? queries : typed,
        ).catch((error: unknown) => {
          failures.push(`renderer at ${size.name}: ${String(error)}`);
          return undefined;
        });
      }
      figures[key] = { size, open, save, burst, main, search, renderer };
      rows.push(...sizeRows(key, size, { open, save, burst, search, renderer }, figures.seed as never));
      rows.push(...mainProcessRows(key, size, main));
      if (!burst.lastStateVerified) failures.push(`burst at ${size.name}: the last edit was not on disk`);
    }

    // study
    progress('study: a log of many reviews');
    const study = await measureStudy(seed, plan.mode === 'smoke' ? 5_000 : 100_000, plan.mode === 'smoke' ? 3 : 20);
    figures.study = study;
    rows.push(...studyRows(study));

    progress('highlights: re-anchoring');
    const anchoring = await measureAnchoring(seed, plan.mode === 'smoke' ? 1 : 7);
    figures.anchoring = anchoring;
    rows.push(anchorRow(anchoring));

    if (canRender) {
      const bundle = await measureBundle();
      figures.bundle = bundle;
      rows.push({
        section: 'Renderer JS',
        size: '—',
        // The budget is what every start parses before the first card; the chunks a screen loads when it is
        // opened (export, briefs, study, sources, a card's detail) are reported beside it.
        measure: 'scripts at start, gzip -9',
        value: `${(bundle.startGzipBytes / 1024).toFixed(1)} KB`,
        baseline: `all scripts: ${(bundle.totalGzipBytes / 1024).toFixed(1)} KB`,
        ratio: `${((bundle.startGzipBytes / (300 * 1024)) * 100).toFixed(0)}% of budget`,
        budget: '< 300 KB',
        result: bundle.startGzipBytes < 300 * 1024 ? 'pass' : 'FAIL',
      });
    } else {
      rows.push({
        section: 'Renderer JS',
        size: '—',
        measure: 'scripts at start, gzip -9',
        value: 'not measured (no build)',
        baseline: '',
        ratio: '',
        budget: '< 300 KB',
        result: '',
      });
    }

    progress('extras: PDF export and crash test');
    const extras = await runExtras(plan, browser, failures);
    figures.extras = extras.figures;
    rows.push(...extras.rows);
  } finally {
    await browser?.close();
    await Promise.all(cleanup.map((dir) => rm(dir, { recursive: true, force: true })));
  }

  const description = machine(browser?.version() ?? 'not launched');
  const durationMs = Date.now() - started;
  const table = formatTable(rows);
  process.stdout.write(
    `\nSummit Briefing benchmark (${plan.mode}) — ${description.cpu}, ${description.cores} cores, ` +
      `${description.memoryGb} GB, ${description.os}, load ${description.loadAverage}, Node ${description.node}, ` +
      `Chromium ${description.chromium}, ` +
      `commit ${description.commit}${description.workingTreeChanged ? ' + local changes' : ''}\n\n${table}\n`,
  );
  if (plan.mode === 'full') {
    process.stdout.write(
      `\nRuns (opens / saves / bursts / search passes over 40 queries / window starts): ${plan.sizes
        .map((key) => {
          const runs = plan.repetitions[key];
          return `${sizes[key].name} ${runs.open} / ${runs.save} / ${runs.burst} / ${runs.search} / ${runs.renderer}`;
        })
        .join(
          '; ',
        )} — fewer at the larger sizes to keep the run short. p95 is nearest-rank: with few runs it is the slowest.\n` +
        'Budgets on timings use the p95 (the save uses medians); they are reported, never enforced.\n',
    );
  }
  for (const note of notes) process.stdout.write(`Note: ${note}\n`);
  for (const failure of failures) process.stdout.write(`Error: ${failure}\n`);
  const budgetsFailed = rows.filter((row) => row.result === 'FAIL').length;
  process.stdout.write(
    `\n${rows.filter((row) => row.result === 'pass').length} budgets pass, ${budgetsFailed} fail; ${(durationMs / 1000).toFixed(0)} s.\n`,
  );

  const resultsDir = join(repoRoot, 'bench', 'results');
  await mkdir(resultsDir, { recursive: true });
  const name =
    plan.mode === 'smoke' ? 'smoke-latest.json' : `bench-${new Date(started).toISOString().replace(/[:.]/g, '-')}.json`;
  const report = {
    mode: plan.mode,
    startedAt: new Date(started).toISOString(),
    durationMs,
    machine: description,
    notes,
    failures,
    rows,
    figures,
  };
  await writeFile(join(resultsDir, name), `${JSON.stringify(report, null, 2)}\n`);
  if (plan.mode === 'full') await writeFile(join(resultsDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`Results: bench/results/${name}\n`);
  // Budgets are reported, not enforced (timings are noisy); broken measurements and lost data fail the run.
  process.exitCode = failures.length > 0 ? 1 : 0;
}

await main();
