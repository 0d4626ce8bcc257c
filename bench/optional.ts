import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../e2e/targets/target';

/**
 * Modules other issues deliver (the crash test, the export timing). `run.mjs` bundles each one
 * that exists as its own entry beside the benchmark; until it lands its row says "not measured".
 */
export interface CrashTestModule {
  runCrashTest(options: { iterations: number; dataDir: string; onIteration?: (iteration: number) => void }): Promise<{
    iterations: number;
    torn: number;
    lostAcknowledged: number;
    durationMs: number;
    acknowledged?: number;
    seed?: number;
    lostBackups?: number;
    lostDamaged?: number;
    tornBackups?: number;
    tornReasons?: string[];
  }>;
}

export interface ExportBenchmarkModule {
  timeExport(options: {
    cards: number;
    notesPerCard: number;
    printer: { printPack(model: unknown): Promise<{ pdf: Uint8Array; pages: number }> };
  }): Promise<number>;
}

export const optionalEntries = {
  crashTest: 'src/main/testing/crash/runCrashTest.ts',
  exportBenchmark: 'bench/exportBenchmark.ts',
} as const;

export type OptionalName = keyof typeof optionalEntries;

/** The bundled module, or the reason it is missing. */
export async function loadOptional<Module>(name: OptionalName): Promise<Module | string> {
  const file = join(repoRoot, 'out', 'bench', `optional-${name}.mjs`);
  if (!existsSync(file)) return `${optionalEntries[name]} not available yet`;
  return (await import(pathToFileURL(file).href)) as Module;
}
