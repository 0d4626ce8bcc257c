import { useCallback, useMemo, useState } from 'react';
import { factsAsOf } from '../../../../shared/citation';
import type { Library } from '../../../../shared/contract';
import type { Fact } from '../../../../shared/schema/fact';
import { useBriefingService } from '../../service/ServiceContext';
import { AnnouncementProvider, Announcements } from '../../ui/announcements';
import type { LibraryActions, LibraryPreview, SaveStatus } from '../../store/useLibrary';
import { AsOfNote } from '../cards';
import { useCardSearch } from '../search';
import { CardsSection } from './CardsSection';
import { KeyFigures } from './KeyFigures';
import { usePrefetchCardDetail } from './usePrefetchCardDetail';
import { LanguageMenu } from './LanguageMenu';
import { useErrorText, useLanguage, useT } from '../../i18n';
import { LibraryHeader } from './LibraryHeader';
import { LibraryOverlays } from './LibraryOverlays';
import {
  allFacts,
  factsInSelection,
  isRememberedSelection,
  keyFigures,
  rankedBySearch,
  selectionCounts,
  type Selection,
} from './libraryView';
import type { Overlay } from './overlay';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { SearchBox } from './SearchBox';
import { selectionHeading } from './selectionHeading';
import { StartupNoticeBanner } from './StartupNoticeBanner';
import { TopicNav } from './TopicNav';
import { CollectionScopeNote, CollectionScopeSelect } from './CollectionScopeSelect';
import { cardsInScope, collectionScopeOf } from '../../../../shared/sources/collectionScope';
import { shippedCollectionId } from '../../../../shared/sources/collections';
import { withScope } from './withScope';
import { useCardAnnotations } from './useCardAnnotations';
import { platform, useLibraryCommands } from './useLibraryCommands';
import { useTheme } from './useTheme';
import { useStudyThis } from '../study';

interface LibraryScreenProps {
  library: Library;
  actions: LibraryActions;
  /** How saving is going, for the header. */
  save?: SaveStatus;
  /** Changes sent and not yet answered: undo must wait for them, not say there is nothing to undo. */
  pending?: number;
  /** Set while only the first screen has arrived: the whole library's counts, until it follows. */
  preview?: LibraryPreview;
}

