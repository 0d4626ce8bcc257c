import { useId, useRef, useState } from 'react';
import type { Tag, TagColor } from '../../../../shared/schema/annotations';
import { DialogCloseButton, ModalDialog } from '../../ui/ModalDialog';
import { asBriefingError, type LibraryActions } from '../library/useLibrary';
import { TagColourChoice } from './TagColourChoice';
import { TagRow } from './TagRow';
import { checkTagName, countCardsWithTag, nextTagColour } from './tagColours';
import './tags.css';
import './tagManager.css';

interface TagManagerProps {
  tags: readonly Tag[];
  cardTags: Readonly<Record<string, readonly string[]>>;
  actions: Pick<LibraryActions, 'createTag' | 'updateTag' | 'deleteTag'>;
  onClose(): void;
}

/** Every tag in one place: rename, recolour, delete, and make new ones before any card needs them. */
export function TagManager({ tags, cardTags, actions, onClose }: TagManagerProps) {
  const titleId = useId();
  const nameId = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [draftName, setDraftName] = useState('');
  const [draftColor, setDraftColor] = useState<TagColor>(() => nextTagColour(tags));
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');

  async function create() {
    const checked = checkTagName(draftName);
    if (!checked.ok) {
      setError(checked.message);
      return nameRef.current?.focus();
    }
    try {
      const tag = await actions.createTag(checked.name, draftColor);
      setDraftName('');
      setDraftColor(nextTagColour([...tags, tag]));
      setError(undefined);
      setStatus(`Created tag ${tag.name}.`);
    } catch (caught) {
      setError(asBriefingError(caught).message);
      nameRef.current?.focus();
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

      <form
        className="tag-manager-new"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <h3 className="tag-manager-subtitle">New tag</h3>
        <label className="tag-field-label" htmlFor={nameId}>
          New tag name
        </label>
        <div className="tag-create-row">
          <input
            ref={nameRef}
            id={nameId}
            className="tag-input"
            type="text"
            autoComplete="off"
            maxLength={80}
            value={draftName}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${nameId}-error` : undefined}
            onChange={(event) => {
              setDraftName(event.target.value);
              if (error) setError(undefined);
            }}
          />
          <button type="submit" className="button button-primary">
            Create tag
          </button>
        </div>
        <TagColourChoice label="Colour of new tag" value={draftColor} onChange={setDraftColor} />
        {error && (
          <p className="tag-error" role="alert" id={`${nameId}-error`}>
            {error}
          </p>
        )}
      </form>

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
