import { createContext, useContext } from 'react';
import type { BriefingService } from '../../../shared/service';

const ServiceContext = createContext<BriefingService | undefined>(undefined);

/** Gives every screen below it the service: the App at the root, LibraryHarness in tests. */
export const BriefingServiceProvider = ServiceContext.Provider;

/** The main process, for calls that are not changes to the user's data (those go through useLibrary). */
export function useBriefingService(): BriefingService {
  const service = useContext(ServiceContext);
  if (!service) throw new Error('useBriefingService needs a BriefingServiceProvider above it.');
  return service;
}

/** Asks the main process to open an http(s) link in the system browser; false if it refused. */
export function useOpenExternalLink(): (url: string) => Promise<boolean> {
  const service = useBriefingService();
  return async (url) => (await service.openExternalLink({ url })).opened;
}
