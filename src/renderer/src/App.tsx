import type { BriefingService } from '../../shared/service';
import { DatabaseError, LibraryScreen } from './features/library';
import { I18nProvider, useLanguageChoice, useT } from './i18n';
import { BriefingServiceProvider } from './service/ServiceContext';
import { useLibrary } from './store/useLibrary';

export function App({ service }: { service: BriefingService }) {
  const [state, actions] = useLibrary(service);
  const library = state.status === 'ready' ? state.library : undefined;
  const language = useLanguageChoice(library?.settings.language, library?.systemLanguages, service);
  return (
    <BriefingServiceProvider value={service}>
      <I18nProvider choice={language}>{screenFor()}</I18nProvider>
    </BriefingServiceProvider>
  );

  function screenFor() {
    if (state.status === 'loading') return <Loading />;
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

function Loading() {
  const t = useT();
  return (
    <div className="app-loading" role="status">
      {t('app.loading')}
    </div>
  );
}
