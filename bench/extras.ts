import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { browserPrinter } from '../e2e/targets/browserTarget';
import type { Plan } from './main';
import { loadOptional, type CrashTestModule, type ExportBenchmarkModule } from './optional';
import { blankRow, medianP95, ms, ratio, type Row } from './report';
import { summarise } from './stats';

const pdfBudgetMs = 3000;

/** Composition alone, for when no printer is wired: the part of the export that is ours. */
const stubPrinter = { printPack: () => Promise.resolve({ pdf: new Uint8Array(0), pages: 0 }) };

async function exportRows(
  plan: Plan,
  browser: Browser | undefined,
  failures: string[],
): Promise<{ rows: Row[]; figures: unknown }> {
  const loaded = await loadOptional<ExportBenchmarkModule>('exportBenchmark');
  const missing = typeof loaded === 'string' ? loaded : browser ? undefined : 'no renderer build to print with';
  if (typeof loaded === 'string' || missing) {
    return {
      rows: plan.exportCards.map((cards) =>
        blankRow('PDF export', `${cards} cards + notes`, 'compose + print', {
          value: `not measured (${missing})`,
          budget: cards === 100 ? `< ${pdfBudgetMs} ms` : '',
        }),
      ),
      figures: { pdf: missing },
    };
  }
  const rows: Row[] = [];
  const figures: Record<string, unknown> = {};
  const blockedRequests: string[] = [];
  // The browser target's printer: the built print page in Chromium, printed by page.pdf — the
  // same printToPDF Electron's hidden window uses.
  const printer = browserPrinter(browser as Browser, blockedRequests);
  for (const cards of plan.exportCards) {
    try {
      const composeTimes: number[] = [];
      const printTimes: number[] = [];
      for (let run = 0; run < plan.exportRuns; run++) {
        composeTimes.push(await loaded.timeExport({ cards, notesPerCard: 3, printer: stubPrinter }));
        printTimes.push(await loaded.timeExport({ cards, notesPerCard: 3, printer }));
      }
      const compose = summarise(composeTimes);
      const print = summarise(printTimes);
      figures[`cards${cards}`] = { compose, print };
      const budget = cards === 100 ? pdfBudgetMs : undefined;
      rows.push(
        blankRow('PDF export', `${cards} cards + 3 notes each`, 'compose + print to PDF', {
          value: medianP95(print),
          baseline: `compose alone ${ms(compose.median)}`,
          ratio: ratio(print.median, compose.median),
          budget: budget ? `< ${budget} ms` : '',
          result: budget ? (print.p95 < budget ? 'pass' : 'FAIL') : '',
        }),
      );
    } catch (error) {
      failures.push(`PDF export of ${cards} cards: ${String(error)}`);
    }
  }
  if (blockedRequests.length > 0)
    failures.push(`the print page asked for outside files: ${blockedRequests.slice(0, 3).join(', ')}`);
  return { rows, figures };
}

async function crashRows(plan: Plan, failures: string[]): Promise<{ rows: Row[]; figures: unknown }> {
  const measure = `SIGKILL during saves, backups, import, recovery × ${plan.crashIterations}`;
  if (plan.crashIterations <= 0) {
    return {
      rows: [blankRow('Crash test', 'seed', 'SIGKILL during saves', { value: 'not measured (--skip-crash)' })],
      figures: { crash: 'skipped' },
    };
  }
  const loaded = await loadOptional<CrashTestModule>('crashTest');
  if (typeof loaded === 'string') {
    return {
      rows: [blankRow('Crash test', 'seed', measure, { value: `not measured (${loaded})`, budget: '0 torn, 0 lost' })],
      figures: { crash: loaded },
    };
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'summit-bench-crash-'));
  try {
    const result = await loaded.runCrashTest({
      iterations: plan.crashIterations,
      dataDir,
      onIteration: (iteration) => {
        if (iteration % 100 === 0)
          process.stderr.write(`[bench] crash test: ${iteration} of ${plan.crashIterations}\n`);
      },
    });
    const lostCopies = (result.lostBackups ?? 0) + (result.lostDamaged ?? 0) + (result.tornBackups ?? 0);
    const pass = result.torn === 0 && result.lostAcknowledged === 0 && lostCopies === 0;
    if (!pass) {
      failures.push(
        `crash test: ${result.torn} torn files, ${result.lostAcknowledged} lost acknowledged edits, ${lostCopies} lost or torn backups and damaged files`,
        ...(result.tornReasons ?? []).map((reason) => `crash test, torn: ${reason}`),
      );
    }
    return {
      rows: [
        blankRow('Crash test', 'seed', `SIGKILL during saves, backups, import, recovery × ${result.iterations}`, {
          value: `${result.torn} torn, ${result.lostAcknowledged} lost, ${lostCopies} copies lost`,
          baseline: `${result.acknowledged ?? '?'} acked edits, ${(result.durationMs / 1000).toFixed(1)} s`,
          ratio: `${ms(result.durationMs / Math.max(1, result.iterations))} each`,
          budget: '0 torn, 0 lost',
          result: pass ? 'pass' : 'FAIL',
        }),
      ],
      figures: { crash: result },
    };
  } catch (error) {
    failures.push(`crash test: ${String(error)}`);
    return { rows: [blankRow('Crash test', 'seed', measure, { value: 'error (see below)' })], figures: {} };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** The rows that depend on other issues' modules: the PDF export and the SIGKILL crash test. */
export async function runExtras(
  plan: Plan,
  browser: Browser | undefined,
  failures: string[],
): Promise<{ rows: Row[]; figures: Record<string, unknown> }> {
  const pdf = await exportRows(plan, browser, failures);
  const crash = await crashRows(plan, failures);
  return { rows: [...pdf.rows, ...crash.rows], figures: { pdf: pdf.figures, crash: crash.figures } };
}
