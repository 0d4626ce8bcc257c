/**
 * TEST ONLY. A stand-in for the `electron` module, for running the main process in Node: the
 * Electron binary cannot be downloaded on the machines this project is built on, so the real
 * module cannot load (in Electron 45, requiring it starts that download). Each part is written
 * from electron.d.ts and Electron's documented behaviour — app.setPath refuses a relative path or
 * a folder that does not exist, the protocol module refuses scheme registration after ready,
 * ipcMain refuses a second handler for a channel, session.defaultSession exists only once the app
 * is ready, app.quit() emits before-quit, will-quit and quit unless one is prevented — and records
 * what the app asks of it. Tests use it with `vi.mock('electron', () => standIn.module)`.
 */
import { existsSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { StandInEmitter, StandInSession, StandInWebContents, standInEvent } from './standInEmitters';

export interface StandInOptions {
  /** What app.getPath('userData') answers before the app changes it. */
  userData: string;
  appPath: string;
  isPackaged?: boolean;
  /** False plays a second launch: another instance holds the single-instance lock. */
  singleInstanceLockFree?: boolean;
}

type MenuTemplateItem = Record<string, unknown> & { id?: string; click?: () => void; submenu?: MenuTemplateItem[] };

export class StandInMenu {
  constructor(readonly items: MenuTemplateItem[]) {}
  /** Every item, depth first. */
  all(items: MenuTemplateItem[] = this.items): MenuTemplateItem[] {
    return items.flatMap((item) => [item, ...this.all(item.submenu ?? [])]);
  }
  getMenuItemById(id: string): MenuTemplateItem | null {
    return this.all().find((item) => item.id === id) ?? null;
  }
}

function createStandIn() {
  const state = {
    options: { userData: '/stand-in/userData', appPath: '/stand-in/app' } as StandInOptions,
    paths: new Map<string, string>(),
    ready: false,
    readyWaiters: [] as (() => void)[],
    quitting: false,
    exitCode: undefined as number | undefined,
    ended: false,
    endWaiters: [] as (() => void)[],
    lockRequests: [] as unknown[],
    aboutPanel: undefined as unknown,
    aboutPanelShown: 0,
    privilegedSchemes: [] as { scheme: string; privileges: Record<string, boolean> }[],
    protocolHandlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
    ipcHandlers: new Map<string, (event: unknown, payload: unknown) => unknown>(),
    defaultSession: new StandInSession(),
    windows: [] as StandInBrowserWindow[],
    focused: undefined as StandInBrowserWindow | undefined,
    applicationMenu: null as StandInMenu | null,
    opened: { external: [] as string[], paths: [] as string[], shownInFolder: [] as string[] },
    messageBoxes: [] as Record<string, unknown>[],
    messageBoxAnswers: [] as number[],
    errorBoxes: [] as { title: string; content: string }[],
    exposed: new Map<string, unknown>(),
    rendererListeners: new Map<string, ((event: unknown, payload: unknown) => void)[]>(),
    invoked: [] as { channel: string; payload: unknown }[],
  };

  const end = (code: number | undefined) => {
    state.exitCode = code;
    state.ended = true;
    for (const waiter of state.endWaiters.splice(0)) waiter();
  };

  class StandInApp extends StandInEmitter {
    get isPackaged() {
      return state.options.isPackaged ?? false;
    }
    getPath(name: string): string {
      const path = state.paths.get(name);
      if (!path) throw new Error(`Failed to get '${name}' path`);
      return path;
    }
    setPath(name: string, path: string): void {
      if (!isAbsolute(path)) throw new Error(`Path must be absolute: ${path}`);
      if (!existsSync(path)) throw new Error(`Failed to set path: ${path} does not exist`);
      state.paths.set(name, path);
    }
    getAppPath = () => state.options.appPath;
    getName = () => 'Summit Briefing';
    getVersion = () => '0.1.0';
    getPreferredSystemLanguages = () => ['ko-KR', 'en-US'];
    isReady = () => state.ready;
    whenReady(): Promise<void> {
      return state.ready ? Promise.resolve() : new Promise((done) => state.readyWaiters.push(done));
    }
    requestSingleInstanceLock(additionalData?: unknown): boolean {
      state.lockRequests.push(additionalData);
      return state.options.singleInstanceLockFree ?? true;
    }
    setAboutPanelOptions(options: unknown): void {
      state.aboutPanel = options;
    }
    showAboutPanel(): void {
      state.aboutPanelShown++;
    }
    quit(): void {
      if (state.ended) return;
      const beforeQuit = standInEvent();
      this.emit('before-quit', beforeQuit);
      if (beforeQuit.defaultPrevented) return;
      const willQuit = standInEvent();
      this.emit('will-quit', willQuit);
      if (willQuit.defaultPrevented) return;
      this.emit('quit', standInEvent(), 0);
      end(0);
    }
    exit(code = 0): void {
      end(code);
    }
  }

  class StandInBrowserWindow extends StandInEmitter {
    static getAllWindows = () => [...state.windows];
    static getFocusedWindow = () => state.focused ?? null;
    readonly webContents = new StandInWebContents();
    url: string | undefined;
    minimized = false;
    shown = false;
    destroyed = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      state.windows.push(this);
      app.emit('web-contents-created', standInEvent(), this.webContents);
    }
    loadURL(url: string): Promise<void> {
      this.url = url;
      return Promise.resolve();
    }
    show(): void {
      this.shown = true;
      state.focused = this;
    }
    focus(): void {
      state.focused = this;
    }
    isMinimized = () => this.minimized;
    minimize(): void {
      this.minimized = true;
      if (state.focused === this) state.focused = undefined;
    }
    restore(): void {
      this.minimized = false;
    }
    isDestroyed = () => this.destroyed;
    destroy(): void {
      this.close();
    }
    close(): void {
      if (this.destroyed) return;
      this.destroyed = true;
      this.webContents.destroyed = true;
      state.windows = state.windows.filter((window) => window !== this);
      if (state.focused === this) state.focused = undefined;
      this.emit('closed');
      if (state.windows.length === 0) app.emit('window-all-closed');
    }
  }

  const app = new StandInApp();

  const module = {
    app,
    BrowserWindow: StandInBrowserWindow,
    ipcMain: {
      handle(channel: string, handler: (event: unknown, payload: unknown) => unknown) {
        if (state.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        state.ipcHandlers.set(channel, handler);
      },
    },
    protocol: {
      registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, boolean> }[]) {
        if (state.ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
        state.privilegedSchemes.push(...schemes);
      },
      handle(scheme: string, handler: (request: Request) => Response | Promise<Response>) {
        if (!state.ready) throw new Error('The protocol module can only be used after the app is ready');
        if (state.protocolHandlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
        state.protocolHandlers.set(scheme, handler);
      },
    },
    session: {
      get defaultSession() {
        if (!state.ready) throw new Error('Session can only be received when app is ready');
        return state.defaultSession;
      },
    },
    shell: {
      openExternal: async (url: string) => void state.opened.external.push(url),
      openPath: async (path: string) => (state.opened.paths.push(path), ''),
      showItemInFolder: (path: string) => void state.opened.shownInFolder.push(path),
    },
    dialog: {
      async showMessageBox(...args: unknown[]) {
        const options = (args.length > 1 ? args[1] : args[0]) as Record<string, unknown>;
        state.messageBoxes.push(options);
        const response = state.messageBoxAnswers.shift() ?? (options.cancelId as number | undefined) ?? 0;
        return { response, checkboxChecked: false };
      },
      showErrorBox: (title: string, content: string) => void state.errorBoxes.push({ title, content }),
      showSaveDialog: async () => ({ canceled: true, filePath: '' }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    },
    Menu: {
      buildFromTemplate: (template: MenuTemplateItem[]) => new StandInMenu(template),
      setApplicationMenu: (menu: StandInMenu | null) => void (state.applicationMenu = menu),
      getApplicationMenu: () => state.applicationMenu,
    },
    nativeTheme: { shouldUseDarkColors: false },
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => void state.exposed.set(key, api),
    },
    ipcRenderer: {
      invoke: async (channel: string, payload: unknown) => void state.invoked.push({ channel, payload }),
      on(channel: string, listener: (event: unknown, payload: unknown) => void) {
        state.rendererListeners.set(channel, [...(state.rendererListeners.get(channel) ?? []), listener]);
      },
      removeListener(channel: string, listener: (event: unknown, payload: unknown) => void) {
        state.rendererListeners.set(
          channel,
          (state.rendererListeners.get(channel) ?? []).filter((candidate) => candidate !== listener),
        );
      },
    },
  };

  return {
    module,
    state,
    reset(options: StandInOptions) {
      const fresh = createStandIn().state;
      Object.assign(state, fresh, { options, paths: new Map([['userData', options.userData]]) });
      app.listeners.clear();
    },
    /** Electron emits ready: whenReady resolves. */
    becomeReady() {
      state.ready = true;
      for (const waiter of state.readyWaiters.splice(0)) waiter();
      app.emit('ready', standInEvent(), {});
    },
    /** Resolves once the process would have ended (quit or exit). */
    whenEnded(): Promise<void> {
      return state.ended ? Promise.resolve() : new Promise((done) => state.endWaiters.push(done));
    },
    /** A second launch of the app, as Electron reports it to the first instance. */
    launchSecondInstance(argv: string[], workingDirectory: string) {
      app.emit('second-instance', standInEvent(), argv, workingDirectory, {});
    },
    /** Calls an IPC handler the way a frame of the given URL would. */
    invoke(channel: string, payload: unknown, frame: { url: string; parent: unknown } | null) {
      const handler = state.ipcHandlers.get(channel);
      if (!handler) throw new Error(`no handler for ${channel}`);
      return handler({ senderFrame: frame }, payload);
    },
    /** Requests a URL from a registered protocol handler. */
    async fetch(url: string, init?: RequestInit): Promise<Response> {
      const handler = state.protocolHandlers.get(new URL(url).protocol.replace(/:$/, ''));
      if (!handler) throw new Error(`no protocol handler for ${url}`);
      return handler(new Request(url, init));
    },
    /** The main process sends a renderer event: what the preload's listeners receive. */
    emitToRenderer(channel: string, payload: unknown) {
      for (const listener of state.rendererListeners.get(channel) ?? [])
        listener({ sender: 'ipcRenderer itself' }, payload);
    },
  };
}

export type StandInElectron = ReturnType<typeof createStandIn>;

const key = Symbol.for('summit-briefing.stand-in-electron');
const holder = globalThis as unknown as Record<symbol, StandInElectron | undefined>;

/** One per test worker, so module resets between tests keep talking to the same stand-in. */
export const standIn: StandInElectron = (holder[key] ??= createStandIn());
