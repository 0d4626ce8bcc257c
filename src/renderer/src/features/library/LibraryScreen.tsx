import { lazy, Suspense, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { factsAsOf } from '../../../../shared/citation';
import type { Library } from '../../../../shared/contract';
import type { Fact } from '../../../../shared/schema/fact';
import { topics } from '../../../../shared/topics';
import { AsOfNote, CardDetail, CardGrid, type CardAnnotations } from '../cards';
import { CardForm } from '../ownCards';
import { useCardSearch } from '../search';
import { TagManager } from '../tags';
import { EmptyState } from './EmptyState';
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
  usePublishedMenu,
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

function selectionHeading(selection: Selection, library: Library): { title: string; description: string } {
  if (selection === 'all') {
    return {
      title: 'All briefing cards',
      description:
        'Every fact of the summit in Seoul, August 2021, grouped by topic and traced to the paragraphs of the source it comes from.',
    };
  }
  if (selection === 'starred')
    return { title: 'Starred', description: 'The cards you have marked for your briefing pack.' };
  if (selection === 'annotated') {
    return { title: 'Annotated', description: 'Cards that carry your notes or highlights.' };
  }
  if (selection.startsWith('tag:')) {
    const tag = library.user.tags.find((candidate) => `tag:${candidate.id}` === selection);
    return { title: tag ? `Tagged “${tag.name}”` : 'Tag', description: 'Cards you have tagged.' };
  }
  const topic = topics.find((candidate) => candidate.id === selection);
  return { title: topic?.label ?? selection, description: topic?.description ?? '' };
}

export function LibraryScreen({
  library,
  actions,
  save = { kind: 'saved' },
  pending = 0,
  preview,
}: LibraryScreenProps) {
  const service = useBriefingService();
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
  const heading = selectionHeading(selection, library);
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
    if (!canUndo) return setStatus('Nothing to undo.');
    actions.undo({}).then(() => setStatus('Undone.'), report);
  }, [actions, canUndo, report]);
  const redo = useCallback(() => {
    if (!canRedo) return setStatus('Nothing to redo.');
    actions.redo({}).then(() => setStatus('Redone.'), report);
  }, [actions, canRedo, report]);
  const [theme, setTheme] = useTheme(library.settings.theme, service, setStatus);

  // The dialog under the palette or the sheet: what their commands act on, and where Escape returns.
  const base = overlay?.kind === 'palette' || overlay?.kind === 'shortcuts' ? overlay.over : overlay;
  const commands = useMemo(() => commandsFor(library), [library]);
  const effects = useMemo<CommandEffects>(
    () => ({
      focusSearch: () => document.querySelector<HTMLInputElement>('input[aria-label="Search briefing"]')?.focus(),
      newCard: () => setOverlay({ kind: 'new-card' }),
      openCard: (factId) => setOverlay({ kind: 'card', factId }),
      closeCard: () => setOverlay(undefined),
      toggleStar: (factId) => {
        const fact = facts.find((candidate) => candidate.id === factId);
        if (fact) toggleStar(fact);
      },
      pressInCard: (control) =>
        pressInCard({ 'add-note': 'Add a note', highlight: 'Highlight a phrase…', 'add-tag': 'Add tag' }[control]),
      undo,
      redo,
      openExport: (start) =>
        setOverlay({ kind: 'export', ...(start ? { start: { action: start, token: Date.now() } } : {}) }),
      select: (next) => {
        setOverlay(undefined);
        select(next as Selection);
      },
      setTheme: (next: ThemeChoice) => setTheme(next),
      showShortcuts: () => setOverlay((now) => ({ kind: 'shortcuts', over: now?.kind === 'palette' ? now.over : now })),
      showPalette: () =>
        setOverlay((now) =>
          now?.kind === 'palette' ? now : { kind: 'palette', over: now?.kind === 'shortcuts' ? now.over : now },
        ),
      runInMain: (commandId) => void service.runMainCommand({ commandId }).catch(report),
    }),
    [facts, toggleStar, undo, redo, select, setTheme, service, report],
  );
  const context = useMemo<CommandContext>(
    () => ({
      library,
      openCardId: base?.kind === 'card' ? base.factId : undefined,
      overlay: overlay?.kind === 'palette' ? 'palette' : base?.kind,
      canUndo,
      canRedo,
      theme,
      effects,
    }),
    [library, base, overlay?.kind, canUndo, canRedo, theme, effects],
  );
  useCommands(commands, context, platform);
  usePublishedMenu(commands, context, platform, service);

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
        Skip to cards
      </a>
      <LibraryHeader
        search={<SearchBox value={query} onChange={setQuery} />}
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
          <section className="cards-section" id="briefing-cards" aria-label="Briefing cards" tabIndex={-1}>
            <div className="cards-toolbar">
              <h2 className="section-label">Cards</h2>
              <p className="result-count" role="status">
                {searching
                  ? `${visible.length} of ${inSelection.length} cards match “${searchedQuery}”`
                  : `${selectionTotal} ${selectionTotal === 1 ? 'card' : 'cards'}`}
              </p>
            </div>
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
                title={`No cards match “${searchedQuery}”`}
                action={{ label: 'Clear search', onClick: () => setQuery('') }}
              >
                {selection === 'all' ? (
                  <p>Search covers the cards, your notes, highlights and tags. Try a name, a place or a figure.</p>
                ) : (
                  <p>Only “{heading.title}” is being searched. Clear the search, or look in all cards.</p>
                )}
              </EmptyState>
            ) : selection === 'starred' ? (
              <EmptyState
                title="No starred cards yet"
                action={{ label: 'Show all cards', onClick: () => select('all') }}
              >
                <p>Use the star on any card to keep it here, ready for your briefing pack.</p>
              </EmptyState>
            ) : selection === 'annotated' ? (
              <EmptyState
                title="No annotated cards yet"
                action={{ label: 'Show all cards', onClick: () => select('all') }}
              >
                <p>Open a card to write a note or highlight a phrase; it will be listed here.</p>
              </EmptyState>
            ) : (
              <EmptyState title="No cards here" action={{ label: 'Show all cards', onClick: () => select('all') }} />
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
            setStatus('Card deleted. Press Ctrl+Z to undo.');
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
        <Suspense fallback={<div className="dialog-backdrop" role="status" aria-label="Opening export" />}>
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