export function LibraryScreen({
  library,
  actions,
  save = { kind: 'saved' },
  pending = 0,
  preview,
}: LibraryScreenProps) {
  const service = useBriefingService();
  const t = useT();
  const language = useLanguage();
  const describeError = useErrorText();
  const [query, setQuery] = useState('');
  const [selection, setSelection] = useState<Selection>(() =>
    isRememberedSelection(library.settings.lastTopic) ? library.settings.lastTopic : 'all',
  );
  const [overlay, setOverlay] = useState<Overlay>();
  const [status, setStatus] = useState('');
  const [actionError, setActionError] = useState<string>();
  const [noticeDismissed, setNoticeDismissed] = useState(false);
  const { user } = library;
  usePrefetchCardDetail();
  // sources (issue 17): the collection the app is limited to, kept here and saved in the settings.
  const [scopeId, setScopeId] = useState(library.settings.collectionScope);
  const scopedLibrary = useMemo(() => withScope(library, scopeId), [library, scopeId]);
  const collections = useMemo(
    () => collectionScopeOf(scopedLibrary),
    // The scope reads only the sources, the collections and the chosen id, not every change to the library.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [scopedLibrary.sources, scopedLibrary.user.sources, scopedLibrary.user.collections, scopeId],
  );

  const facts = useMemo(() => allFacts(library), [library]);
  const scopedFacts = useMemo(() => cardsInScope(facts, collections), [facts, collections]);
  // The first screen's counts were made for the scope saved at start; another scope counts here.
  const previewCounts = preview && scopeId === library.settings.collectionScope ? preview : undefined;
  const asOf = useMemo(() => factsAsOf(library.sources), [library.sources]);
  const starred = useMemo(() => new Set(user.starred), [user.starred]);
  const counts = useMemo(
    () => (previewCounts ? (previewCounts.counts as Map<Selection, number>) : selectionCounts(scopedFacts, user)),
    [previewCounts, scopedFacts, user],
  );
  const inSelection = useMemo(() => factsInSelection(scopedFacts, user, selection), [scopedFacts, user, selection]);
  // Results arrive from the search worker: what is shown, and said, is the query they answer.
  // The index is built from the whole library, never from the first screen alone. Each key's
  // query goes to the worker at once (a deferred copy of it reached the worker two frames after
  // the key, about 30 ms at 10k cards); the worker runs only the newest, and nothing heavy renders
  // until its results arrive.
  const searched = useCardSearch(facts, user, query, preview);
  const matches = searched?.matches;
  const visible = useMemo(() => (matches ? rankedBySearch(inSelection, matches) : inSelection), [inSelection, matches]);
  const annotations = useCardAnnotations(user);
  const figures = useMemo(() => keyFigures(inSelection), [inSelection]);
  // On the first screen only its cards are here; the count is the whole selection's.
  const selectionTotal = previewCounts?.selection === selection ? previewCounts.total : inSelection.length;
  // Another collection's cards are not the summit's: its descriptions and "facts as of" would say what they are not.
  const otherCollection =
    collections.scope && collections.scope.id !== shippedCollectionId ? collections.scope.name : undefined;
  const heading = selectionHeading(selection, library, t, otherCollection);

  const report = useCallback((error: unknown) => setActionError(describeError(error)), [describeError]);
  const select = useCallback(
    (next: Selection) => {
      setSelection(next);
      // Where the user was reading is a convenience: if it cannot be saved, nothing else is affected.
      if (isRememberedSelection(next)) service.updateSettings({ lastTopic: next }).catch(() => undefined);
    },
    [service],
  );
  const chooseScope = useCallback(
    (next: string | undefined) => {
      setScopeId(next);
      const name = collections.collections.find((item) => item.id === next)?.name;
      setStatus(name ? t('collections.scope.nowOne', { name }) : t('collections.scope.nowAll'));
      service.updateSettings({ collectionScope: next ?? null }).catch(() => undefined);
    },
    [service, collections, t],
  );
  const open = useCallback((fact: Fact) => setOverlay({ kind: 'card', factId: fact.id }), []);
  const toggleStar = useCallback(
    (fact: Fact) => {
      actions
        .setStarred({ factId: fact.id, starred: !starred.has(fact.id) })
        .then(() => setActionError(undefined), report);
    },
    [actions, starred, report],
  );
  // A change still on its way will be undoable once saved: the undo goes after it, in order.
  const canUndo = library.history.canUndo || pending > 0;
  const canRedo = library.history.canRedo || pending > 0;
  // Run only through their commands, which are available only when canUndo / canRedo.
  const undo = useCallback(() => {
    actions.undo({}).then(() => setStatus(t('library.status.undone')), report);
  }, [actions, report, t]);
  const redo = useCallback(() => {
    actions.redo({}).then(() => setStatus(t('library.status.redone')), report);
  }, [actions, report, t]);
  const [theme, setTheme] = useTheme(library.settings.theme, service, setStatus);
  // study
  const studyThis = useStudyThis(library, actions);
  const studyCardHighlights = useCallback(
    (factId: string) => {
      const waiting = user.highlights.filter(
        (highlight) => highlight.factId === factId && !studyThis.studied(highlight.id),
      );
      void (async () => {
        let made = 0;
        let failure: unknown;
        for (const highlight of waiting) {
          try {
            await studyThis.studyHighlight(highlight.id);
            made += 1;
          } catch (error) {
            failure ??= error;
          }
        }
        if (failure !== undefined) report(failure);
        else setActionError(undefined);
        setStatus(made === 0 ? t('study.this.noneMade') : t('study.this.madeCount', { count: made }));
      })();
    },
    [user.highlights, studyThis, report, t],
  );
  const { commands, context, effects } = useLibraryCommands({
    library,
    facts,
    overlay,
    setOverlay,
    toggleStar,
    undo,
    redo,
    select,
    theme,
    setTheme,
    language,
    canUndo,
    canRedo,
    report,
    studyCardHighlights,
  });

  const announcement = useMemo(() => ({ status, error: actionError }), [status, actionError]);
  return (
    <AnnouncementProvider value={announcement}>
      <div className="app">
        <a className="skip-link" href="#briefing-cards">
          {t('library.skipToCards')}
        </a>
        <LibraryHeader
          search={<SearchBox value={query} onChange={setQuery} />}
          language={<LanguageMenu />}
          save={save}
          {...(library.readOnly ? { readOnlyReason: library.readOnly.reason } : {})}
          commands={commands}
          context={context}
          platform={platform}
        />
        <div className="app-body">
          <TopicNav
            selection={selection}
            counts={counts}
            tags={user.tags}
            onSelect={select}
            onManageTags={() => setOverlay({ kind: 'tags' })}
            scope={<CollectionScopeSelect collections={collections} onChoose={chooseScope} />}
          />
          <main className="library" aria-labelledby="view-title">
            {library.readOnly && (
              <ReadOnlyBanner reason={library.readOnly.reason} databaseFile={library.databaseFile} />
            )}
            {library.notice && !noticeDismissed && (
              <StartupNoticeBanner notice={library.notice} onDismiss={() => setNoticeDismissed(true)} />
            )}
            <div className="view-heading">
              <h1 id="view-title">{heading.title}</h1>
              <p className="view-description">{heading.description}</p>
              <CollectionScopeNote collections={collections} onChoose={chooseScope} />
              {asOf && !otherCollection && <AsOfNote asOf={asOf} placement="header" />}
            </div>
            <Announcements />
            {!searched && <KeyFigures figures={figures} onOpen={open} />}
            <CardsSection
              visible={visible}
              inSelection={inSelection.length}
              selectionTotal={selectionTotal}
              searchedQuery={searched ? searched.query.trim() : undefined}
              searchComplete={searched?.complete ?? true}
              selection={selection}
              selectionTitle={heading.title}
              onClearSearch={() => setQuery('')}
              onShowAll={() => select('all')}
              starred={starred}
              annotations={annotations}
              matches={matches}
              onOpen={open}
              onToggleStar={toggleStar}
              factsLanguageNote={language.locale !== 'en'}
            />
          </main>
        </div>
        <LibraryOverlays
          overlay={overlay}
          setOverlay={setOverlay}
          library={scopedLibrary}
          actions={actions}
          facts={facts}
          scopedFacts={scopedFacts}
          collections={collections}
          starred={starred}
          onToggleStar={toggleStar}
          announce={setStatus}
          commands={commands}
          context={context}
          effects={effects}
          viewFacts={visible}
          viewTitle={heading.title}
        />
      </div>
    </AnnouncementProvider>
  );
}
