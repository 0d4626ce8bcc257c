/**
 * Only the app's own page may call the main process or navigate: a frame loaded from anywhere
 * else (an iframe, a page reached by a bug) is refused. `appUrl` is the URL the window loaded.
 */
export function isTrustedSender(frameUrl: string | undefined, appUrl: string): boolean {
  if (!frameUrl) return false;
  return samePage(frameUrl, appUrl);
}

/** Navigation inside the window is refused unless it stays on the app's own page (hash changes). */
export function isAllowedNavigation(targetUrl: string, appUrl: string): boolean {
  return samePage(targetUrl, appUrl);
}

/** Same scheme, host and path; an address that does not parse matches nothing, not even itself. */
function samePage(url: string, appUrl: string): boolean {
  const page = pageOf(url);
  const app = pageOf(appUrl);
  return page !== null && app !== null && page === app;
}

function pageOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return null;
  }
}
