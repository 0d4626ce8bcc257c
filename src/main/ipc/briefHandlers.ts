import { briefCoalesceKey, briefOperation } from '../domain/briefs/briefChanges';
import { exportBrief } from '../domain/briefs/exportBrief';
import type { FactStore } from '../domain/factStore';
import type { ExportDeps } from '../domain/ports/exportPorts';
import type { Handlers } from './router';

type BriefChannel = 'changeBrief' | 'exportBrief';

/**
 * Briefs (issue 15): every operation of the core as one store change, and the brief's export.
 * The request was validated against the core's own schemas by the router; the core validates the
 * brief it produces, and the store checks it again as a load would, before anything is written.
 */
export function briefHandlers(store: FactStore, deps: ExportDeps): Pick<Handlers, BriefChannel> {
  return {
    changeBrief: async (request) => {
      const { result, answer } = await store.change(briefOperation(request), briefCoalesceKey(request));
      return { ...answer, briefId: result.briefId, itemIds: result.itemIds };
    },
    exportBrief: (request) => exportBrief(deps, store.library(), request),
  };
}
