import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the compaction worker's script is. A built app (electron-vite emits it beside the main
 * bundle, out/main/compactionWorker.js) and a bundled test child (which emits it beside itself)
 * find it next to the running code. Run from source — Vitest, the browser e2e target's router in
 * Playwright, the benchmark — there is only the TypeScript, which a worker thread cannot load:
 * it is bundled once with rolldown (already what the benchmark and crash test use) into
 * node_modules/.cache and reused until one of its source files changes.
 */
export async function compactionWorkerScript(): Promise<string> {
  const here = dirname(fileURLToPath(import.meta.url));
  // This module may itself sit in a shared chunk one folder below the entry files.
  for (const folder of [here, dirname(here)]) {
    for (const name of ['compactionWorker.js', 'compactionWorker.mjs']) {
      if (existsSync(join(folder, name))) return join(folder, name);
    }
  }
  const source = join(here, 'compactionWorker.ts');
  if (!existsSync(source)) throw new Error(`The compaction worker is missing: no compactionWorker.js in ${here}.`);
  return (bundled ??= bundleFromSource(source).catch((error: unknown) => {
    bundled = undefined;
    throw error;
  }));
}

let bundled: Promise<string> | undefined;

interface Manifest {
  script: string;
  /** Each source file of the bundle with its size and modification time when it was bundled. */
  sources: Record<string, string>;
}

function cacheFolder(from: string): string {
  for (let folder = from; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'node_modules'))) return join(folder, 'node_modules', '.cache', 'summit-briefing');
    if (dirname(folder) === folder) return join(from, '.cache');
  }
}

async function fingerprint(path: string): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined);
  return info ? `${info.size}:${info.mtimeMs}` : undefined;
}

async function stillFresh(manifest: Manifest): Promise<boolean> {
  if (!existsSync(manifest.script)) return false;
  for (const [path, print] of Object.entries(manifest.sources)) if ((await fingerprint(path)) !== print) return false;
  return true;
}

async function bundleFromSource(source: string): Promise<string> {
  const folder = cacheFolder(dirname(source));
  const manifestPath = join(folder, 'compaction-worker.json');
  const known = await readFile(manifestPath, 'utf8').then(
    (text) => JSON.parse(text) as Manifest,
    () => undefined,
  );
  if (known && (await stillFresh(known))) return known.script;

  // A variable, so no bundler of the app tries to follow it: rolldown is a development tool.
  const bundlerName = 'rolldown';
  const { rolldown } = (await import(/* @vite-ignore */ bundlerName)) as typeof import('rolldown');
  const bundle = await rolldown({ input: source, platform: 'node', logLevel: 'silent' });
  try {
    const name = `compactionWorker-${process.pid}-${Date.now()}.mjs`;
    await mkdir(folder, { recursive: true });
    const { output } = await bundle.write({ dir: folder, format: 'esm', entryFileNames: name, codeSplitting: false });
    const chunk = output.find((item) => item.type === 'chunk' && item.isEntry);
    const modules = chunk && 'moduleIds' in chunk ? chunk.moduleIds.filter((id) => id.startsWith('/')) : [];
    const sources: Record<string, string> = {};
    for (const id of modules) {
      const print = await fingerprint(id);
      if (print) sources[id] = print;
    }
    const manifest: Manifest = { script: join(folder, name), sources };
    // Written whole and renamed, so a test run bundling at the same moment never reads half of it.
    const temporary = `${manifestPath}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(manifest));
    await rename(temporary, manifestPath);
    return manifest.script;
  } finally {
    await bundle.close();
  }
}
