import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Highlight, HighlightColor } from '../../../../shared/schema/annotations';
import { colorLabel, highlightColors } from './highlightColors';
import type { FloatPosition } from './useTextSelection';
import { useT } from '../../i18n';

interface HighlightPopoverProps {
  highlight: Highlight;
  quote: string;
  position: FloatPosition;
  focusComment: boolean;
  onColor: (color: HighlightColor) => void;
  /** Resolves false when the comment could not be saved. */
  onComment: (comment: string) => Promise<boolean>;
  onRemove: () => void;
  onClose: () => void;
  // study
  /** "Study this": the highlight becomes a study item; absent where study mode is not offered. */
  onStudy?: () => void;
  studied?: boolean;
}

/** What a click on a highlight opens: its colour, its comment, and a way to remove it. */
export function HighlightPopover({
  highlight,
  quote,
  position,
  focusComment,
  onColor,
  onComment,
  onRemove,
  onClose,
  onStudy,
  studied = false,
}: HighlightPopoverProps) {
  const t = useT();
  const [draft, setDraft] = useState(highlight.comment ?? '');
  const popoverRef = useRef<HTMLDivElement>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  // Set while the pointer presses Remove: the comment is about to go with its highlight, so the blur need not save it.
  const removing = useRef(false);
  // Enter, blur and Done can all ask to save the same words: each change is sent (and undone) once.
  const submitted = useRef(highlight.comment ?? '');

  useEffect(() => {
    if (focusComment) commentRef.current?.focus();
    else popoverRef.current?.querySelector<HTMLElement>('[aria-pressed="true"]')?.focus();
    // Only when the popover opens: later renders must not pull focus back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function save() {
    const comment = draft.trim();
    const previous = submitted.current;
    if (comment === previous) return;
    submitted.current = comment;
    void onComment(comment).then((ok) => {
      if (!ok) submitted.current = previous;
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Escape') return;
    // The card's <dialog> closes on Escape too; with the default prevented, this one is only for the popover.
    event.preventDefault();
    save();
    onClose();
  }

  const titleId = `highlight-popover-${highlight.id}`;
  return (
    <div
      ref={popoverRef}
      className="highlight-popover"
      role="dialog"
      aria-labelledby={titleId}
      style={{ top: position.top, left: position.left }}
      onKeyDown={onKeyDown}
    >
      <p className="highlight-popover-title" id={titleId}>
        {t('highlights.editTitle')}
      </p>
      <p className="highlight-popover-quote">
        <q lang="en">{quote}</q>
      </p>
      <div className="highlight-colors" role="group" aria-label={t('highlights.colour')}>
        {highlightColors.map((color) => (
          <button
            key={color}
            type="button"
            className="highlight-swatch"
            data-highlight-color={color}
            aria-label={colorLabel(color, t)}
            title={colorLabel(color, t)}
            aria-pressed={highlight.color === color}
            onClick={() => {
              if (highlight.color !== color) onColor(color);
            }}
          />
        ))}
      </div>
      <div className="highlight-comment">
        <label className="highlight-field">
          <span>{t('highlights.comment')}</span>
          <textarea
            ref={commentRef}
            value={draft}
            rows={3}
            maxLength={2000}
            aria-describedby={`${titleId}-hint`}
            placeholder={t('highlights.comment.placeholder')}
            onChange={(event) => setDraft(event.target.value)}
            onBlur={() => {
              if (!removing.current) save();
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
                event.preventDefault();
                save();
              }
            }}
          />
        </label>
        <span className="highlight-hint" id={`${titleId}-hint`}>
          {t('highlights.comment.hint')}
        </span>
      </div>
      <div className="highlight-popover-actions">
        <button
          type="button"
          className="button button-danger"
          onMouseDown={() => {
            removing.current = true;
          }}
          onMouseLeave={() => {
            removing.current = false;
          }}
          onClick={onRemove}
        >
          {t('highlights.remove')}
        </button>
        {onStudy && (
          <button type="button" className="button" disabled={studied} onClick={onStudy}>
            {studied ? t('study.this.already') : t('study.this')}
          </button>
        )}
        <button
          type="button"
          className="button"
          onClick={() => {
            save();
            onClose();
          }}
        >
          {t('highlights.done')}
        </button>
      </div>
    </div>
  );
}
