import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { locateElectronBinary } from './scripts/electronProvisioning.mjs';
import { appOrigin } from './src/main/electron/policy/appProtocol';

/**
 * electron-vite finds Electron only through node_modules/electron/path.txt (or ELECTRON_EXEC_PATH)
 * and ignores ELECTRON_OVERRIDE_DIST_PATH, which Electron's own launcher honours. Hand it the
 * override's binary so `npm run dev` and `npm start` run the Electron the user pointed at;
 * `scripts/ensure-electron.mjs` (predev, prestart) has already checked that it exists.
 */
function useElectronOverride(): void {
  if (process.env.ELECTRON_EXEC_PATH || !process.env.ELECTRON_OVERRIDE_DIST_PATH) return;
  const packageFolder = resolve(__dirname, 'node_modules/electron');
  const pathFile = resolve(packageFolder, 'path.txt');
  const located = locateElectronBinary({
    env: process.env,
    packageFolder,
    pathTxt: existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : undefined,
    platform: process.platform,
    exists: existsSync,
  });
  if (located.installed && located.binary) process.env.ELECTRON_EXEC_PATH = located.binary;
}

useElectronOverride();

/**
 * The dev server needs an inline script (React Fast Refresh's preamble) and a websocket for hot
 * reload, both of which the production CSP forbids, and it serves the page from http://localhost
 * rather than the app:// origin the policy names. Relax it for `npm run dev` only.
 */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'summit-briefing:dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace(`script-src ${appOrigin}`, "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*");
    },
  };
}

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        // Each worker thread is its own entry: the app starts it from out/main/<name>.js.
        input: {
          index: resolve(__dirname, 'src/main/electron/index.ts'),
          compactionWorker: resolve(__dirname, 'src/main/domain/compaction/compactionWorker.ts'),
          htmlArticleWorker: resolve(__dirname, 'src/main/domain/sources/htmlArticleWorker.ts'),
          pdfTextWorker: resolve(__dirname, 'src/main/domain/sources/pdfTextWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed renderer can only run a classic-script preload, and "type": "module" would make
      // electron-vite emit ESM, so the format and the .cjs extension are pinned here.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react(), relaxCspForDevServer()],
    build: {
      minify: true,
      // Chromium runs ES2022, but Electronegativity's parser does not know class static blocks
      // (intl-messageformat has them): lowered to ES2021 the bundles stay scannable.
      target: 'es2021',
      // Fonts stay files: a CSP of font-src 'self' does not admit data: URLs.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // The print page of the briefing pack is its own entry: no preload, no bridge, print CSS only.
        input: {
          index: resolve(__dirname, 'src/renderer/index.html'),
          print: resolve(__dirname, 'src/renderer/print.html'),
        },
      },
    },
  },
});
