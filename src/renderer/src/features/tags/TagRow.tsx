import { useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import type { Tag } from '../../../../shared/schema/annotations';
import type { LibraryActions } from '../../store/useLibrary';
import { TagColourChoice } from './TagColourChoice';
import { cardCountText, checkTagName } from './tagColours';
import './tags.css';
import './tagManager.css';
import { useErrorText, useT } from '../../i18n';

interface TagRowProps {
  tag: Tag;
  /** How many cards carry the tag, for the count and the delete confirmation. */
  count: number;
  actions: Pick<LibraryActions, 'updateTag' | 'deleteTag'>;
  onDeleted: (tag: Tag) => void;
}

/** One tag in the manager: its name to edit in place, its colour, and delete with a confirm step. */
export function TagRow({ tag, count, actions, onDeleted }: TagRowProps) {
  // Undefined while the field shows the saved name, so a rename elsewhere (or an undo) shows at once.
  const t = useT();
  const errorText = useErrorText();
  const [draft, setDraft] = useState<string>();
  const [error, setError] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  // The swatch moves at once; the saved colour takes over once the store answers.
  const [pendingColour, setPendingColour] = useState<Tag['color']>();
  const saving = useRef(false);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const errorId = `tag-row-error-${tag.id}`;
  const questionId = `tag-row-question-${tag.id}`;

  async function saveName() {
    if (draft === undefined || saving.current) return;
    const checked = checkTagName(draft, t);
    if (!checked.ok) return setError(checked.message);
    if (checked.name === tag.name) {
      setDraft(undefined);
      return setError(undefined);
    }
    saving.current = true;
    try {
      await actions.updateTag({ tagId: tag.id, name: checked.name });
      setDraft(undefined);
      setError(undefined);
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      saving.current = false;
    }
  }

  async function saveColour(color: Tag['color']) {
    setPendingColour(color);
    try {
      await actions.updateTag({ tagId: tag.id, color });
      setError(undefined);
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setPendingColour(undefined);
    }
  }

  async function confirmDelete() {
    try {
      await actions.deleteTag({ tagId: tag.id });
      onDeleted(tag);
    } catch (caught) {
      setConfirming(false);
      setError(errorText(caught));
    }
  }

  function onNameKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      void saveName();
    } else if (event.key === 'Escape' && draft !== undefined) {
      // The first Escape takes back the edit; only the next one closes the dialog.
      event.preventDefault();
      setDraft(undefined);
      setError(undefined);
    }
  }

  function cancelDelete() {
    flushSync(() => setConfirming(false));
    deleteRef.current?.focus();
  }

  return (
    <li className="tag-row" data-tag-color={pendingColour ?? tag.color}>
      <div className="tag-row-main">
        <span className="tag-row-dot" aria-hidden="true" />
        <input
          className="tag-input tag-row-name"
          type="text"
          autoComplete="off"
          maxLength={80}
          aria-label={t('tags.nameOf', { name: tag.name })}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          value={draft ?? tag.name}
          onChange={(event) => {
            setDraft(event.target.value);
            if (error) setError(undefined);
          }}
          onKeyDown={onNameKeyDown}
          onBlur={() => void saveName()}
        />
        <span className="tag-row-count">{cardCountText(count, t)}</span>
        {!confirming && (
          <button
            ref={deleteRef}
            type="button"
            className="button button-quiet tag-row-delete"
            aria-label={t('tags.deleteOne', { name: tag.name })}
            onClick={() => setConfirming(true)}
          >
            {t('tags.delete')}
          </button>
        )}
      </div>
      <TagColourChoice
        label={t('tags.colourOf', { name: tag.name })}
        value={pendingColour ?? tag.color}
        onChange={(color) => void saveColour(color)}
      />
      {confirming && (
        <div
          className="confirm-strip"
          role="group"
          aria-labelledby={questionId}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            // Backs out of the question only: the tag manager's <dialog> gets no cancel.
            event.preventDefault();
            cancelDelete();
          }}
        >
          <p id={questionId}>{t('tags.confirmDelete', { name: tag.name, count })}</p>
          <div className="confirm-actions">
            <button type="button" className="button tag-danger-button" autoFocus onClick={() => void confirmDelete()}>
              {t('tags.delete')}
            </button>
            <button type="button" className="button" onClick={cancelDelete}>
              {t('tags.cancel')}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p className="tag-error" role="alert" id={errorId}>
          {error}
        </p>
      )}
    </li>
  );
}
