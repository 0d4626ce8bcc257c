/**
 * Builds the `window.briefing` object: one function per channel name, each forwarding its
 * request to `invoke`. The preload uses it with ipcRenderer.invoke; the browser test target
 * injects this same function's source into the page. It must stay self-contained (no imports,
 * no outside references) so that its source text runs on its own.
 */
export function buildBridge(
  names: readonly string[],
  invoke: (name: string, request: unknown) => Promise<unknown>,
): Readonly<Record<string, (request?: unknown) => Promise<unknown>>> {
  const bridge: Record<string, (request?: unknown) => Promise<unknown>> = {};
  for (const name of names) {
    bridge[name] = (request?: unknown) => invoke(name, request === undefined ? {} : request);
  }
  return Object.freeze(bridge);
}
