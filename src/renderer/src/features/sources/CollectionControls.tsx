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

/** Rename or remove one collection; the shipped summit's stays as it is. */
export function CollectionActionsRow({
  collection,
  actions,
  announce,
  onProblem,
}: Reporting & { collection: Collection }) {
  const t = useT();
  const id = useId();
  const describeError = useErrorText();
  const [renaming, setRenaming] = useState<string>();
  if (collection.id === shippedCollectionId) return null;
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
