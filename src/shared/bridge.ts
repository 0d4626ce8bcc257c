/**
 * Builds the `window.briefing` object: one function per channel name, each forwarding its
 * request to `invoke`, and, when `events` is given, `events.<name>(listener)` subscriptions that
 * return their unsubscribe. The preload uses it with ipcRenderer; the browser test target injects
 * this same function's source into the page. It must stay self-contained (no imports, no outside
 * references) so that its source text runs on its own.
 */
export function buildBridge(
  names: readonly string[],
  invoke: (name: string, request: unknown) => Promise<unknown>,
  events?: {
    names: readonly string[];
    subscribe: (name: string, listener: (payload: unknown) => void) => () => void;
  },
): Readonly<Record<string, unknown>> {
  const bridge: Record<string, unknown> = {};
  for (const name of names) {
    bridge[name] = (request?: unknown) => invoke(name, request === undefined ? {} : request);
  }
  if (events) {
    const subscriptions: Record<string, (listener: (payload: unknown) => void) => () => void> = {};
    for (const name of events.names) {
      subscriptions[name] = (listener) => {
        if (typeof listener !== 'function') throw new TypeError(`events.${name} needs a function.`);
        return events.subscribe(name, (payload) => listener(payload));
      };
    }
    bridge.events = Object.freeze(subscriptions);
  }
  return Object.freeze(bridge);
}
