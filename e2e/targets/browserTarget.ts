/**
 * The browser target replaces only the Electron binary. The renderer is the real build from
 * `out/renderer`, and `window.briefing` is built by the same `buildBridge` the preload uses,
 * wired to the real router and domain (`openBriefingRouter`) running in the test process on the
 * test's data folder. What this target does not exercise is the Electron shell itself: the
 * preload, IPC sender checks and window security settings.
 */
import { readFile, realpath } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { chromium, type Browser, type Route } from '@playwright/test';
import type { FileReveal, Printer } from '../../src/main/domain/ports/exportPorts';
import { openBriefingRouter, type OpenBriefingRouterOptions } from '../../src/main/ipc/openBriefingRouter';
import type { PackModel } from '../../src/shared/export/packModel';
import { buildBridge } from '../../src/shared/bridge';
import { channelNames } from '../../src/shared/channels';
import { seedFilePath } from '../support/dataFiles';
import { repoRoot, type AppInstance } from './target';
import { testDialogs } from './testDialogs';

export const appOrigin = 'http://summit-briefing.test';
export const rendererFolder = join(repoRoot, 'out', 'renderer');

// As root Chromium needs --no-sandbox; the rest keep it from calling Google services on a closed network.
export const chromiumArguments = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArguments });
}

export interface BrowserAppInstance extends AppInstance {
  /** Every request that tried to leave the app's own files; the fixture fails the test if any did. */
  readonly blockedRequests: readonly string[];
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `out/renderer` as if it were a web server, from disk, and nothing outside it. */
async function serveRendererFile(route: Route): Promise<void> {
  const url = new URL(route.request().url());
  let relativePath: string;
  try {
    relativePath = decodeURIComponent(url.pathname);
  } catch {
    return route.fulfill({ status: 400, contentType: 'text/plain', body: 'Bad request' });
  }
  if (relativePath.endsWith('/')) relativePath += 'index.html';
  const root = await realpath(rendererFolder);
  const wanted = resolve(root, `.${relativePath}`);
  if (relativePath.includes('\0') || !wanted.startsWith(root + sep)) {
    return route.fulfill({ status: 403, contentType: 'text/plain', body: 'Forbidden' });
  }
  let body: Buffer;
  try {
    // realpath also refuses a symlink that leads out of the folder.
    const real = await realpath(wanted);
    if (!real.startsWith(root + sep))
      return route.fulfill({ status: 403, contentType: 'text/plain', body: 'Forbidden' });
    body = await readFile(real);
  } catch {
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
  }
  return route.fulfill({
    status: 200,
    contentType: contentTypes[extname(wanted).toLowerCase()] ?? 'application/octet-stream',
    body,
  });
}

/** The page-side half of the bridge: the preload's `buildBridge`, run from its source text. */
function bridgeInitScript(): string {
  return `Object.defineProperty(window, 'briefing', {
  value: (${buildBridge.toString()})(${JSON.stringify(channelNames)}, (name, request) => window.__briefingInvoke(name, request)),
  enumerable: true,
});`;
}

/** Opens a fresh context that serves `out/renderer` and aborts (and records) every other request. */
async function appContext(
  browser: Browser,
  blockedRequests: string[],
  options: Parameters<Browser['newContext']>[0] = {},
) {
  const context = await browser.newContext(options);
  // Routes added later win: anything not served from out/renderer is aborted, so nothing remote loads.
  await context.route('**/*', (route) => {
    blockedRequests.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  await context.route(`${appOrigin}/**`, serveRendererFile);
  return context;
}

/**
 * The browser target's printer: the print page in a context of its own (so it has no bridge, as in
 * Electron), handed the pack with page.evaluate, printed by Chromium's page.pdf.
 */
/** What the print page puts on its global object (the e2e code compiles without DOM types). */
type PrintGlobal = { renderPack(model: PackModel): Promise<{ pages: number }> };

export function browserPrinter(browser: Browser, blockedRequests: string[]): Printer {
  return {
    async printPack(model: PackModel) {
      const context = await appContext(browser, blockedRequests);
      try {
        const page = await context.newPage();
        await page.goto(`${appOrigin}/print.html`);
        await page.waitForFunction(() => typeof (globalThis as unknown as PrintGlobal).renderPack === 'function');
        const { pages } = await page.evaluate((pack) => (globalThis as unknown as PrintGlobal).renderPack(pack), model);
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
        return { pdf: new Uint8Array(pdf), pages };
      } finally {
        await context.close();
      }
    },
  };
}

export interface BrowserExportOptions {
  /** Where the test's save dialogs answer (see testDialogs.ts). */
  saveDir: string;
  /** Paths the app asked to show in their folder. */
  revealed?: string[];
  /** Passed to the store: the disk (a fault-injecting one in the safety specs), retry waits, the size limit. */
  store?: OpenBriefingRouterOptions['store'];
}

/**
 * Opens the built renderer in a fresh context of `browser`, backed by a router on `dataDir`.
 * `log` receives what the router logs (the Electron main process prints it to stderr).
 */
export async function launchBrowserApp(
  browser: Browser,
  dataDir: string,
  log: (error: unknown) => void = (error) => console.error('[router]', error),
  exportOptions?: BrowserExportOptions,
): Promise<BrowserAppInstance> {
  const seed: unknown = JSON.parse(await readFile(seedFilePath, 'utf8'));
  const blockedRequests: string[] = [];
  const reveal: FileReveal = { reveal: (path) => exportOptions?.revealed?.push(path) };
  const router = await openBriefingRouter({
    dataDirectory: dataDir,
    seed,
    log,
    printer: browserPrinter(browser, blockedRequests),
    ...(exportOptions ? { dialogs: testDialogs(exportOptions.saveDir), reveal } : {}),
    ...(exportOptions?.store ? { store: exportOptions.store } : {}),
  });
  const pendingCalls = new Set<Promise<unknown>>();

  const context = await appContext(browser, blockedRequests, { viewport: { width: 1360, height: 880 } });
  await context.exposeBinding('__briefingInvoke', (_source, name: unknown, request: unknown) => {
    const call = router.handle(String(name), request);
    pendingCalls.add(call);
    void call.finally(() => pendingCalls.delete(call));
    return call;
  });
  await context.addInitScript({ content: bridgeInitScript() });

  const page = await context.newPage();
  let closing: Promise<void> | undefined;
  async function close(): Promise<void> {
    closing ??= (async () => {
      // As a window closes: the page gets pagehide (and beforeunload), whatever it sends then still
      // reaches the router, and quitting waits, bounded, for the last change and the last write —
      // what the Electron shell does in before-quit with router.whenIdle.
      await page.close({ runBeforeUnload: true }).catch(() => undefined);
      if (!page.isClosed()) await page.waitForEvent('close', { timeout: 5000 }).catch(() => undefined);
      await Promise.allSettled([...pendingCalls]);
      await router.whenIdle(2000);
      await context.close();
      await Promise.allSettled([...pendingCalls]);
    })();
    return closing;
  }

  try {
    await page.goto(`${appOrigin}/index.html`);
  } catch (error) {
    await close();
    throw error;
  }
  return { page, close, blockedRequests };
}
