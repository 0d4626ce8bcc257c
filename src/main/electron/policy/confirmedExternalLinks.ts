import { isSafeExternalUrl, linkRefused, type ExternalLinks } from '../../ipc/externalLinks';

/**
 * How a link leaves the app, as a port: Electron answers with a native message box and
 * shell.openExternal; tests and the browser target answer it themselves.
 */
export interface ExternalLinkPort {
  /** Shows the full address and resolves true only if the person chose to open it. */
  confirm(url: string): Promise<boolean>;
  open(url: string): Promise<void>;
}

/**
 * Checklist item 15, decided in the main process whatever the renderer did: only a plain http(s)
 * address with a host and no credentials gets as far as the question, the question shows the
 * address exactly as it will be opened, and nothing opens unless the person says so. It is the
 * only question: a window's own "are you sure?" could be skipped by a compromised page anyway.
 */
export function confirmedExternalLinks(port: ExternalLinkPort): ExternalLinks {
  return {
    async open(url) {
      if (!isSafeExternalUrl(url)) return linkRefused;
      const address = new URL(url).href;
      if (!(await port.confirm(address))) return { opened: false, reason: 'declined' };
      await port.open(address);
      return { opened: true };
    },
  };
}
