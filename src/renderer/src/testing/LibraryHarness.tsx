import type { ReactNode } from 'react';
import type { Library } from '../../../shared/contract';
import type { BriefingClient } from '../api/briefingClient';
import { useLibrary, type LibraryActions } from '../features/library/useLibrary';

/**
 * Renders a feature component against the real library state and actions (the real router and
 * store on a temp folder, see realBriefing.ts), so component tests exercise what the app does.
 */
export function LibraryHarness({
  client,
  children,
}: {
  client: BriefingClient;
  children: (library: Library, actions: LibraryActions) => ReactNode;
}) {
  const [state, actions] = useLibrary(client);
  if (state.status === 'loading') return <p>Loading…</p>;
  if (state.status === 'failed') return <p role="alert">{state.error.message}</p>;
  return <>{children(state.library, actions)}</>;
}
