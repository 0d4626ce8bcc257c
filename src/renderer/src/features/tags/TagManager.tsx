import { useId, useRef, useState } from 'react';
import type { Tag, TagColor } from '../../../../shared/schema/annotations';
import { DialogCloseButton, ModalDialog } from '../../ui/ModalDialog';
import { newId } from '../../../../shared/schema/clientIds';
import type { LibraryActions } from '../../store/useLibrary';
import { NewTagForm } from './NewTagForm';
import { TagRow } from './TagRow';
import { countCardsWithTag } from './tagColours';
import './tags.css';
import './tagManager.css';
import { useErrorText, useT } from '../../i18n';

interface TagManagerProps {
  tags: readonly Tag[];
  cardTags: Readonly<Record<string, readonly string[]>>;
  actions: Pick<LibraryActions, 'createTag' | 'updateTag' | 'deleteTag' | 'held'>;
  onClose: () => void;
}

/** Every tag in one place: rename, recolour, delete, and make new ones before any card needs them. */
export function TagManager({ tags, cardTags, actions, onClose }: TagManagerProps) {
  const titleId = useId();
  const t = useT();
  const errorText = useErrorText();
  const nameId = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');

  async function create(name: string, color: TagColor): Promise<Tag | undefined> {
    try {
      const id = newId('tag');
      const tag = actions.held.tags(await actions.createTag({ id, name, color }), id);
      setError(undefined);
      setStatus(t('tags.status.created', { name: tag.name }));
      return tag;
    } catch (caught) {
      setError(errorText(caught));
      nameRef.current?.focus();
      return undefined;
    }
  }

  function deleted(tag: Tag) {
    setStatus(t('tags.status.deleted', { name: tag.name }));
    // Its row is gone; keep the keyboard inside the dialog.
    nameRef.current?.focus();
  }

  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} className="tag-manager">
      <div className="detail-header">
        <h2 className="tag-manager-title" id={titleId}>
          {t('tags.manager.title')}
        </h2>
        <DialogCloseButton label={t('tags.manager.close')} onClick={onClose} />
      </div>
      <p className="tag-manager-intro">{t('tags.manager.intro')}</p>

      {tags.length > 0 ? (
        <ul className="tag-manager-list" aria-label={t('tags.manager.list')}>
          {tags.map((tag) => (
            <TagRow
              key={tag.id}
              tag={tag}
              count={countCardsWithTag(cardTags, tag.id)}
              actions={actions}
              onDeleted={deleted}
            />
          ))}
        </ul>
      ) : (
        <div className="tag-manager-empty">
          <p className="tag-manager-empty-title">{t('tags.manager.empty.title')}</p>
          <p>{t('tags.manager.empty.body')}</p>
        </div>
      )}

      <NewTagForm
        tags={tags}
        submitLabel={t('tags.create')}
        className="tag-manager-new"
        submitClassName="button button-primary"
        error={error}
        errorId={`${nameId}-error`}
        inputRef={nameRef}
        onCreate={create}
        onError={setError}
      >
        <h3 className="tag-manager-subtitle">{t('tags.new')}</h3>
      </NewTagForm>
      {error && (
        <p className="tag-error" role="alert" id={`${nameId}-error`}>
          {error}
        </p>
      )}

      <p className="visually-hidden" role="status">
        {status}
      </p>
      <div className="tag-manager-footer">
        <button type="button" className="button" onClick={onClose}>
          {t('tags.done')}
        </button>
      </div>
    </ModalDialog>
  );
}
