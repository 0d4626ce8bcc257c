import { collectionScopeOf } from '../../../../shared/sources/collectionScope';
import { useId } from 'react';
import type { Library } from '../../../../shared/contract';
import type { LibraryActions } from '../../store/useLibrary';
import { DialogCloseButton, ModalDialog } from '../../ui/ModalDialog';
import { useT } from '../../i18n';
import { OwnItemsPane } from './OwnItemsPane';
import { QuizPane } from './QuizPane';
import { ReviewPane } from './ReviewPane';
import { StatisticsPane } from './StatisticsPane';
import { useStudySession } from './useStudySession';
import './study.css';
import './ownItems.css';

import type { StudyView } from './studyView';

const views: readonly StudyView[] = ['review', 'quiz', 'statistics', 'items'];

interface StudyScreenProps {
  view: StudyView;
  library: Library;
  actions: LibraryActions;
  onView: (view: StudyView) => void;
  onOpenCard: (factId: string) => void;
  announce: (message: string) => void;
  onClose: () => void;
}

/** Study mode over the library: review (scheduled with FSRS), a quiz, statistics and the user's own items, one tab each. */
export function StudyScreen({ view, library, actions, onView, onOpenCard, announce, onClose }: StudyScreenProps) {
  // sources (issue 17): the main process queues only the scope's cards; the screen says so.
  const scope = collectionScopeOf(library).scope;
  const t = useT();
  const titleId = useId();
  const study = useStudySession(actions);
  const last = study.session?.lastAnswer;

  return (
    <ModalDialog
      labelledBy={titleId}
      onClose={onClose}
      className="study-screen"
      backdropClassName="study-backdrop"
      keepOnBackdropClick
    >
      <header className="study-header">
        <h2 id={titleId} className="study-title">
          {t('study.title')}
        </h2>
        {scope && (
          <p className="collection-scope-badge study-scope">{t('collections.study.scoped', { name: scope.name })}</p>
        )}
        <nav className="study-tabs" aria-label={t('study.tabs')}>
          {views.map((name) => (
            <button
              key={name}
              type="button"
              className="study-tab"
              aria-current={view === name ? 'page' : undefined}
              onClick={() => onView(name)}
            >
              {t(`study.tab.${name}`)}
            </button>
          ))}
        </nav>
        <div className="study-header-actions">
          {view === 'review' && (
            <button
              type="button"
              className="button button-quiet"
              disabled={!last || study.busy}
              title={t('study.undo.title')}
              onClick={() =>
                void study.undo().then((next) => {
                  if (next) announce(t('study.status.undone'));
                })
              }
            >
              {t('study.undo')}
            </button>
          )}
          <DialogCloseButton label={t('study.close')} onClick={onClose} />
        </div>
      </header>
      <div className="study-body">
        {view === 'review' && (
          <ReviewPane study={study} library={library} announce={announce} onOpenCard={onOpenCard} />
        )}
        {view === 'quiz' && <QuizPane onOpenCard={onOpenCard} announce={announce} />}
        {view === 'statistics' && <StatisticsPane onOpenCard={onOpenCard} />}
        {view === 'items' && (
          <OwnItemsPane library={library} actions={actions} study={study} announce={announce} onOpenCard={onOpenCard} />
        )}
      </div>
    </ModalDialog>
  );
}
