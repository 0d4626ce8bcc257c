// Node 20 cannot run TypeScript, so the benchmark is bundled first with rolldown (which Vite
// already ships) into out/bench/, with every package left as an import, and then run from there.
// Modules other issues deliver are bundled only once
// they exist; until then their rows say "not measured".
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'rolldown';

const root = fileURLToPath(new URL('../', import.meta.url));
const outDir = `${root}out/bench`;
const optionalEntries = {
  'optional-crashTest': 'src/main/testing/crash/runCrashTest.ts',
  'optional-exportBenchmark': 'bench/exportBenchmark.ts',
};

const input = { bench: `${root}bench/main.ts`, 'main-process-child': `${root}bench/mainProcessChild.ts` };
for (const [name, path] of Object.entries(optionalEntries)) {
  if (existsSync(`${root}${path}`)) input[name] = `${root}${path}`;
}

// Each module keeps its own import.meta.url, so code that finds files beside itself (the e2e
// targets' repository root, the crash test's child script) works the same bundled or not.
const ownImportMetaUrl = {
  name: 'summit-bench:own-import-meta-url',
  transform(code, id) {
    if (id.includes('/node_modules/') || !code.includes('import.meta.url')) return null;
    return { code: code.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(id).href)), map: null };
  },
};

await rm(outDir, { recursive: true, force: true });
await build({
  input,
  cwd: root,
  platform: 'node',
  plugins: [ownImportMetaUrl],
  logLevel: 'warn',
  // Packages stay imports, as electron-vite leaves them for the main process.
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && !/^[A-Za-z]:/.test(id),
  output: { dir: outDir, format: 'esm', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
});
await import(pathToFileURL(`${outDir}/bench.mjs`).href);
