import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Note } from '../../../../shared/schema/annotations';
import { useOpenExternalLink } from '../../service/ServiceContext';
import type { LibraryActions } from '../../store/useLibrary';
import { MarkdownView } from './MarkdownView';
import { isNoteTooLarge, noteTooLargeMessage } from './noteSize';
import { useNoteAutosave, type SaveStatus } from './useNoteAutosave';
import './notes.css';
import type { MessageKey } from '../../../../shared/i18n/catalogues';
import { useErrorText, useT } from '../../i18n';

export interface NoteEditorProps {
  factId: string;
  /** The note to edit; without it the editor writes a new note, created by its first save. */
  note?: Note;
  actions: Pick<LibraryActions, 'createNote' | 'updateNote' | 'deleteNote' | 'held'>;
  onCreated?: (note: Note) => void;
  /** The editor is done; `noteId` is the note it leaves behind, if any. */
  onClose: (noteId: string | undefined) => void;
  /** Tests may shorten the pause before autosave; the app uses the default. */
  autosaveDelayMs?: number;
}

const statusKeys: Record<Exclude<SaveStatus, 'idle'>, MessageKey> = {
  saving: 'save.saving',
  saved: 'save.saved',
  failed: 'notes.status.failed',
};

/** Markdown as the user types it: syntax, the same in every language. */
const markdownExamples = ['**bold**', '*italic*', '- list', '[link](https://…)'];

const doneKey = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';

/**
 * Writes one note, saving as the user types. Done (also Ctrl/Cmd+Enter or Escape) saves what is
 * pending and closes. A note emptied on Done is never saved empty: a new one is simply not
 * created, and for an existing one the user chooses between deleting it and keeping its earlier text.
 */
export function NoteEditor({ factId, note, actions, onCreated, onClose, autosaveDelayMs }: NoteEditorProps) {
  const openLink = useOpenExternalLink();
  const t = useT();
  const errorText = useErrorText();
  const [text, setText] = useState(note?.markdown ?? '');
  const [preview, setPreview] = useState(false);
  const [askEmpty, setAskEmpty] = useState(false);
  const [closeError, setCloseError] = useState<string | null>(null);
  const busy = useRef(false);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const ids = { text: useId(), hint: useId(), alert: useId(), empty: useId() };
  const autosave = useNoteAutosave({ factId, note, actions, onCreated, delayMs: autosaveDelayMs });

  const tooLarge = useMemo(() => isNoteTooLarge(text), [text]);
  const alertMessage = tooLarge ? noteTooLargeMessage(text, t) : (closeError ?? autosave.error);
  const status = tooLarge ? 'failed' : autosave.status;

  useEffect(() => {
    const textarea = textareaRef.current;
    if (!textarea) return;
    textarea.focus();
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);
  }, []);

  useEffect(() => {
    if (askEmpty) keepRef.current?.focus();
  }, [askEmpty]);

  // A pasted 150 KB note leaves the caret far down the text and the dialog scrolled with it: the
  // refusal must come into view the moment it appears, not wait below the fold.
  const alertRef = useRef<HTMLParagraphElement>(null);
  const hasAlert = Boolean(alertMessage);
  useEffect(() => {
    if (hasAlert) alertRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [hasAlert]);

  function change(value: string) {
    setText(value);
    setAskEmpty(false);
    setCloseError(null);
    autosave.schedule(value);
  }

  async function done() {
    if (busy.current) return;
    if (tooLarge) {
      textareaRef.current?.focus();
      return;
    }
    busy.current = true;
    try {
      await autosave.flush();
    } catch {
      busy.current = false;
      textareaRef.current?.focus();
      return;
    }
    busy.current = false;
    if (autosave.noteId() && text.trim() === '') setAskEmpty(true);
    else onClose(autosave.noteId());
  }

  async function deleteEmpty() {
    const noteId = autosave.noteId();
    if (!noteId || busy.current) return;
    busy.current = true;
    try {
      await actions.deleteNote({ noteId });
      onClose(undefined);
    } catch (error) {
      busy.current = false;
      setCloseError(errorText(error));
    }
  }

  function keepEarlier() {
    const earlier = autosave.savedText();
    autosave.abandon(earlier);
    setText(earlier);
    onClose(autosave.noteId());
  }

  function discard() {
    autosave.abandon(autosave.savedText());
    onClose(autosave.noteId());
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // Escape and Enter also end an IME composition (Korean, for one): those keys belong to the IME.
    if (event.nativeEvent.isComposing) return;
    const isDone = event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey));
    if (!isDone) return;
    // Handled here: a keydown's default prevented, the card's <dialog> gets no cancel from this Escape.
    event.preventDefault();
    if (askEmpty && event.key === 'Escape') keepEarlier();
    else void done();
  }

  const describedBy = alertMessage ? `${ids.hint} ${ids.alert}` : ids.hint;
  return (
    <div className="note-editor" role="group" aria-label={t('notes.editor')} onKeyDown={onKeyDown}>
      <label className="note-editor-label" htmlFor={ids.text}>
        {t('notes.note')}
      </label>
      <textarea
        ref={textareaRef}
        id={ids.text}
        className="note-editor-text"
        value={text}
        rows={6}
        spellCheck
        aria-describedby={describedBy}
        aria-invalid={alertMessage ? true : undefined}
        onChange={(event) => change(event.target.value)}
      />
      <p id={ids.hint} className="note-editor-hint">
        {t('notes.hint.markdown')}{' '}
        {markdownExamples.map((example, index) => (
          <span key={example}>
            {index > 0 && ', '}
            <code>{example}</code>
          </span>
        ))}
        . {t('notes.hint.save', { key: doneKey })}
      </p>

      {alertMessage && (
        <p ref={alertRef} id={ids.alert} role="alert" className="notes-message notes-message-error">
          {alertMessage}
        </p>
      )}

      {askEmpty && (
        <div className="note-editor-ask" role="group" aria-labelledby={ids.empty}>
          <p id={ids.empty}>{t('notes.empty.ask')}</p>
          <div className="note-editor-ask-actions">
            <button ref={keepRef} type="button" className="button" onClick={keepEarlier}>
              {t('notes.empty.keep')}
            </button>
            <button type="button" className="button notes-danger" onClick={() => void deleteEmpty()}>
              {t('notes.empty.delete')}
            </button>
          </div>
        </div>
      )}

      <div className="note-editor-bar">
        <button
          type="button"
          className="notes-toggle"
          aria-pressed={preview}
          onClick={() => setPreview((shown) => !shown)}
        >
          {t('notes.preview')}
        </button>
        <p role="status" className="note-editor-status" data-status={status}>
          {status === 'idle' ? '' : t(statusKeys[status])}
        </p>
        {autosave.error && !tooLarge && (
          <button
            type="button"
            className="button notes-quiet"
            onClick={() => void autosave.flush().catch(() => undefined)}
          >
            {t('notes.retry')}
          </button>
        )}
        {alertMessage && (
          <button type="button" className="button notes-quiet" onClick={discard}>
            {t('notes.discard')}
          </button>
        )}
        <button type="button" className="button button-primary" onClick={() => void done()}>
          {t('notes.done')}
        </button>
      </div>

      {preview && (
        <section className="note-editor-preview" aria-label={t('notes.preview')}>
          {text.trim() ? (
            <MarkdownView markdown={text} onOpenLink={openLink} />
          ) : (
            <p className="notes-empty">{t('notes.preview.empty')}</p>
          )}
        </section>
      )}
    </div>
  );
}
