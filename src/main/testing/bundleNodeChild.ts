import { chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown, type RolldownPluginOption } from 'rolldown';

const workerSource = fileURLToPath(new URL('../domain/compaction/compactionWorker.ts', import.meta.url));

/**
 * TEST ONLY. Bundles a TypeScript child process (with zod and lowdb) into `folder` as
 * `<name>.mjs`, with the store's compaction worker beside it as `compactionWorker.mjs`, where
 * the store looks for it first, as it does beside the built app's main bundle. Every file is
 * readable by all, so a child run as another user can load it.
 */
export async function bundleNodeChild(
  input: string,
  folder: string,
  name: string,
  plugins: RolldownPluginOption[] = [],
): Promise<string> {
  const bundle = await rolldown({
    input: { [name]: input, compactionWorker: workerSource },
    platform: 'node',
    logLevel: 'silent',
    plugins,
  });
  try {
    const { output } = await bundle.write({ dir: folder, format: 'esm', entryFileNames: '[name].mjs' });
    await Promise.all(output.map((item) => chmod(join(folder, item.fileName), 0o644)));
  } finally {
    await bundle.close();
  }
  return join(folder, `${name}.mjs`);
}
