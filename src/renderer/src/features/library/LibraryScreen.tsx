import { lazy, Suspense, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { factsAsOf } from '../../../../shared/citation';
import type { Library } from '../../../../shared/contract';
import type { Fact } from '../../../../shared/schema/fact';
import { topicDescriptionKey, topicKey } from '../../../../shared/i18n/topicKeys';
import { topics } from '../../../../shared/topics';
import { useLanguage, useT, type Translate } from '../../i18n';
import { AsOfNote, CardDetail, CardGrid, type CardAnnotations } from '../cards';
import { CardForm } from '../ownCards';
import { useCardSearch } from '../search';
import { TagManager } from '../tags';
import { EmptyState } from './EmptyState';
import { FactsLanguageNote } from './FactsLanguageNote';
import { LanguageMenu } from './LanguageMenu';
import { KeyFigures } from './KeyFigures';
import {
  allFacts,
  factsInSelection,
  isRememberedSelection,
  keyFigures,
  selectionCounts,
  type Selection,
} from './libraryView';
import { LibraryHeader } from './LibraryHeader';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { SearchBox } from './SearchBox';
import { StartupNoticeBanner } from './StartupNoticeBanner';
import { TopicNav } from './TopicNav';
import { asBriefingError } from '../../../../shared/errors';
import { useBriefingService } from '../../service/ServiceContext';
import type { LibraryActions, LibraryPreview, SaveStatus } from '../../store/useLibrary';
import {
  CommandPalette,
  commandsFor,
  currentPlatform,
  ShortcutsSheet,
  useCommands,
  type CommandContext,
  type CommandEffects,
} from '../../commands';
import type { ThemeChoice } from '../../../../shared/schema/database';
import { useTheme } from './useTheme';
import type { ExportStart } from '../export';

// The export screen brings the whole print layout with it; load it when it is opened, not at start.
const ExportScreen = lazy(() => import('../export').then((module) => ({ default: module.ExportScreen })));

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

type Overlay =
  | { kind: 'card'; factId: string }
  | { kind: 'tags' }
  | { kind: 'new-card' }
  | { kind: 'edit-card'; factId: string }
  | { kind: 'export'; start?: ExportStart }
  | { kind: 'palette'; over?: Overlay }
  | { kind: 'shortcuts'; over?: Overlay };

const platform = currentPlatform();

/** Presses a control of the open card's dialog, found by its visible name. */
function pressInCard(name: string): void {
  const buttons = document.querySelectorAll<HTMLButtonElement>('[role="dialog"] button');
  const button = [...buttons].find((candidate) => candidate.textContent?.trim() === name);
  button?.focus();
  button?.click();
}

function selectionHeading(
  selection: Selection,
  library: Library,
  t: Translate,
): { title: string; description: string } {
  if (selection === 'all') return { title: t('library.all.title'), description: t('library.all.description') };
  if (selection === 'starred') {
    return { title: t('library.starred.title'), description: t('library.starred.description') };
  }
  if (selection === 'annotated') {
    return { title: t('library.annotated.title'), description: t('library.annotated.description') };
  }
  if (selection.startsWith('tag:')) {
    const tag = library.user.tags.find((candidate) => `tag:${candidate.id}` === selection);
    return {
      title: tag ? t('library.tagged.title', { name: tag.name }) : t('library.tag.title'),
      description: t('library.tagged.description'),
    };
  }
  const topic = topics.find((candidate) => candidate.id === selection);
  return topic
    ? { title: t(topicKey(topic.id)), description: t(topicDescriptionKey(topic.id)) }
    : { title: selection, description: '' };
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
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [selection, setSelection] = useState<Selection>(() =>
    isRememberedSelection(library.settings.lastTopic) ? library.settings.lastTopic : 'all',
  );
  const [overlay, setOverlay] = useState<Overlay>();
  const [status, setStatus] = useState('');
  const [actionError, setActionError] = useState<string>();
  const [noticeDismissed, setNoticeDismissed] = useState(false);
  const { user } = library;

  const facts = useMemo(() => allFacts(library), [library]);
  const asOf = useMemo(() => factsAsOf(library.sources), [library.sources]);
  const starred = useMemo(() => new Set(user.starred), [user.starred]);
  const counts = useMemo(
    () => (preview ? (preview.counts as Map<Selection, number>) : selectionCounts(facts, user)),
    [preview, facts, user],
  );
  const inSelection = useMemo(() => factsInSelection(facts, user, selection), [facts, user, selection]);
  // Results arrive from the search worker: what is shown, and said, is the query they answer.
  // The index is built from the whole library, never from the first screen alone.
  const searched = useCardSearch(facts, user, deferredQuery, !preview);
  const matches = searched?.matches;
  const searchedQuery = searched?.query.trim() ?? '';
  const visible = useMemo(() => {
    if (!matches) return inSelection;
    const scores = new Map([...matches].map(([id, match]) => [id, match.score]));
    return inSelection
      .filter((fact) => scores.has(fact.id))
      .sort((a, b) => (scores.get(b.id) ?? 0) - (scores.get(a.id) ?? 0));
  }, [inSelection, matches]);
  const annotations = useMemo(() => {
    const byFact = new Map<string, CardAnnotations>();
    const entry = (factId: string) => {
      let value = byFact.get(factId);
      if (!value) byFact.set(factId, (value = { notes: [], highlights: [], tags: [] }));
      return value;
    };
    for (const note of user.notes) entry(note.factId).notes.push(note.markdown);
    for (const highlight of user.highlights) {
      entry(highlight.factId).highlights.push(`${highlight.target.quote.exact} ${highlight.comment ?? ''}`.trim());
    }
    const tagsById = new Map(user.tags.map((tag) => [tag.id, tag]));
    for (const [factId, tagIds] of Object.entries(user.cardTags)) {
      for (const tagId of tagIds) {
        const tag = tagsById.get(tagId);
        if (tag) entry(factId).tags.push(tag);
      }
    }
    return byFact;
  }, [user.notes, user.highlights, user.tags, user.cardTags]);
  const figures = useMemo(() => keyFigures(inSelection), [inSelection]);
  // On the first screen only its cards are here; the count is the whole selection's.
  const selectionTotal = preview?.selection === selection ? preview.total : inSelection.length;
  const heading = selectionHeading(selection, library, t);
  const searching = searched !== undefined;

  const report = useCallback((error: unknown) => setActionError(asBriefingError(error).message), []);
  const select = useCallback(
    (next: Selection) => {
      setSelection(next);
      // Where the user was reading is a convenience: if it cannot be saved, nothing else is affected.
      if (isRememberedSelection(next)) service.updateSettings({ lastTopic: next }).catch(() => undefined);
    },
    [service],
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
  const undo = useCallback(() => {
    if (!canUndo) return setStatus(t('library.status.nothingToUndo'));
    actions.undo({}).then(() => setStatus(t('library.status.undone')), report);
  }, [actions, canUndo, report, t]);
  const redo = useCallback(() => {
    if (!canRedo) return setStatus(t('library.status.nothingToRedo'));
    actions.redo({}).then(() => setStatus(t('library.status.redone')), report);
  }, [actions, canRedo, report, t]);
  const [theme, setTheme] = useTheme(library.settings.theme, service, setStatus);

  // The dialog under the palette or the sheet: what their commands act on, and where Escape returns.
  const base = overlay?.kind === 'palette' || overlay?.kind === 'shortcuts' ? overlay.over : overlay;
  const commands = useMemo(() => commandsFor(library, t), [library, t]);
  const effects = useMemo<CommandEffects>(
    () => ({
      focusSearch: () => document.querySelector<HTMLInputElement>('input.search-input')?.focus(),
      newCard: () => setOverlay({ kind: 'new-card' }),
      openCard: (factId) => setOverlay({ kind: 'card', factId }),
      closeCard: () => setOverlay(undefined),
      toggleStar: (factId) => {
        const fact = facts.find((candidate) => candidate.id === factId);
        if (fact) toggleStar(fact);
      },
      pressInCard: (control) =>
        pressInCard(t(({ 'add-note': 'notes.add', highlight: 'highlights.start', 'add-tag': 'tags.add' } as const)[control])),
      undo,
      redo,
      openExport: (start) =>
        setOverlay({ kind: 'export', ...(start ? { start: { action: start, token: Date.now() } } : {}) }),
      select: (next) => {
        setOverlay(undefined);
        select(next as Selection);
      },
      setTheme: (next: ThemeChoice) => setTheme(next),
      setLanguage: (next) => language.choose(next),
      showShortcuts: () => setOverlay((now) => ({ kind: 'shortcuts', over: now?.kind === 'palette' ? now.over : now })),
      showPalette: () =>
        setOverlay((now) =>
          now?.kind === 'palette' ? now : { kind: 'palette', over: now?.kind === 'shortcuts' ? now.over : now },
        ),
    }),
    [facts, toggleStar, undo, redo, select, setTheme, language, t],
  );
  const context = useMemo<CommandContext>(
    () => ({
      library,
      openCardId: base?.kind === 'card' ? base.factId : undefined,
      overlay: overlay?.kind === 'palette' ? 'palette' : base?.kind,
      canUndo,
      canRedo,
      theme,
      language: language.language,
      effects,
    }),
    [library, base, overlay?.kind, canUndo, canRedo, theme, language.language, effects],
  );
  useCommands(commands, context, platform);

  const openFact =
    base?.kind === 'card' || base?.kind === 'edit-card' ? facts.find((fact) => fact.id === base.factId) : undefined;
  const closeOverlay = useCallback(() => setOverlay(undefined), []);
  const backToBase = useCallback(
    () => setOverlay((now) => (now?.kind === 'palette' || now?.kind === 'shortcuts' ? now.over : now)),
    [],
  );

  return (
    <div className="app">
      <a className="skip-link" href="#briefing-cards">
        {t('library.skipToCards')}
      </a>
      <LibraryHeader
        search={<SearchBox value={query} onChange={setQuery} />}
        language={<LanguageMenu />}
        save={save}
        {...(library.readOnly ? { readOnlyReason: library.readOnly.reason } : {})}
        canUndo={canUndo}
        canRedo={canRedo}
        onUndo={undo}
        onRedo={redo}
        onNewCard={() => setOverlay({ kind: 'new-card' })}
        onExport={() => setOverlay({ kind: 'export' })}
      />
      <div className="app-body">
        <TopicNav
          selection={selection}
          counts={counts}
          tags={user.tags}
          onSelect={select}
          onManageTags={() => setOverlay({ kind: 'tags' })}
        />
        <main className="library" aria-labelledby="view-title">
          {library.readOnly && <ReadOnlyBanner reason={library.readOnly.reason} databaseFile={library.databaseFile} />}
          {library.notice && !noticeDismissed && (
            <StartupNoticeBanner notice={library.notice} onDismiss={() => setNoticeDismissed(true)} />
          )}
          <div className="view-heading">
            <h1 id="view-title">{heading.title}</h1>
            <p className="view-description">{heading.description}</p>
            {asOf && <AsOfNote asOf={asOf} placement="header" />}
          </div>
          {actionError && (
            <p className="inline-error" role="alert">
              {actionError}
            </p>
          )}
          <p className="visually-hidden" role="status">
            {status}
          </p>
          {!searching && <KeyFigures figures={figures} onOpen={open} />}
          <section
            className="cards-section"
            id="briefing-cards"
            aria-label={t('library.cards.region')}
            tabIndex={-1}
          >
            <div className="cards-toolbar">
              <h2 className="section-label">{t('library.cards.heading')}</h2>
              <p className="result-count" role="status">
                {searching
                  ? t('library.cards.matching', {
                      shown: visible.length,
                      count: inSelection.length,
                      query: searchedQuery,
                    })
                  : t('library.cards.count', { count: selectionTotal })}
              </p>
            </div>
            {language.locale !== 'en' && <FactsLanguageNote />}
            {visible.length > 0 ? (
              <CardGrid
                facts={visible}
                starred={starred}
                annotations={annotations}
                matches={matches}
                onOpen={open}
                onToggleStar={toggleStar}
              />
            ) : searching ? (
              <EmptyState
                title={t('library.empty.search.title', { query: searchedQuery })}
                action={{ label: t('library.empty.search.clear'), onClick: () => setQuery('') }}
              >
                {selection === 'all' ? (
                  <p>{t('library.empty.search.all')}</p>
                ) : (
                  <p>{t('library.empty.search.within', { view: heading.title })}</p>
                )}
              </EmptyState>
            ) : selection === 'starred' ? (
              <EmptyState
                title={t('library.empty.starred.title')}
                action={{ label: t('library.empty.showAll'), onClick: () => select('all') }}
              >
                <p>{t('library.empty.starred.body')}</p>
              </EmptyState>
            ) : selection === 'annotated' ? (
              <EmptyState
                title={t('library.empty.annotated.title')}
                action={{ label: t('library.empty.showAll'), onClick: () => select('all') }}
              >
                <p>{t('library.empty.annotated.body')}</p>
              </EmptyState>
            ) : (
              <EmptyState
                title={t('library.empty.none.title')}
                action={{ label: t('library.empty.showAll'), onClick: () => select('all') }}
              />
            )}
          </section>
        </main>
      </div>
      {base?.kind === 'card' && openFact && (
        <CardDetail
          fact={openFact}
          library={library}
          actions={actions}
          starred={starred.has(openFact.id)}
          onToggleStar={toggleStar}
          onEdit={() => setOverlay({ kind: 'edit-card', factId: openFact.id })}
          onDeleted={() => {
            setOverlay(undefined);
            setStatus(t('library.status.cardDeleted'));
          }}
          onClose={closeOverlay}
        />
      )}
      {base?.kind === 'tags' && (
        <TagManager tags={user.tags} cardTags={user.cardTags} actions={actions} onClose={closeOverlay} />
      )}
      {base?.kind === 'new-card' && (
        <CardForm
          mode="create"
          actions={actions}
          onClose={closeOverlay}
          onSaved={(fact) => setOverlay({ kind: 'card', factId: fact.id })}
        />
      )}
      {base?.kind === 'edit-card' && openFact && (
        <CardForm
          mode="edit"
          initial={openFact}
          actions={actions}
          onClose={() => setOverlay({ kind: 'card', factId: openFact.id })}
          onSaved={(fact) => setOverlay({ kind: 'card', factId: fact.id })}
        />
      )}
      {base?.kind === 'export' && (
        <Suspense fallback={<div className="dialog-backdrop" role="status" aria-label={t('library.openingExport')} />}>
          <ExportScreen
            library={library}
            onClose={closeOverlay}
            onImported={actions.applyAnswer}
            startWith={base.start}
          />
        </Suspense>
      )}
      {overlay?.kind === 'palette' && (
        <CommandPalette
          commands={commands}
          facts={facts}
          context={context}
          platform={platform}
          onClose={backToBase}
          onChoose={(item) => {
            backToBase();
            // After the palette has gone, so the command sees (and focuses into) the screen under it.
            queueMicrotask(() => {
              if (item.factId) effects.openCard(item.factId);
              else item.command?.perform(context);
            });
          }}
        />
      )}
      {overlay?.kind === 'shortcuts' && <ShortcutsSheet commands={commands} platform={platform} onClose={backToBase} />}
    </div>
  );
}
