/**
 * The port through which a note's link leaves the app. Electron's adapter hands the URL to the
 * system browser (shell.openExternal); tests and the browser target record it instead. Either
 * way the URL is checked here first: only plain http(s) addresses ever leave.
 */
export interface ExternalLinks {
  open: (url: string) => Promise<LinkOutcome>;
}

/** What became of a link: opened, declined by the person when asked, or refused unasked as unsafe. */
export type LinkOutcome = { opened: true } | { opened: false; reason: 'declined' | 'unsafe' };

export const linkRefused: LinkOutcome = { opened: false, reason: 'unsafe' };

export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  // user:password@host hides the real destination from the person confirming the link.
  if (parsed.username || parsed.password) return false;
  return parsed.hostname.length > 0;
}

/** Wraps a raw opener so that nothing but a safe http(s) URL reaches it. */
export function guardedExternalLinks(openInSystemBrowser: (url: string) => Promise<void>): ExternalLinks {
  return {
    async open(url) {
      if (!isSafeExternalUrl(url)) return linkRefused;
      await openInSystemBrowser(new URL(url).href);
      return { opened: true };
    },
  };
}

/** For tests and the browser target: remembers the URLs instead of opening them. */
export function recordingExternalLinks(): ExternalLinks & { opened: string[] } {
  const opened: string[] = [];
  const links = guardedExternalLinks((url) => {
    opened.push(url);
    return Promise.resolve();
  });
  return { opened, open: links.open };
}
