import { createContext, useContext } from 'react';
import type { ResponseOf } from '../../../shared/contract';
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

/** Asks the main process to open a link in the system browser; it asks the person first, and refuses an unsafe one. */
export function useOpenExternalLink(): (url: string) => Promise<ResponseOf<'openExternalLink'>> {
  const service = useBriefingService();
  return (url) => service.openExternalLink({ url });
}
