import { app, session, type WebContents } from 'electron';
import { isAllowedNavigation } from '../ipc/senderPolicy';

/**
 * Electron's security checklist items that live on sessions and web contents: deny every
 * permission, every new window, every navigation off the app page and every webview.
 */
export function applySecurityPolicy(getAppUrl: () => string): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedNavigation(url, getAppUrl())) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAllowedNavigation(url, getAppUrl())) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
  });
}
