/**
 * The browser target replaces only the Electron binary. The renderer is the real build from
 * `out/renderer`, served through the app:// protocol's own handler (`serveAppRequest`, with its
 * refusals and its Content-Security-Policy header), and `window.briefing` is built by the same
 * `buildBridge` the preload uses, wired to the real router and domain (`openBriefingRouter`)
 * running in the test process on the test's data folder. The commands the window publishes reach
 * that router's shell, the menu is the same template built from them, and a chosen item reaches
 * the page as the same runCommand event. What this target does not exercise
 * is Electron itself: the preload, IPC sender checks and window security settings, which the main
 * process harness (src/main/electron/mainProcess.*.test.ts) runs against a stand-in.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Route } from '@playwright/test';
import { isMainCommand } from '../../src/shared/appCommands';
import { confirmedExternalLinks } from '../../src/main/electron/policy/confirmedExternalLinks';
import { serveAppRequest } from '../../src/main/electron/policy/appProtocol';
import { buildMenuTemplate, type MenuItemSpec } from '../../src/main/electron/policy/menuTemplate';
import { recordingAppShell, type RecordingAppShell } from '../../src/main/ipc/appShell';
import type { FileReveal, Printer } from '../../src/main/domain/ports/exportPorts';
import { openBriefingRouter, type OpenBriefingRouterOptions } from '../../src/main/ipc/openBriefingRouter';
import type { PackModel } from '../../src/shared/export/packModel';
import type { BriefPrintModel } from '../../src/shared/briefs/briefPrintModel';
import { buildBridge } from '../../src/shared/bridge';
import { channelNames, eventNames } from '../../src/shared/channels';
import { events } from '../../src/shared/events';
import { seedFilePath } from '../support/dataFiles';
import { enabledMenuItem, repoRoot, type AppInstance, type MenuModelItem } from './target';
import { testDialogs } from './testDialogs';

/**
 * Chromium cannot route a custom scheme (an app:// navigation never becomes a request Playwright
 * sees), so the page keeps an http origin here; the same handler serves it, naming this origin.
 */
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
  /** What the window published and which main-process commands it asked for. */
  readonly shell: RecordingAppShell;
}

/** The main process's link confirmation, answered by the test: what it was asked, and what it opened. */
export interface LinkConfirmations {
  answer: boolean;
  readonly asked: string[];
  readonly opened: string[];
}

/** Serves `out/renderer` through the app:// protocol's handler: same files, refusals and headers as Electron. */
async function serveRendererFile(route: Route): Promise<void> {
  const request = route.request();
  const answer = await serveAppRequest(request.url(), {
    root: rendererFolder,
    origin: appOrigin,
    method: request.method(),
  });
  return route.fulfill({
    status: answer.status,
    headers: answer.headers,
    body: answer.body ? Buffer.from(answer.body) : '',
  });
}

/**
 * The page-side half of the bridge: the preload's `buildBridge`, run from its source text. Its
 * events half keeps the listeners in a closure; `__briefingEmit` (test target only) is how the
 * test process delivers a main-process event, as ipcRenderer.on would.
 */
function bridgeInitScript(): string {
  return `(() => {
  const listeners = new Map();
  const subscribe = (name, listener) => {
    const set = listeners.get(name) ?? new Set();
    listeners.set(name, set.add(listener));
    return () => set.delete(listener);
  };
  Object.defineProperty(window, '__briefingEmit', {
    value: (name, payload) => { for (const listener of listeners.get(name) ?? []) listener(payload); },
  });
  Object.defineProperty(window, 'briefing', {
    value: (${buildBridge.toString()})(${JSON.stringify(channelNames)}, (name, request) => window.__briefingInvoke(name, request), {
      names: ${JSON.stringify(eventNames)},
      subscribe,
    }),
    enumerable: true,
  });
})();`;
}

type EmitGlobal = { __briefingEmit(name: string, payload: unknown): void };

/** The menu the main process would build from what the window last published, as the user sees it. */
function menuModelOf(shell: RecordingAppShell): MenuModelItem[] {
  const read = (items: readonly MenuItemSpec[]): MenuModelItem[] =>
    items
      .filter((item) => item.type !== 'separator')
      .map((item) => ({
        label: (item.label ?? item.role ?? '').replace('&', ''),
        enabled: item.enabled ?? true,
        ...(item.command ? { command: item.command } : {}),
        ...(item.checked !== undefined ? { checked: item.checked } : {}),
        ...(item.accelerator ? { accelerator: item.accelerator } : {}),
        ...(item.submenu ? { submenu: read(item.submenu) } : {}),
      }));
  return read(
    buildMenuTemplate({
      platform: process.platform,
      isPackaged: true,
      appName: 'Summit Briefing',
      commands: shell.published,
    }),
  );
}

/**
 * Chooses a menu item as the main process would: once the menu has it, enabled, a window command
 * reaches the page as the runCommand event, validated against the contract.
 */
async function chooseMenuCommand(
  page: import('@playwright/test').Page,
  shell: RecordingAppShell,
  commandId: string,
): Promise<void> {
  if (isMainCommand(commandId)) {
    throw new Error(
      `${commandId} runs in the main process, which the browser target replaces; see the main process harness.`,
    );
  }
  await enabledMenuItem(() => Promise.resolve(menuModelOf(shell)), commandId);
  const payload = events.runCommand.parse({ commandId });
  await page.evaluate(([name, value]) => (globalThis as unknown as EmitGlobal).__briefingEmit(name, value), [
    'runCommand',
    payload,
  ] as const);
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
type PrintGlobal = {
  renderPack(model: PackModel): Promise<{ pages: number }>;
  // briefs
  renderBrief(model: BriefPrintModel): Promise<{ pages: number }>;
};

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
    // briefs: the same print page and printer, handed the brief.
    async printBrief(model: BriefPrintModel) {
      const context = await appContext(browser, blockedRequests);
      try {
        const page = await context.newPage();
        await page.goto(`${appOrigin}/print.html`);
        await page.waitForFunction(() => typeof (globalThis as unknown as PrintGlobal).renderBrief === 'function');
        const { pages } = await page.evaluate(
          (brief) => (globalThis as unknown as PrintGlobal).renderBrief(brief),
          model,
        );
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
  /** Answers the main process's "Open this link?" confirmation; yes unless set otherwise. */
  links?: LinkConfirmations;
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
  const confirmations: LinkConfirmations = exportOptions?.links ?? { answer: true, asked: [], opened: [] };
  const shell = recordingAppShell();
  const router = await openBriefingRouter({
    shell,
    dataDirectory: dataDir,
    seed,
    log,
    printer: browserPrinter(browser, blockedRequests),
    // The confirmation Electron shows as a native message box, answered by the test.
    links: confirmedExternalLinks({
      confirm: async (url) => {
        confirmations.asked.push(url);
        return confirmations.answer;
      },
      open: async (url) => void confirmations.opened.push(url),
    }),
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
  return {
    page,
    close,
    blockedRequests,
    shell,
    runMenuCommand: (commandId) => chooseMenuCommand(page, shell, commandId),
    menuModel: () => Promise.resolve(menuModelOf(shell)),
    answerLinks: (answer) => {
      confirmations.answer = answer;
      return Promise.resolve();
    },
    linkRequests: () => Promise.resolve({ asked: [...confirmations.asked], opened: [...confirmations.opened] }),
  };
}
