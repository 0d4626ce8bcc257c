/**
 * Every security decision the Electron shell delegates to us, as pure functions of plain data:
 * which IPC sender, navigation, window, permission, request and renderer URL to allow. The
 * handlers in `src/main/electron/security.ts`, `ipcBridge.ts` and `mainWindow.ts` only call
 * these, so the decisions run in plain Node under test (this folder never imports electron; lint
 * enforces it). The answer is "no" unless it is the app's own page; docs/SECURITY.md maps each
 * function to Electron's checklist.
 */

export { isSafeExternalUrl } from '../../ipc/externalLinks';

/** Only the app's own page may call the main process: same scheme, host and path as `appUrl`. */
export function isTrustedSender(frameUrl: string | undefined, appUrl: string): boolean {
  if (!frameUrl) return false;
  return samePage(frameUrl, appUrl);
}

/** What the IPC bridge knows about the frame that sent a call (Electron's `event.senderFrame`). */
export interface SenderFrame {
  url: string | undefined;
  /** False for an iframe: the app has none, so a call from one is never trusted. */
  isMainFrame: boolean;
}

/** The checklist's sender check: the main frame of the app's own page, and nothing else. */
export function isTrustedSenderFrame(frame: SenderFrame | null | undefined, appUrl: string): boolean {
  return Boolean(frame?.isMainFrame) && isTrustedSender(frame?.url, appUrl);
}

/** Navigation is refused unless it stays on the app's own page (a query or hash change). */
export function isAllowedNavigation(targetUrl: string, appUrl: string): boolean {
  return samePage(targetUrl, appUrl);
}

export interface NavigationAttempt {
  url: string;
  isMainFrame: boolean;
}

/**
 * For will-navigate, will-frame-navigate and will-redirect. A subframe is never allowed to
 * navigate (the CSP's `frame-src 'none'` means the app has none); the main frame only on its page.
 */
export function shouldBlockNavigation(attempt: NavigationAttempt, appUrl: string): boolean {
  return !attempt.isMainFrame || !isAllowedNavigation(attempt.url, appUrl);
}

/** For setWindowOpenHandler: the app opens no windows from its page; links leave via openExternalLink. */
export function decideWindowOpen(_request: { url: string }): { action: 'deny' } {
  return { action: 'deny' };
}

/**
 * Permissions the page is granted, by Electron's permission name. Empty: the app needs no
 * camera, microphone, location, notifications, clipboard reads, MIDI, HID, serial or USB. A
 * feature that needs one adds it here with a reason and a test.
 */
const grantedPermissions: ReadonlySet<string> = new Set<string>();

/** For setPermissionRequestHandler, setPermissionCheckHandler and setDevicePermissionHandler. */
export function decidePermission(permission: string): boolean {
  return grantedPermissions.has(permission);
}

/** For will-attach-webview: `webviewTag` is off, and if one is ever attached it is destroyed. */
export function allowWebview(_params: { src?: string }): false {
  return false;
}

const networkSchemes = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

/**
 * For the session's webRequest.onBeforeRequest, a second wall behind the CSP: no request leaves
 * for the network unless it goes to the app's own origin (only the dev server is one), and no
 * page served from app:// reads a local file. Other local schemes (app:, data:, blob:, devtools:)
 * are left to the CSP and the protocol handler, which confine them.
 */
export function isAllowedRequest(url: string, appUrl: string): boolean {
  const target = parse(url);
  if (!target) return false;
  if (target.protocol === 'file:') return parse(appUrl)?.protocol === 'file:';
  if (!networkSchemes.has(target.protocol)) return true;
  const app = parse(appUrl);
  if (!app || !networkSchemes.has(app.protocol)) return false;
  // The dev server's hot reload talks over ws: to the same host and port as the page.
  const sameScheme = target.protocol === app.protocol || (app.protocol === 'http:' && target.protocol === 'ws:');
  return sameScheme && target.host === app.host;
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface RendererUrlSources {
  /** ELECTRON_RENDERER_URL, which electron-vite sets while developing. */
  devServerUrl: string | undefined;
  /** app.isPackaged: an installed app never takes its page from the environment. */
  isPackaged: boolean;
  /** The built `out/renderer/index.html`, as the app:// protocol serves it. */
  builtPageUrl: string;
}

/**
 * The page the window loads. Only an unpackaged app may use the dev server, and only one on
 * this machine over http: an environment variable must never point an installed app, with its
 * preload bridge and trusted IPC, at a page from somewhere else.
 */
export function chooseRendererUrl({ devServerUrl, isPackaged, builtPageUrl }: RendererUrlSources): string {
  if (isPackaged || !devServerUrl) return builtPageUrl;
  const dev = parse(devServerUrl);
  if (!dev || dev.protocol !== 'http:' || !loopbackHosts.has(dev.hostname) || dev.username || dev.password) {
    return builtPageUrl;
  }
  return dev.href;
}

/** Same scheme, host and path; an address that does not parse matches nothing, not even itself. */
function samePage(url: string, appUrl: string): boolean {
  const page = pageOf(url);
  const app = pageOf(appUrl);
  return page !== null && app !== null && page === app;
}

function pageOf(url: string): string | null {
  const parsed = parse(url);
  return parsed ? `${parsed.protocol}//${parsed.host}${parsed.pathname}` : null;
}

function parse(url: unknown): URL | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
