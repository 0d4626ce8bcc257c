import type { ChannelName, EventName } from './channels';

/** A subscription to one event: call it with a listener, call what it returns to stop listening. */
export type EventSubscription = (listener: (payload: unknown) => void) => () => void;

/**
 * What `buildBridge` makes: one function per name, answering whatever the other side sent (an
 * envelope, still to be checked: it crossed a process boundary), and the event subscriptions.
 */
export type Bridge<Name extends string, Event extends string = never> = {
  readonly [Key in Name]: (request?: unknown) => Promise<unknown>;
} & { readonly events?: { readonly [Key in Event]: EventSubscription } };

/**
 * The shape of `window.briefing`, as the preload exposes it. The renderer reaches it only through
 * the typed service (src/shared/service.ts), which checks each envelope; `events` is absent where
 * nothing sends events, as in component tests.
 */
export type BriefingBridge = Bridge<ChannelName, EventName>;

/**
 * Builds the `window.briefing` object: one function per channel name, each forwarding its
 * request to `invoke`, and, when `events` is given, `events.<name>(listener)` subscriptions that
 * return their unsubscribe. The preload uses it with ipcRenderer; the browser test target injects
 * this same function's source into the page. It must stay self-contained (no imports, no outside
 * references) so that its source text runs on its own.
 */
export function buildBridge<Name extends string, Event extends string = never>(
  names: readonly Name[],
  invoke: (name: Name, request: unknown) => Promise<unknown>,
  events?: {
    names: readonly Event[];
    subscribe: (name: Event, listener: (payload: unknown) => void) => () => void;
  },
): Bridge<Name, Event> {
  const bridge: Record<string, unknown> = {};
  for (const name of names) {
    bridge[name] = (request?: unknown) => invoke(name, request === undefined ? {} : request);
  }
  if (events) {
    const subscriptions: Record<string, EventSubscription> = {};
    for (const name of events.names) {
      subscriptions[name] = (listener) => {
        if (typeof listener !== 'function') throw new TypeError(`events.${name} needs a function.`);
        return events.subscribe(name, (payload) => listener(payload));
      };
    }
    bridge.events = Object.freeze(subscriptions);
  }
  // The loops above give every name its function: TypeScript cannot follow a list into a mapped type.
  return Object.freeze(bridge) as Bridge<Name, Event>;
}
