import type { BriefingClient } from './api/briefingClient';
import { DatabaseError } from './features/library/DatabaseError';
import { LibraryScreen } from './features/library/LibraryScreen';
import { useLibrary } from './features/library/useLibrary';

export function App({ client }: { client: BriefingClient }) {
  const [state, actions] = useLibrary(client);
  if (state.status === 'loading') {
    return (
      <div className="app-loading" role="status">
        Opening the briefing…
      </div>
    );
  }
  if (state.status === 'failed') return <DatabaseError error={state.error} onRetry={actions.reload} />;
  return <LibraryScreen library={state.library} actions={actions} save={state.save} pending={state.pending} />;
}
