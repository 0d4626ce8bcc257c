import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rendererFolder } from '../e2e/targets/browserTarget';

export interface BundleFigures {
  files: { name: string; bytes: number; gzipBytes: number; loadedAtStart: boolean }[];
  totalGzipBytes: number;
  /** Only the scripts index.html loads (entry and its static imports), not lazy chunks. */
  startGzipBytes: number;
}

/** Gzips (level 9, like a CDN would) every script in out/renderer/assets. */
export async function measureBundle(): Promise<BundleFigures> {
  const assets = join(rendererFolder, 'assets');
  const html = await readFile(join(rendererFolder, 'index.html'), 'utf8');
  const names = (await readdir(assets)).filter((name) => name.endsWith('.js'));
  const files = await Promise.all(
    names.map(async (name) => {
      const bytes = await readFile(join(assets, name));
      return {
        name,
        bytes: bytes.length,
        gzipBytes: gzipSync(bytes, { level: 9 }).length,
        loadedAtStart: html.includes(`assets/${name}`),
      };
    }),
  );
  return {
    files,
    totalGzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
    startGzipBytes: files.filter((file) => file.loadedAtStart).reduce((sum, file) => sum + file.gzipBytes, 0),
  };
}
