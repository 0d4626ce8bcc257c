import type { BriefingService } from '../../shared/service';
import { DatabaseError, LibraryScreen } from './features/library';
import { BriefingServiceProvider } from './service/ServiceContext';
import { useLibrary } from './store/useLibrary';

export function App({ service }: { service: BriefingService }) {
  const [state, actions] = useLibrary(service);
  return <BriefingServiceProvider value={service}>{screenFor()}</BriefingServiceProvider>;

  function screenFor() {
    if (state.status === 'loading') {
      return (
        <div className="app-loading" role="status">
          Opening the briefing…
        </div>
      );
    }
    if (state.status === 'failed') return <DatabaseError error={state.error} onRetry={actions.reload} />;
    return (
      <LibraryScreen
        library={state.library}
        actions={actions}
        save={state.save}
        pending={state.pending}
        {...(state.preview ? { preview: state.preview } : {})}
      />
    );
  }
}
