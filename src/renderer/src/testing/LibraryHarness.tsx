import type { ReactNode } from 'react';
import type { Library } from '../../../shared/contract';
import type { BriefingService } from '../../../shared/service';
import { BriefingServiceProvider } from '../service/ServiceContext';
import { useLibrary, type LibraryActions } from '../store/useLibrary';

/**
 * Renders a feature component against the real library state and actions (the real router and
 * store on a temp folder, see realBriefing.ts), so component tests exercise what the app does.
 */
export function LibraryHarness({
  service,
  children,
}: {
  service: BriefingService;
  children: (library: Library, actions: LibraryActions) => ReactNode;
}) {
  const [state, actions] = useLibrary(service);
  if (state.status === 'loading') return <p>Loading…</p>;
  if (state.status === 'failed') return <p role="alert">{state.error.message}</p>;
  return <BriefingServiceProvider value={service}>{children(state.library, actions)}</BriefingServiceProvider>;
}
