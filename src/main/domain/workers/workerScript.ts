import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where a worker thread's script is. `entry` is both the electron-vite entry's name and its
 * TypeScript file's, beside `callerUrl` (the `import.meta.url` of the module that starts it). A
 * built app (electron-vite emits it beside the main bundle, out/main/<entry>.js) and a bundled
 * test child (which emits it beside itself) find it next to the running code. Run from source —
 * Vitest, the browser e2e target's router in Playwright, the benchmark — there is only the
 * TypeScript, which a worker thread cannot load: it is bundled once with rolldown (already what
 * the benchmark and crash test use) into node_modules/.cache and reused until one of its source
 * files changes.
 */
export async function workerScript(entry: string, callerUrl: string): Promise<string> {
  const here = dirname(fileURLToPath(callerUrl));
  // The caller may itself sit in a shared chunk one folder below the entry files.
  for (const folder of [here, dirname(here)]) {
    for (const name of [`${entry}.js`, `${entry}.mjs`]) {
      if (existsSync(join(folder, name))) return join(folder, name);
    }
  }
  const source = join(here, `${entry}.ts`);
  if (!existsSync(source)) throw new Error(`The worker ${entry} is missing: no ${entry}.js in ${here}.`);
  let pending = bundled.get(source);
  if (!pending) {
    pending = bundleFromSource(entry, source).catch((error: unknown) => {
      bundled.delete(source);
      throw error;
    });
    bundled.set(source, pending);
  }
  return pending;
}

const bundled = new Map<string, Promise<string>>();

/** Raised whenever how a worker is bundled changes, so a cache from before is never reused. */
const bundleFormat = 2;

interface Manifest {
  format: number;
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
  if (manifest.format !== bundleFormat || !existsSync(manifest.script)) return false;
  for (const [path, print] of Object.entries(manifest.sources)) if ((await fingerprint(path)) !== print) return false;
  return true;
}

async function bundleFromSource(entry: string, source: string): Promise<string> {
  const folder = cacheFolder(dirname(source));
  const manifestPath = join(folder, `${entry}.json`);
  const known = await readFile(manifestPath, 'utf8').then(
    (text) => JSON.parse(text) as Manifest,
    () => undefined,
  );
  if (known && (await stillFresh(known))) return known.script;

  // A variable, so no bundler of the app tries to follow it: rolldown is a development tool.
  const bundlerName = 'rolldown';
  const { rolldown } = (await import(/* @vite-ignore */ bundlerName)) as typeof import('rolldown');
  // Packages stay imports: the bundle sits inside node_modules and finds them there, and some
  // (jsdom) load files of their own by path, which a bundle would no longer have beside it.
  const bundle = await rolldown({ input: source, platform: 'node', logLevel: 'silent', external: /^[^./]/ });
  try {
    const name = `${entry}-${process.pid}-${Date.now()}.mjs`;
    await mkdir(folder, { recursive: true });
    const { output } = await bundle.write({ dir: folder, format: 'esm', entryFileNames: name, codeSplitting: false });
    const chunk = output.find((item) => item.type === 'chunk' && item.isEntry);
    const modules = chunk && 'moduleIds' in chunk ? chunk.moduleIds.filter((id) => id.startsWith('/')) : [];
    const sources: Record<string, string> = {};
    for (const id of modules) {
      const print = await fingerprint(id);
      if (print) sources[id] = print;
    }
    const manifest: Manifest = { format: bundleFormat, script: join(folder, name), sources };
    // Written whole and renamed, so a test run bundling at the same moment never reads half of it.
    const temporary = `${manifestPath}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(manifest));
    await rename(temporary, manifestPath);
    return manifest.script;
  } finally {
    await bundle.close();
  }
}
