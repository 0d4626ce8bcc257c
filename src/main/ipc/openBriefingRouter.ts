import { channelNames } from '../../shared/channels';
import { BriefingError } from '../../shared/errors';
import { openFactStore, type FactStore, type OpenFactStoreOptions } from '../domain/factStore';
import { firstScreenFromFile, readFirstScreenFile, seedStamp, writeFirstScreenFile } from '../domain/firstScreenFile';
import { nodeFileSystem } from '../domain/ports/fileSystem';
import { recordingAppShell, type AppShell, type ShellChannel } from './appShell';
import { recordingExternalLinks, type ExternalLinks } from './externalLinks';
import { refusingExportDeps, type FileDialogs, type FileReveal, type Printer } from '../domain/ports/exportPorts';
import { parseSeed } from '../domain/seed';
import type { Seed } from '../../shared/schema/seed';
import { briefingHandlers } from './briefingHandlers';
import { createRouter, type Handlers, type Router } from './router';

export interface BriefingRouter extends Router {
  /** Resolves once everything asked for so far is on disk. */
  flush(): Promise<void>;
  /**
   * For quitting: waits for every call already received to be answered, then for every write,
   * and again while new calls keep arriving (the window's last change, sent as it closes, may land
   * during the final write) — for at most `timeoutMs`. Resolves true when all is on disk, false
   * when time ran out with work still going.
   */
  whenIdle(timeoutMs?: number): Promise<boolean>;
  /** Resolves once everything is on disk and no compaction or backup is running: for tests. */
  settled(): Promise<void>;
  /** Waits for the last writes and lets go of the store's worker thread. */
  close(): Promise<void>;
}

export interface OpenBriefingRouterOptions {
  dataDirectory: string;
  /** The seed as read from `resources/seed` (validated here). */
  seed: unknown;
  /** Where a note's confirmed link goes: the system browser in Electron, a recorder in tests. */
  links?: ExternalLinks;
  /** Passed through to the store: tests shorten or lengthen the write coalescing window. */
  store?: Pick<
    OpenFactStoreOptions,
    | 'clock'
    | 'writeDelayMs'
    | 'backupIntervalMs'
    | 'retryDelaysMs'
    | 'maxDatabaseBytes'
    | 'fileSystem'
    | 'compaction'
    | 'workers'
  >;
  log?: (error: unknown) => void;
  /** Turns a pack into PDF: a hidden window's printToPDF in Electron, page.pdf in the browser target. */
  printer?: Printer;
  /** Where exports are saved and backups opened from: the system dialogs, or the test fixture. */
  dialogs?: FileDialogs;
  /** Shows a saved file in the system file manager. */
  reveal?: FileReveal;
  /** The system's preferred languages, handed to the window for its first start's language. */
  systemLanguages?: readonly string[];
  /** The native menu and the main process's own commands: Electron's Menu and dialogs, or a recorder. */
  shell?: AppShell;
}

function shellHandlers(shell: AppShell): Pick<Handlers, ShellChannel> {
  return {
    publishMenu: ({ commands, language }) => {
      shell.publishMenu(commands, language);
      return { published: commands.length };
    },
    runMainCommand: async ({ commandId }) => {
      await shell.runMainCommand(commandId);
      return { done: true as const };
    },
  };
}

/**
 * What the main process serves over IPC. Electron and the browser test target both start here,
 * so the two targets run the same domain and router. A database that cannot be opened does not
 * stop the app: every call answers the reason, so the window can tell the user, and the next
 * call tries again — once the user has put a good file back, "Try again" works without a restart.
 */
