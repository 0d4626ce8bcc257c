import { useId, useState } from 'react';
import { shippedCollectionId, type Collection } from '../../../../shared/sources';
import type { LibraryActions } from '../../store/useLibrary';
import { useErrorText, useT } from '../../i18n';

type CollectionActions = Pick<LibraryActions, 'createCollection' | 'renameCollection' | 'removeCollection'>;

interface Reporting {
  actions: CollectionActions;
  announce: (message: string) => void;
  onProblem: (message: string | undefined) => void;
}

interface ExportReporting {
  /** Saves the collection as one file; every collection can, the shipped summit's too. */
  onExport: () => void;
  exporting: boolean;
}

function ExportButton({ collection, onExport, exporting }: ExportReporting & { collection: Collection }) {
  const t = useT();
  return (
    <button
      type="button"
      className="button button-quiet"
      aria-label={t('sources.file.exportLabel', { name: collection.name })}
      aria-disabled={exporting}
      onClick={() => {
        if (!exporting) onExport();
      }}
    >
      {t('sources.file.export')}
    </button>
  );
}

/** Export one collection as a file, rename or remove it; the shipped summit's is only exported. */
export function CollectionActionsRow({
  collection,
  actions,
  announce,
  onProblem,
  onExport,
  exporting,
}: Reporting & ExportReporting & { collection: Collection }) {
  const t = useT();
  const id = useId();
  const describeError = useErrorText();
  const [renaming, setRenaming] = useState<string>();
  const exportButton = <ExportButton collection={collection} onExport={onExport} exporting={exporting} />;
  if (collection.id === shippedCollectionId) return <span className="sources-collection-actions">{exportButton}</span>;
  const attempt = async (work: () => Promise<unknown>, done: string) => {
    onProblem(undefined);
    try {
      await work();
      announce(done);
      setRenaming(undefined);
    } catch (error) {
      onProblem(describeError(error));
    }
  };
  if (renaming !== undefined) {
    return (
      <form
        className="sources-collection-rename"
        onSubmit={(event) => {
          event.preventDefault();
          void attempt(() => actions.renameCollection({ collectionId: collection.id, name: renaming }), renaming);
        }}
      >
        <label htmlFor={`${id}-rename`} className="visually-hidden">
          {t('sources.collections.renameLabel', { name: collection.name })}
        </label>
        <input id={`${id}-rename`} value={renaming} onChange={(event) => setRenaming(event.target.value)} />
        <button type="submit" className="button">
          {t('sources.collections.save')}
        </button>
        <button type="button" className="button button-quiet" onClick={() => setRenaming(undefined)}>
          {t('sources.collections.cancel')}
        </button>
      </form>
    );
  }
  return (
    <span className="sources-collection-actions">
      {exportButton}
      <button type="button" className="button button-quiet" onClick={() => setRenaming(collection.name)}>
        {t('sources.collections.rename')}
      </button>
      <button
        type="button"
        className="button button-quiet"
        onClick={() =>
          void attempt(
            () => actions.removeCollection({ collectionId: collection.id }),
            t('sources.collections.removed'),
          )
        }
      >
        {t('sources.collections.remove')}
      </button>
    </span>
  );
}

/** A new collection by name: one per summit, visit or topic. */
export function NewCollectionForm({ actions, announce, onProblem }: Reporting) {
  const t = useT();
  const id = useId();
  const describeError = useErrorText();
  const [name, setName] = useState('');
  return (
    <form
      className="sources-new-collection"
      onSubmit={(event) => {
        event.preventDefault();
        onProblem(undefined);
        actions.createCollection({ name }).then(
          () => {
            announce(t('sources.collections.created', { name: name.trim() }));
            setName('');
          },
          (error: unknown) => onProblem(describeError(error)),
        );
      }}
    >
      <label htmlFor={`${id}-name`}>{t('sources.collections.name')}</label>
      <input id={`${id}-name`} value={name} onChange={(event) => setName(event.target.value)} />
      <button type="submit" className="button">
        {t('sources.collections.create')}
      </button>
    </form>
  );
}
