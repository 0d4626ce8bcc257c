import type { FactStore } from '../domain/factStore';
import type { Handlers } from './router';

/** The channel-to-domain wiring; each handler receives an already validated request. */
export function briefingHandlers(store: FactStore): Handlers {
  return {
    getLibrary: () => store.library(),
    setStarred: async ({ factId, starred }) => ({ starred: await store.setStarred(factId, starred) }),
    updateSettings: (patch) => store.updateSettings(patch),
  };
}
