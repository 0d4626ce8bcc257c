import type { BriefingBridge } from '../../../shared/bridge';
import { serviceFromBridge, type BriefingService } from '../../../shared/service';

declare global {
  interface Window {
    /** Exposed by the preload (src/preload/index.ts); absent in a plain browser tab. */
    briefing?: BriefingBridge;
  }
}

/**
 * The window's service over `window.briefing`. In development builds every answer is checked
 * against the contract on arrival; the production bundle leaves the schemas out (the router has
 * checked each answer before it left the main process), which keeps the start-up bundle small.
 */
export function windowService(bridge: BriefingBridge | undefined = window.briefing): BriefingService {
  return serviceFromBridge(
    bridge,
    import.meta.env.DEV
      ? { check: async (name, value) => (await import('../../../shared/contract')).checkResponse(name, value) }
      : {},
  );
}
