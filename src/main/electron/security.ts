import { app, session, type Session, type WebContents } from 'electron';
import {
  allowWebview,
  decidePermission,
  decideWindowOpen,
  isAllowedRequest,
  shouldBlockNavigation,
} from './policy/securityPolicy';

/**
 * Electron's security checklist items that live on sessions and web contents. Every handler
 * here only wires an event to a decision in `./policy/securityPolicy`, which is unit-tested in Node.
 * Call before the app is ready, so the first session and the first window are covered too.
 */
export function applySecurityPolicy(getAppUrl: () => string): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, getAppUrl));
  app.on('session-created', (created) => guardSession(created, getAppUrl));
  void app.whenReady().then(() => guardSession(session.defaultSession, getAppUrl));
}

/** Checklist 11–14: no new windows, no navigation off the app page, no webviews. */
export function guardWebContents(contents: WebContents, getAppUrl: () => string): void {
  contents.setWindowOpenHandler((details) => decideWindowOpen(details));
  contents.on('will-navigate', (event) => {
    if (shouldBlockNavigation(event, getAppUrl())) event.preventDefault();
  });
  // Also covers subframes, which will-navigate does not see.
  contents.on('will-frame-navigate', (event) => {
    if (shouldBlockNavigation(event, getAppUrl())) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (shouldBlockNavigation(event, getAppUrl())) event.preventDefault();
  });
  contents.on('will-attach-webview', (event, webPreferences, params) => {
    // Should one ever get this far, it gets no preload and no Node, and is then destroyed.
    delete webPreferences.preload;
    webPreferences.nodeIntegration = false;
    webPreferences.contextIsolation = true;
    webPreferences.sandbox = true;
    if (!allowWebview(params)) event.preventDefault();
  });
}

/** Checklist 1 and 5, on every session: deny every permission, and let nothing reach the network. */
export function guardSession(target: Session, getAppUrl: () => string): void {
  target.setPermissionRequestHandler((_contents, permission, callback) => callback(decidePermission(permission)));
  target.setPermissionCheckHandler((_contents, permission) => decidePermission(permission));
  target.setDevicePermissionHandler((details) => decidePermission(details.deviceType));
  target.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequest(details.url, getAppUrl()) }),
  );
}