export async function openBriefingRouter({
  dataDirectory,
  seed,
  links = recordingExternalLinks(),
  store: storeOptions = {},
  log = () => undefined,
  printer = refusingExportDeps.printer,
  dialogs = refusingExportDeps.dialogs,
  reveal = refusingExportDeps.reveal,
  systemLanguages,
  shell = recordingAppShell(),
}: OpenBriefingRouterOptions): Promise<BriefingRouter> {
  let opening: Promise<FactStore> | undefined;
  let shippedSeed: Seed | undefined;
  let handlers: Omit<Handlers, ShellChannel> | undefined;
  let openStore: FactStore | undefined;

  function storeHandlers(): Promise<Omit<Handlers, ShellChannel>> {
    if (handlers) return Promise.resolve(handlers);
    opening ??= Promise.resolve().then(() =>
      openFactStore({ ...storeOptions, dataDirectory, seed: (shippedSeed ??= parseSeed(seed)) }),
    );
    return opening.then(
      (store) => {
        openStore = store;
        const fileSystem = storeOptions.fileSystem;
        return (handlers ??= briefingHandlers(
          store,
          links,
          {
            printer,
            dialogs,
            reveal,
            seed: shippedSeed,
            ...(fileSystem ? { fileSystem } : {}),
            ...(storeOptions.clock ? { clock: storeOptions.clock } : {}),
          },
          systemLanguages,
        ));
      },
      (error: unknown) => {
        opening = undefined;
        log(error);
        throw error instanceof BriefingError
          ? error
          : new BriefingError({
              code: 'internal',
              message: `Summit Briefing could not open its database: ${String(error)}`,
            });
      },
    );
  }

  const fileSystem = storeOptions.fileSystem ?? nodeFileSystem;
  const seedFile = seedStamp(seed);
  // The first screen kept at the last quit, if the files on disk are still the ones it describes:
  // the window paints it while the store opens, and nothing else is answered before the store is open.
  let keptFirstScreen = await readFirstScreenFile(fileSystem, dataDirectory, seedFile);

  const lazyHandlers = {
    ...(Object.fromEntries(
      channelNames.map((name) => [
        name,
        async (request: never) =>
          ((await storeHandlers()) as Record<string, (request: never) => unknown>)[name]!(request),
      ]),
    ) as unknown as Handlers),
    getFirstScreen: async (request) => {
      if (!handlers && keptFirstScreen) return firstScreenFromFile(keptFirstScreen, request.limit, systemLanguages);
      return (await storeHandlers()).getFirstScreen(request);
    },
    ...shellHandlers(shell),
  } satisfies Handlers;

  // Open now, so a first start creates the database before the window asks for it; with a kept
  // first screen the window is not kept waiting for it (the open goes on meanwhile).
  const opened = storeHandlers().then(
    () => undefined,
    () => undefined,
  );
  if (!keptFirstScreen) await opened;
  void opened.then(() => (keptFirstScreen = undefined));
  const router = createRouter(lazyHandlers, log);
  /** The store once its open (if one is under way) has ended; undefined if it failed. */
  const store = async () => {
    await opened;
    return openStore;
  };
  const flush = async () => {
    await (await store())?.flush();
  };
  return {
    ...router,
    flush,
    async settled() {
      await (await store())?.settled();
    },
    async close() {
      await (await store())?.close();
    },
    async whenIdle(timeoutMs = 2000) {
      const deadline = Date.now() + timeoutMs;
      let gaveUp = false;
      const settle = async () => {
        while (!gaveUp) {
          await router.settled();
          await flush();
          // One more turn of the event loop: an IPC message already on its way is handled before we call it idle.
          await new Promise((done) => setTimeout(done, 20));
          if (router.inFlight() === 0 && (openStore?.saveState().pending ?? 0) === 0) return true;
        }
        return false;
      };
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<boolean>(
        (done) => (timer = setTimeout(() => done(false), Math.max(0, deadline - Date.now()))),
      );
      try {
        const idle = await Promise.race([settle(), timeout]);
        // Within the same deadline; whether it is written does not change what whenIdle answers.
        if (idle) await Promise.race([keepFirstScreen(() => gaveUp), timeout]);
        return idle;
      } finally {
        gaveUp = true;
        clearTimeout(timer);
      }
    },
  };

  /**
   * As the app quits with everything on disk: the first screen for the next start, written once
   * no compaction or backup is still changing the files it is stamped with. A read-only folder
   * or a full disk only means the next start opens without it.
   */
  async function keepFirstScreen(gaveUp: () => boolean): Promise<void> {
    const current = openStore;
    if (!current || current.library().readOnly) return;
    try {
      await current.settled();
      if (gaveUp() || current.saveState().pending > 0) return;
      await writeFirstScreenFile(fileSystem, dataDirectory, seedFile, current.library());
    } catch (error) {
      log(error);
    }
  }
}
