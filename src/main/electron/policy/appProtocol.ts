/**
 * The app:// protocol as a pure decision plus a file read: a request URL becomes either a file of
 * the built renderer (with its MIME type and the Content-Security-Policy header) or a refusal.
 * Electron's `protocol.handle('app', …)` (../appProtocol.ts) and the browser e2e target's
 * `page.route` (e2e/targets/browserTarget.ts) both answer through `serveAppRequest`, so what CI
 * exercises is what the desktop app runs. Never imports electron.
 *
 * Why a custom protocol (Electron's checklist, item 18): on file:// the CSP's 'self' admits every
 * file on the disk; on app://summit-briefing it admits only what this handler serves, which is
 * `out/renderer` and nothing outside it.
 */
import { promises as nodeFs } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';

export const appScheme = 'app';
export const appHost = 'summit-briefing';
export const appOrigin = `${appScheme}://${appHost}`;
export const appPageUrl = `${appOrigin}/index.html`;

/**
 * For `protocol.registerSchemesAsPrivileged`, before the app is ready. `standard` gives the page a
 * real origin (relative URLs, 'self', storage); `secure` makes it a secure context like https;
 * `supportFetchAPI` and `corsEnabled` let module scripts and fonts load from it. Deliberately not
 * `bypassCSP`, `allowServiceWorkers` or `stream`.
 */
export const appSchemePrivileges = Object.freeze({
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: true,
  codeCache: true,
});

/**
 * The page's policy, also written as the meta tag of src/renderer/index.html and print.html (a
 * unit test keeps them equal). script-src names the origin rather than 'self': the two are the
 * same on app://, and a named origin is what Electronegativity's CSP evaluator can verify.
 */
export function contentSecurityPolicy(origin: string = appOrigin): string {
  return [
    "default-src 'none'",
    `script-src ${origin}`,
    "style-src 'self'",
    "font-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    `worker-src ${origin}`,
    "manifest-src 'none'",
  ].join('; ');
}

/** The response header adds what a meta tag cannot carry: nobody may frame the app. */
export function contentSecurityPolicyHeader(origin: string = appOrigin): string {
  return `${contentSecurityPolicy(origin)}; frame-ancestors 'none'`;
}

/** Only these types are served; anything else in the folder is refused. */
export const mimeTypes: Readonly<Record<string, string>> = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
});

export type AppRoute =
  | { kind: 'file'; segments: readonly string[]; contentType: string }
  | { kind: 'refused'; status: 400 | 403 | 404 | 405; reason: string };

export interface RouteOptions {
  /** The origin this handler answers for: app://summit-briefing in Electron, an http one in the browser target. */
  origin?: string;
  method?: string;
}

/**
 * Which file of the renderer folder a request names, decided from the URL alone. Refuses another
 * host, methods other than GET and HEAD, empty, dot and dot-dot segments, encoded slashes and
 * backslashes, NUL and colons (drive letters, NTFS streams), hidden files and unknown types.
 */
export function routeAppRequest(
  requestUrl: string,
  { origin = appOrigin, method = 'GET' }: RouteOptions = {},
): AppRoute {
  if (method !== 'GET' && method !== 'HEAD')
    return refuse(405, `The app's files can only be read, not sent ${method}.`);
  if (typeof requestUrl !== 'string' || requestUrl.includes('\\')) return refuse(400, 'The address is not understood.');
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refuse(400, 'The address is not understood.');
  }
  if (`${url.protocol}//${url.host}` !== origin) return refuse(403, 'This address is not part of the app.');

  const rawSegments = url.pathname === '/' || url.pathname === '' ? ['index.html'] : url.pathname.slice(1).split('/');
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return refuse(400, 'The address is not understood.');
    }
    if (segment === '' || segment === '.' || segment === '..') return refuse(403, 'The path leaves the app folder.');
    if (/[/\\\0:]/.test(segment)) return refuse(403, 'The path leaves the app folder.');
    if (segment.startsWith('.')) return refuse(404, 'There is no such file in the app.');
    segments.push(segment);
  }
  const contentType = mimeTypes[extname(segments[segments.length - 1] ?? '').toLowerCase()];
  if (!contentType) return refuse(404, 'There is no such file in the app.');
  return { kind: 'file', segments, contentType };
}

