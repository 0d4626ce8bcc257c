import { useId, useRef, useState } from 'react';
import type { Tag, TagColor } from '../../../../shared/schema/annotations';
import { DialogCloseButton, ModalDialog } from '../../ui/ModalDialog';
import { asBriefingError } from '../../../../shared/errors';
import { newId } from '../../../../shared/schema/clientIds';
import type { LibraryActions } from '../../store/useLibrary';
import { NewTagForm } from './NewTagForm';
import { TagRow } from './TagRow';
import { countCardsWithTag } from './tagColours';
import './tags.css';
import './tagManager.css';

interface TagManagerProps {
  tags: readonly Tag[];
  cardTags: Readonly<Record<string, readonly string[]>>;
  actions: Pick<LibraryActions, 'createTag' | 'updateTag' | 'deleteTag' | 'held'>;
  onClose: () => void;
}

/** Every tag in one place: rename, recolour, delete, and make new ones before any card needs them. */
export function TagManager({ tags, cardTags, actions, onClose }: TagManagerProps) {
  const titleId = useId();
  const nameId = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');

  async function create(name: string, color: TagColor): Promise<Tag | undefined> {
    try {
      const id = newId('tag');
      const tag = actions.held.tags(await actions.createTag({ id, name, color }), id);
      setError(undefined);
      setStatus(`Created tag ${tag.name}.`);
      return tag;
    } catch (caught) {
      setError(asBriefingError(caught).message);
      nameRef.current?.focus();
      return undefined;
    }
  }

  function deleted(tag: Tag) {
    setStatus(`Deleted tag ${tag.name}. Press Ctrl+Z to undo.`);
    // Its row is gone; keep the keyboard inside the dialog.
    nameRef.current?.focus();
  }

  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} className="tag-manager">
      <div className="detail-header">
        <h2 className="tag-manager-title" id={titleId}>
          Manage tags
        </h2>
        <DialogCloseButton label="Close tag manager" onClick={onClose} />
      </div>
      <p className="tag-manager-intro">
        Tags gather cards across topics. A new name or colour shows on every card that carries the tag.
      </p>

      {tags.length > 0 ? (
        <ul className="tag-manager-list" aria-label="Your tags">
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
          <p className="tag-manager-empty-title">No tags yet</p>
          <p>
            Make one below, or from any card’s detail with “Add tag”. Tags such as “talking point” or “follow up” become
            filters in the sidebar.
          </p>
        </div>
      )}

      <NewTagForm
        tags={tags}
        submitLabel="Create tag"
        className="tag-manager-new"
        submitClassName="button button-primary"
        error={error}
        errorId={`${nameId}-error`}
        inputRef={nameRef}
        onCreate={create}
        onError={setError}
      >
        <h3 className="tag-manager-subtitle">New tag</h3>
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
          Done
        </button>
      </div>
    </ModalDialog>
  );
}
