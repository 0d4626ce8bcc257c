import { useId, useState } from 'react';
import type { OwnItemEdit, OwnStudyItem } from '../../../../shared/study/ownItemSchemas';
import { useT } from '../../i18n';

interface OwnItemEditorProps {
  item: OwnStudyItem;
  busy: boolean;
  error: string | undefined;
  onSave: (edit: OwnItemEdit) => void;
  onCancel: () => void;
}

/** Edits an item the user owns: the sentence (or question) and its answer; the main process checks the pair. */
export function OwnItemEditor({ item, busy, error, onSave, onCancel }: OwnItemEditorProps) {
  const t = useT();
  const textId = useId();
  const answerId = useId();
  const errorId = useId();
  const [text, setText] = useState(item.format === 'cloze' ? item.sentence : item.front);
  const [answer, setAnswer] = useState(item.answer);
  const describedBy = error ? errorId : undefined;
  return (
    <form
      className="study-own-editor"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(item.format === 'cloze' ? { sentence: text, answer } : { front: text, answer });
      }}
      onKeyDown={(event) => {
        // Escape leaves the form, not the study screen around it.
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <label className="study-field-label" htmlFor={textId}>
        {item.format === 'cloze' ? t('study.own.sentence') : t('study.own.front')}
      </label>
      <textarea
        id={textId}
        className="study-input"
        rows={3}
        value={text}
        aria-describedby={describedBy}
        autoFocus
        onChange={(event) => setText(event.target.value)}
      />
      <label className="study-field-label" htmlFor={answerId}>
        {t('study.own.answer')}
      </label>
      <input
        id={answerId}
        className="study-input"
        value={answer}
        aria-describedby={describedBy}
        onChange={(event) => setAnswer(event.target.value)}
      />
      {error && (
        <p id={errorId} className="inline-error" role="alert">
          {error}
        </p>
      )}
      <p className="study-own-actions">
        <button type="submit" className="button" disabled={busy}>
          {t('study.own.save')}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('study.own.cancel')}
        </button>
      </p>
    </form>
  );
}
