import { BrowserWindow, dialog, shell } from 'electron';
import type { UiLocale } from '../../shared/i18n/languages';
import { createTranslator } from '../../shared/i18n/translator';
import type { ExternalLinkPort } from './policy/confirmedExternalLinks';

/**
 * The native half of confirmedExternalLinks: a message box naming the full address, in the
 * window's language, then the system browser.
 */
export function nativeExternalLinkPort(language: () => UiLocale | undefined): ExternalLinkPort {
  return {
    async confirm(url) {
      const { t } = createTranslator(language() ?? 'en');
      const options = {
        type: 'question' as const,
        title: 'Summit Briefing',
        message: t('link.title'),
        detail: `${url}\n\n${t('link.outside')}`,
        buttons: [t('link.open'), t('link.cancel')],
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
