import { channelNames } from '../../shared/channels';
import { BriefingError } from '../../shared/errors';
import { openFactStore, type FactStore } from '../domain/factStore';
import { parseSeed } from '../domain/seed';
import { briefingHandlers } from './briefingHandlers';
import { createRouter, type Handlers, type Router } from './router';

export interface BriefingRouter extends Router {
  /** Resolves once everything saved so far is on disk; called before the app quits. */
  flush(): Promise<void>;
}

export interface OpenBriefingRouterOptions {
  dataDirectory: string;
  /** The seed as read from `resources/seed` (validated here). */
  seed: unknown;
  log?: (error: unknown) => void;
}

/**
 * What the main process serves over IPC. Electron and the browser test target both start here,
 * so the two targets run the same domain and router. A database that cannot be opened does not
 * stop the app: every call answers the reason, so the window can tell the user, and the next
 * call tries again — once the user has put a good file back, "Try again" works without a restart.
 */
export async function openBriefingRouter({
  dataDirectory,
  seed,
  log = () => undefined,
}: OpenBriefingRouterOptions): Promise<BriefingRouter> {
  let opening: Promise<FactStore> | undefined;
  let handlers: Handlers | undefined;
  let openStore: FactStore | undefined;

  function storeHandlers(): Promise<Handlers> {
    if (handlers) return Promise.resolve(handlers);
    opening ??= Promise.resolve().then(() => openFactStore({ dataDirectory, seed: parseSeed(seed) }));
    return opening.then(
      (store) => {
        openStore = store;
        return (handlers ??= briefingHandlers(store));
      },
      (error: unknown) => {
        opening = undefined;
        log(error);
        throw error instanceof BriefingError
          ? error
          : new BriefingError({
              code: 'internal',
              message: `Summit Briefing could not open its database: ${String(error)}`,
            });
      },
    );
  }

  const lazyHandlers = Object.fromEntries(
    channelNames.map((name) => [
      name,
      async (request: never) => ((await storeHandlers())[name] as (request: never) => unknown)(request),
    ]),
  ) as unknown as Handlers;

  // Open now so a first start creates the database before the window asks for it.
  await storeHandlers().catch(() => undefined);
  return { ...createRouter(lazyHandlers, log), flush: async () => openStore?.flush() };
}
