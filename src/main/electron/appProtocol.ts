import { protocol } from 'electron';
import { appScheme, appSchemePrivileges, serveAppRequest } from './policy/appProtocol';

/** Must run before the app is ready: Chromium learns its schemes once, at start. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { ...appSchemePrivileges } }]);
}

/**
 * Serves the built renderer on app://summit-briefing/ through the pure handler in
 * policy/appProtocol.ts, which decides what may be read and sets the headers.
 */
export function serveAppProtocol(rendererRoot: string): void {
  protocol.handle(appScheme, async (request) => {
    const answer = await serveAppRequest(request.url, { root: rendererRoot, method: request.method });
    // File contents are read into ordinary (not shared) ArrayBuffers, which is what Response takes.
    const body = answer.body as Uint8Array<ArrayBuffer> | null;
    return new Response(body, { status: answer.status, headers: answer.headers });
  });
}
