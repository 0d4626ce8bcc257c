import { useMemo } from 'react';
import type { Library } from '../../../../shared/contract';
import type { Fact } from '../../../../shared/schema/fact';
import { sourceLibraryOf } from '../../../../shared/sources/librarySources';
import { collectionScopeOf } from '../../../../shared/sources/collectionScope';
import type { LibraryActions } from '../../store/useLibrary';
import { useT } from '../../i18n';
import { CardForm } from '../ownCards';
import type { Overlay } from '../library';
import { SourceReader } from './SourceReader';
import { SourcesList } from './SourcesList';
import { ImportSourceDialog } from './ImportSourceDialog';

interface SourceOverlaysProps {
  /** The dialog over the library; this renders only the sources feature's own. */
  overlay: Overlay | undefined;
  show: (next: Overlay | undefined) => void;
  openCard: (factId: string) => void;
  library: Library;
  actions: LibraryActions;
  facts: readonly Fact[];
  announce: (message: string) => void;
}

/** The sources feature's dialogs over the library: the reader, a card from it, the sources list, the import form. */
export function SourceOverlays({
  overlay: base,
  show: setOverlay,
  openCard,
  library,
  actions,
  facts,
  announce,
}: SourceOverlaysProps) {
  const t = useT();
  const sourceLibrary = useMemo(() => sourceLibraryOf(library.sources, library.user), [library.sources, library.user]);
  if (base?.kind === 'source') {
    const source = sourceLibrary.sources.find((candidate) => candidate.id === base.sourceId);
    if (!source) return null;
    const quotedFact = base.factId ? facts.find((fact) => fact.id === base.factId) : undefined;
    const back = base.from;
    return (
      <SourceReader
        key={`${source.id}-${base.paragraph ?? ''}-${base.factId ?? ''}`}
        source={source}
        sources={sourceLibrary.sources}
        facts={facts}
        {...(base.paragraph ? { paragraph: base.paragraph } : {})}
        {...(quotedFact ? { quotedFact } : {})}
        onOpenCard={openCard}
        onOpenSource={(sourceId) => setOverlay({ kind: 'source', sourceId, ...(back ? { from: back } : {}) })}
        actions={actions}
        onMakeCard={(start) => setOverlay({ kind: 'source-card', start, from: base })}
        onClose={() => setOverlay(undefined)}
        {...(back ? { onBack: () => setOverlay(back), backLabel: backLabel(back, t) } : {})}
      />
    );
  }
  if (base?.kind === 'source-card') {
    return (
      <CardForm
        mode="create"
        actions={actions}
        fromSource={base.start}
        collections={collectionScopeOf(library)}
        onClose={() => setOverlay(base.from)}
        onSaved={(fact) => {
          announce(t('sources.card.saved', { title: fact.title }));
          openCard(fact.id);
        }}
      />
    );
  }
  if (base?.kind === 'sources') {
    return (
      <SourcesList
        sourceLibrary={sourceLibrary}
        facts={facts}
        actions={actions}
        announce={announce}
        onOpen={(sourceId) => setOverlay({ kind: 'source', sourceId, from: { kind: 'sources' } })}
        onImport={() => setOverlay({ kind: 'import-source' })}
        onClose={() => setOverlay(undefined)}
      />
    );
  }
  if (base?.kind === 'import-source') {
    return (
      <ImportSourceDialog
        collections={sourceLibrary.collections}
        sources={sourceLibrary.sources}
        actions={actions}
        onSaved={(sourceId, title) => {
          announce(t('sources.import.saved', { title }));
          setOverlay({ kind: 'source', sourceId, from: { kind: 'sources' } });
        }}
        onClose={() => setOverlay(undefined)}
      />
    );
  }
  return null;
}

/** The reader's back button says where it goes: the card it was opened from, the sources list, or back. */
function backLabel(back: Overlay, t: ReturnType<typeof useT>): string {
  if (back.kind === 'card') return t('sources.reader.backToCard');
  if (back.kind === 'sources') return t('sources.reader.backToSources');
  return t('sources.reader.back');
}
