import { BrowserWindow, dialog, shell } from 'electron';
import type { ExternalLinkPort } from './policy/confirmedExternalLinks';

/** The native half of confirmedExternalLinks: a message box naming the full address, then the system browser. */
export function nativeExternalLinkPort(): ExternalLinkPort {
  return {
    async confirm(url) {
      const options = {
        type: 'question' as const,
        title: 'Open link',
        message: 'Open this link in your browser?',
        detail: `${url}\n\nIt leaves Summit Briefing and may need the internet.`,
        buttons: ['Open Link', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        noLink: true,
      };
      const owner = BrowserWindow.getFocusedWindow();
      const { response } = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options);
      return response === 0;
    },
    open: (url) => shell.openExternal(url),
  };
}
