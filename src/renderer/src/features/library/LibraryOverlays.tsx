import { lazy, Suspense, useCallback, type Dispatch, type SetStateAction } from 'react';
import type { Library } from '../../../../shared/contract';
import type { Fact } from '../../../../shared/schema/fact';
import { CommandPalette, ShortcutsSheet, type Command, type CommandContext, type CommandEffects } from '../../commands';
import type { LibraryActions } from '../../store/useLibrary';
import { CardDetailChunk } from '../cards';
import { CardForm } from '../ownCards';
import { TagManager } from '../tags';
import { StudyScreen } from '../study';
import { loadSourceOverlays } from '../sources';
import { baseOf, type Overlay } from './overlay';
import type { CollectionScope } from '../../../../shared/sources/collectionScope';
import { platform } from './useLibraryCommands';
import { useT } from '../../i18n';

// The export screen brings the whole print layout with it; load it when it is opened, not at start.
const ExportScreen = lazy(() => import('../export').then((module) => ({ default: module.ExportScreen })));
// briefs: the brief editor brings the print layout for its length meter, so it loads when opened.
const BriefsScreen = lazy(() => import('../briefs').then((module) => ({ default: module.BriefsScreen })));
const AddToBriefDialog = lazy(() => import('../briefs').then((module) => ({ default: module.AddToBriefDialog })));
const CardDetail = CardDetailChunk.Component;
const SourceOverlays = lazy(() => loadSourceOverlays().then((module) => ({ default: module.SourceOverlays })));
const sourceOverlayKinds: ReadonlySet<string> = new Set(['source', 'source-card', 'sources', 'import-source']);

interface LibraryOverlaysProps {
  overlay: Overlay | undefined;
  setOverlay: Dispatch<SetStateAction<Overlay | undefined>>;
  library: Library;
  actions: LibraryActions;
  facts: readonly Fact[];
  /** sources: the cards in the collection scope (all of them without one), for the palette's card search. */
  scopedFacts?: readonly Fact[];
  /** sources: the collections and the scope, for the card form's collection. */
  collections?: CollectionScope;
  starred: ReadonlySet<string>;
  onToggleStar: (fact: Fact) => void;
  /** Says something to the screen reader, in the app's status region. */
  announce: (message: string) => void;
  commands: readonly Command[];
  context: CommandContext;
  effects: CommandEffects;
  // briefs: the cards of the current view and its name, for "New brief from these cards"
  viewFacts?: readonly Fact[];
  viewTitle?: string;
}

/** The dialogs over the library: a card, the forms, tags, export, and the palette or sheet on top. */
export function LibraryOverlays({
  overlay,
  setOverlay,
  library,
  actions,
  facts,
  scopedFacts = facts,
  collections,
  starred,
  onToggleStar,
  announce,
  commands,
  context,
  effects,
  viewFacts = [],
  viewTitle = '',
}: LibraryOverlaysProps) {
  const t = useT();
  const base = baseOf(overlay);
  const openFact =
    base?.kind === 'card' || base?.kind === 'edit-card' || base?.kind === 'add-to-brief'
      ? facts.find((fact) => fact.id === base.factId)
      : undefined;
  const closeOverlay = useCallback(() => setOverlay(undefined), [setOverlay]);
  const backToBase = useCallback(() => setOverlay(baseOf), [setOverlay]);
  const showCard = (fact: Fact) => setOverlay({ kind: 'card', factId: fact.id });

  return (
    <>
      {base?.kind === 'card' && openFact && (
        <CardDetail
          fallback={<div className="dialog-backdrop" role="status" aria-label={t('library.openingCard')} />}
          fact={openFact}
          library={library}
          actions={actions}
          starred={starred.has(openFact.id)}
          onToggleStar={onToggleStar}
          onEdit={() => setOverlay({ kind: 'edit-card', factId: openFact.id })}
          {...(library.readOnly
            ? {}
            : { onAddToBrief: () => setOverlay({ kind: 'add-to-brief', factId: openFact.id }) })}
          onOpenSource={(sourceId, paragraph) =>
            setOverlay({ kind: 'source', sourceId, paragraph, factId: openFact.id, from: base })
          }
          onDeleted={() => {
            setOverlay(undefined);
            announce(t('library.status.cardDeleted'));
          }}
          onClose={closeOverlay}
        />
      )}
      {base?.kind === 'tags' && (
        <TagManager
          tags={library.user.tags}
          cardTags={library.user.cardTags}
          actions={actions}
          onClose={closeOverlay}
        />
      )}
      {base?.kind === 'new-card' && (
        <CardForm
          mode="create"
          actions={actions}
          {...(collections ? { collections } : {})}
          onClose={closeOverlay}
          onSaved={showCard}
        />
      )}
      {base?.kind === 'edit-card' && openFact && (
        <CardForm
          mode="edit"
          initial={openFact}
          actions={actions}
          {...(collections ? { collections } : {})}
          onClose={() => showCard(openFact)}
          onSaved={showCard}
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
      {base?.kind === 'briefs' && (
        <Suspense fallback={<div className="dialog-backdrop" role="status" aria-label={t('briefs.screen.title')} />}>
          <BriefsScreen
            library={library}
            actions={actions}
            viewFacts={viewFacts}
            viewTitle={viewTitle}
            {...(base.start ? { start: base.start } : {})}
            onOpenCard={(factId) => setOverlay({ kind: 'card', factId })}
            announce={announce}
            onClose={closeOverlay}
          />
        </Suspense>
      )}
      {base?.kind === 'study' && (
        <Suspense fallback={<div className="dialog-backdrop" role="status" aria-label={t('study.loading')} />}>
          <StudyScreen
            view={base.view}
            library={library}
            actions={actions}
            onView={(view) => setOverlay({ kind: 'study', view })}
            onOpenCard={(factId) => setOverlay({ kind: 'card', factId })}
            announce={announce}
            onClose={closeOverlay}
          />
        </Suspense>
      )}
      {base?.kind === 'add-to-brief' && openFact && (
        <Suspense fallback={<div className="dialog-backdrop" role="status" aria-label={t('briefs.add.title')} />}>
          <AddToBriefDialog
            fact={openFact}
            library={library}
            actions={actions}
            announce={announce}
            onClose={() => showCard(openFact)}
          />
        </Suspense>
      )}
      {base && sourceOverlayKinds.has(base.kind) && (
        <Suspense fallback={<div className="dialog-backdrop" role="status" aria-label={t('sources.loading')} />}>
          <SourceOverlays
            overlay={base}
            show={setOverlay}
            openCard={(factId) => setOverlay({ kind: 'card', factId })}
            library={library}
            actions={actions}
            facts={facts}
            announce={announce}
          />
        </Suspense>
      )}
      {overlay?.kind === 'palette' && (
        <CommandPalette
          commands={commands}
          facts={scopedFacts}
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
    </>
  );
}
