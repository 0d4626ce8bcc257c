import { useId, useState } from 'react';
import type { Fact } from '../../../../shared/schema/fact';
import type { SourceLibrary } from '../../../../shared/sources';
import { readingView } from '../../../../shared/sources';
import type { LibraryActions } from '../../store/useLibrary';
import type { ResponseOf } from '../../../../shared/contract';
import { useErrorText, useTranslator } from '../../i18n';
import { useBriefingService } from '../../service/ServiceContext';
import { collectionContentsText } from './collectionContentsText';
import { DialogCloseButton, ModalDialog } from '../../ui/ModalDialog';
import { SavedFileStatus } from '../../ui/SavedFileStatus';
import { sourceDateText, useOriginText } from './SourceDetails';
import { CollectionActionsRow, NewCollectionForm } from './CollectionControls';

interface SourcesListProps {
  sourceLibrary: SourceLibrary;
  facts: readonly Fact[];
  actions: Pick<LibraryActions, 'removeSource' | 'createCollection' | 'renameCollection' | 'removeCollection'>;
  announce: (message: string) => void;
  onOpen: (sourceId: string) => void;
  onImport: () => void;
  onClose: () => void;
}

/** Every source by collection: what it is, how many cards cite it, and the way into the reader. */
export function SourcesList({ sourceLibrary, facts, actions, announce, onOpen, onImport, onClose }: SourcesListProps) {
  const { t, locale } = useTranslator();
  const titleId = useId();
  const originText = useOriginText();
  const describeError = useErrorText();
  const service = useBriefingService();
  const [problem, setProblem] = useState<string>();
  const [exporting, setExporting] = useState<string>();
  const [saved, setSaved] = useState<Extract<ResponseOf<'exportCollection'>, { status: 'saved' }>>();
  const cardsCiting = (sourceId: string) => facts.filter((fact) => fact.sourceId === sourceId).length;
  // A new version says which article it replaces ("New version of “…”").
  const replacedTitle = (sourceId: string | undefined) => {
    const replaced = sourceId && sourceLibrary.sources.find((source) => source.id === sourceId);
    return replaced ? t('versions.reader.older', { title: replaced.title }) : undefined;
  };

  async function remove(sourceId: string) {
    setProblem(undefined);
    try {
      await actions.removeSource({ sourceId });
      announce(t('sources.list.removed'));
    } catch (error) {
      setProblem(describeError(error));
    }
  }

  async function exportCollection(collectionId: string, name: string) {
    setProblem(undefined);
    setSaved(undefined);
    setExporting(name);
    try {
      const answer = await service.exportCollection({ collectionId });
      // The status under the title says it; a second announcement would read it twice.
      if (answer.status === 'saved') setSaved(answer);
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setExporting(undefined);
    }
  }
  const savedText = (answer: NonNullable<typeof saved>) =>
    t('sources.file.saved', {
      name: answer.name,
      path: answer.filePath,
      contents: collectionContentsText(answer.contents, t),
    });

  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} className="sources-list">
      <div className="detail-header">
        <span className="reader-kicker">{t('sources.list.collection')}</span>
        <DialogCloseButton label={t('sources.list.close')} onClick={onClose} />
      </div>
      <h2 id={titleId} className="detail-title">
        {t('sources.list.title')}
      </h2>
      <p className="detail-summary">{t('sources.list.description')}</p>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {exporting !== undefined && <p className="form-hint">{t('sources.file.saving', { name: exporting })}</p>}
      {saved && (
        <SavedFileStatus
          message={savedText(saved)}
          filePath={saved.filePath}
          onRevealError={(error) => setProblem(describeError(error))}
        />
      )}
      {sourceLibrary.collections.map((collection) => {
        const sources = sourceLibrary.sources.filter((source) => source.collectionId === collection.id);
        return (
          <section key={collection.id} className="sources-collection" aria-labelledby={`${titleId}-${collection.id}`}>
            <div className="sources-collection-head">
              <h3 id={`${titleId}-${collection.id}`} className="sources-collection-name">
                {collection.name}
              </h3>
              <CollectionActionsRow
                collection={collection}
                actions={actions}
                announce={announce}
                onProblem={setProblem}
                onExport={() => void exportCollection(collection.id, collection.name)}
                exporting={exporting !== undefined}
              />
            </div>
            {sources.length === 0 && <p className="form-hint">{t('sources.collections.empty')}</p>}
            <ul className="sources-items">
              {sources.map((source) => (
                <li key={source.id} className="sources-item">
                  <div className="sources-item-text">
                    <button
                      type="button"
                      className="reader-card-link sources-item-title"
                      onClick={() => onOpen(source.id)}
                    >
                      {source.title}
                    </button>
                    <span className="sources-item-meta">
                      {[
                        source.outlet,
                        source.date ? sourceDateText(source.date, locale) : undefined,
                        originText(source),
                        t('sources.list.paragraphs', { count: readingView(source).paragraphs.length }),
                        t('sources.list.cards', { count: cardsCiting(source.id) }),
                        replacedTitle(source.supersedes),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </div>
                  <button type="button" className="button" onClick={() => onOpen(source.id)}>
                    {t('sources.list.open')}
                  </button>
                  {source.origin.kind !== 'shipped' && (
                    <button type="button" className="button button-quiet" onClick={() => void remove(source.id)}>
                      {t('sources.list.remove')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <NewCollectionForm actions={actions} announce={announce} onProblem={setProblem} />
      <div className="detail-actions">
        <button type="button" className="button button-primary" onClick={onImport}>
          {t('sources.list.import')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('sources.reader.closeButton')}
        </button>
      </div>
    </ModalDialog>
  );
}
