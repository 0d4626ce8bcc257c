import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { Tag, TagColor } from '../../../../shared/schema/annotations';
import { newId } from '../../../../shared/schema/clientIds';
import type { LibraryActions } from '../../store/useLibrary';
import { TagChip } from './TagChip';
import { NewTagForm } from './NewTagForm';
import './tags.css';
import './tagPicker.css';
import { useErrorText, useT } from '../../i18n';

interface TagPickerProps {
  factId: string;
  tags: readonly Tag[];
  selectedTagIds: readonly string[];
  actions: Pick<LibraryActions, 'setCardTags' | 'createTag' | 'held'>;
}

/** Moves between the tag checkboxes with the arrow keys, as in a menu of options. */
function moveWithArrows(event: KeyboardEvent<HTMLUListElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const boxes = Array.from(event.currentTarget.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
  const current = boxes.indexOf(document.activeElement as HTMLInputElement);
  if (current < 0) return;
  event.preventDefault();
  const next = event.key === 'ArrowDown' ? (current + 1) % boxes.length : (current - 1 + boxes.length) % boxes.length;
  boxes[next]?.focus();
}

/** The tags on one card: chips to remove them, and a popover to apply existing tags or make a new one. */
export function TagPicker({ factId, tags, selectedTagIds, actions }: TagPickerProps) {
  const headingId = useId();
  const t = useT();
  const errorText = useErrorText();
  const popoverId = useId();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  // The list shown includes changes still saving (the library shows them at once), so each click
  // sends the whole list the user now sees; the main process saves them in order.
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  const applied = selectedTagIds.map((id) => byId.get(id)).filter((tag): tag is Tag => tag !== undefined);

  useEffect(() => {
    if (!open) return;
    const first = popoverRef.current?.querySelector<HTMLInputElement>('input[type="checkbox"]');
    (first ?? nameRef.current)?.focus();
  }, [open]);

  async function change(next: (ids: readonly string[]) => string[]): Promise<void> {
    try {
      await actions.setCardTags({ factId, tagIds: next(selectedTagIds) });
      setError(undefined);
    } catch (caught) {
      setError(errorText(caught));
    }
  }

  function toggle(tag: Tag, on: boolean) {
    void change((ids) => (on ? [...ids.filter((id) => id !== tag.id), tag.id] : ids.filter((id) => id !== tag.id)));
  }

  function remove(tag: Tag) {
    void change((ids) => ids.filter((id) => id !== tag.id));
    setStatus(t('tags.status.removed', { name: tag.name }));
    // The chip and its button are gone: keep the keyboard in the group rather than on the page body.
    addButtonRef.current?.focus();
  }

  async function createOnCard(name: string, color: TagColor): Promise<Tag> {
    const id = newId('tag');
    return actions.held.tags(await actions.createTag({ id, name, color, applyTo: factId }), id);
  }

  async function createAndApply(name: string, color: TagColor): Promise<Tag | undefined> {
    // Typing a name that exists means "that one": apply it rather than refuse it.
    const existing = tags.find((tag) => tag.name.toLocaleLowerCase() === name.toLocaleLowerCase());
    try {
      if (existing) {
        await actions.setCardTags({
          factId,
          tagIds: [...selectedTagIds.filter((id) => id !== existing.id), existing.id],
        });
      }
      // A new tag is made and put on the card in one step, so one undo takes both back.
      const tag = existing ?? (await createOnCard(name, color));
      setError(undefined);
      setStatus(t(existing ? 'tags.status.appliedExisting' : 'tags.status.createdApplied', { name: tag.name }));
      return tag;
    } catch (caught) {
      setError(errorText(caught));
      return undefined;
    }
  }

  function closePopover(returnFocus: boolean) {
    setOpen(false);
    if (returnFocus) addButtonRef.current?.focus();
  }

  function onPopoverKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Escape') return;
    // Escape closes the popover only: the default prevented, the card's <dialog> gets no cancel.
    event.preventDefault();
    closePopover(true);
  }

  function onAreaBlur(event: FocusEvent<HTMLDivElement>) {
    if (open && !event.currentTarget.contains(event.relatedTarget)) setOpen(false);
  }

  return (
    <div className="tag-picker" role="group" aria-labelledby={headingId}>
      <h3 className="tag-picker-title" id={headingId}>
        {t('tags.heading')}
      </h3>
      <div className="tag-picker-row">
        {applied.length > 0 ? (
          <ul className="tag-picker-chips">
            {applied.map((tag) => (
              <li key={tag.id}>
                <TagChip tag={tag} onRemove={() => remove(tag)} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="tag-picker-empty">{t('tags.noneOnCard')}</p>
        )}
        <div className="tag-picker-add" onBlur={onAreaBlur}>
          <button
            ref={addButtonRef}
            id={`${popoverId}-button`}
            type="button"
            className="tag-add-button"
            aria-expanded={open}
            aria-controls={open ? popoverId : undefined}
            onClick={() => (open ? closePopover(false) : setOpen(true))}
          >
            <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
              <path d="M8 3v10M3 8h10" />
            </svg>
            {t('tags.add')}
          </button>
          {open && (
            <div
              ref={popoverRef}
              id={popoverId}
              className="tag-popover"
              role="group"
              tabIndex={-1}
              aria-labelledby={`${popoverId}-button`}
              onKeyDown={onPopoverKeyDown}
            >
              {tags.length > 0 ? (
                <ul className="tag-options" onKeyDown={moveWithArrows}>
                  {tags.map((tag) => (
                    <li key={tag.id}>
                      <label className="tag-option">
                        <input
                          type="checkbox"
                          checked={selectedTagIds.includes(tag.id)}
                          onChange={(event) => toggle(tag, event.target.checked)}
                        />
                        <TagChip tag={tag} />
                      </label>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="tag-popover-empty">{t('tags.none.popover')}</p>
              )}
              <NewTagForm
                tags={tags}
                submitLabel={t('tags.create.short')}
                className="tag-create"
                submitClassName="button tag-create-button"
                error={error}
                errorId={`${headingId}-error`}
                inputRef={nameRef}
                onCreate={createAndApply}
                onError={setError}
              />
            </div>
          )}
        </div>
      </div>
      {error && (
        <p className="tag-error" role="alert" id={`${headingId}-error`}>
          {error}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </div>
  );
}
