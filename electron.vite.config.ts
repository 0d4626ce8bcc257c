import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * The dev server needs an inline script (React Fast Refresh's preamble) and a websocket for hot
 * reload, both of which the production CSP forbids. Relax it for `npm run dev` only.
 */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'summit-briefing:dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*");
    },
  };
}

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/main/electron/index.ts') },
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