function refuse(status: 400 | 403 | 404 | 405, reason: string): AppRoute {
  return { kind: 'refused', status, reason };
}

/** What the protocol answers; Electron wraps it in a Response, Playwright in route.fulfill. */
export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  /** Null for HEAD. */
  body: Uint8Array | null;
}

/** The three reads the handler needs; Electron's fs (asar-aware) in the app, Node's in tests. */
export interface AppFiles {
  realpath(path: string): Promise<string>;
  isFile(path: string): Promise<boolean>;
  readFile(path: string): Promise<Uint8Array>;
}

export const nodeAppFiles: AppFiles = {
  // Looked up on every call: Electron patches fs.promises for asar archives after this module loads.
  realpath: (path) => nodeFs.realpath(path),
  isFile: async (path) => (await nodeFs.stat(path)).isFile(),
  readFile: (path) => nodeFs.readFile(path),
};

export interface ServeOptions extends RouteOptions {
  /** The built renderer folder (out/renderer). */
  root: string;
  files?: AppFiles;
}

function headersFor(contentType: string, origin: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicyHeader(origin),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

function refusal(status: number, reason: string, origin: string, method: string): AppResponse {
  return {
    status,
    headers: headersFor('text/plain; charset=utf-8', origin),
    body: method === 'HEAD' ? null : new TextEncoder().encode(reason),
  };
}

function isInside(folder: string, path: string): boolean {
  const fromFolder = relative(folder, path);
  return fromFolder !== '' && !fromFolder.startsWith('..') && !isAbsolute(fromFolder);
}

const metaPolicy = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/i;

/**
 * Serves one request from `root`. The file's real path (symlinks resolved) must still lie inside
 * the real root, so a link that leads out of the folder is refused like `..` is.
 */
export async function serveAppRequest(requestUrl: string, options: ServeOptions): Promise<AppResponse> {
  const { root, origin = appOrigin, method = 'GET', files = nodeAppFiles } = options;
  const route = routeAppRequest(requestUrl, { origin, method });
  if (route.kind === 'refused') return refusal(route.status, route.reason, origin, method);

  let realRoot: string;
  try {
    realRoot = await files.realpath(resolve(root));
  } catch {
    return refusal(404, 'The app is not built: its files are missing.', origin, method);
  }
  const wanted = join(realRoot, ...route.segments);
  if (!isInside(realRoot, wanted)) return refusal(403, 'The path leaves the app folder.', origin, method);
  let body: Uint8Array;
  try {
    const real = await files.realpath(wanted);
    if (!isInside(realRoot, real)) return refusal(403, 'The path leaves the app folder.', origin, method);
    if (!(await files.isFile(real))) return refusal(404, 'There is no such file in the app.', origin, method);
    body = await files.readFile(real);
  } catch {
    return refusal(404, 'There is no such file in the app.', origin, method);
  }
  // The meta tag names app://summit-briefing; served from another origin (the browser target's
  // http one) it must name that origin instead, or the page could not run its own scripts.
  if (route.contentType.startsWith('text/html') && origin !== appOrigin) {
    const html = new TextDecoder().decode(body);
    body = new TextEncoder().encode(html.replace(metaPolicy, `$1${contentSecurityPolicy(origin)}$2`));
  }
  return { status: 200, headers: headersFor(route.contentType, origin), body: method === 'HEAD' ? null : body };
}

/** The renderer folder: the first candidate that holds the built index.html. */
export function chooseRendererRoot(candidates: readonly string[], hasIndex: (folder: string) => boolean): string {
  return candidates.find((folder) => hasIndex(folder)) ?? candidates[0] ?? '';
}
