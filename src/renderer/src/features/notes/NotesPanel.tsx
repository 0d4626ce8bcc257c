import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Note } from '../../../../shared/schema/annotations';
import { useOpenExternalLink } from '../../service/ServiceContext';
import type { LibraryActions } from '../../store/useLibrary';
import { MarkdownView } from './MarkdownView';
import { NoteEditor } from './NoteEditor';
import './notes.css';
import { formatMoment } from '../../../../shared/i18n/formats';
import { useErrorText, useLanguage, useT } from '../../i18n';

export interface NotesPanelProps {
  factId: string;
  /** The user's notes; those on other cards are ignored, so `library.user.notes` can be passed as is. */
  notes: readonly Note[];
  actions: LibraryActions;
  // study
  /** "Study this" on a note: the whole note becomes a question (the card's title) and its answer. */
  study?: { studied(noteId: string): boolean; studyNote(noteId: string): Promise<unknown> };
}

/** Which editor is open. A new note keeps its place at the foot of the list once its first save creates it. */
interface Editing {
  factId: string;
  session: number;
  noteId?: string;
  isNew: boolean;
}

type Message = { kind: 'deleted' } | { kind: 'studied' } | { kind: 'error'; text: string };

const undoKey = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘Z' : 'Ctrl+Z';

function byCreation(first: Note, second: Note): number {
  return first.createdAt.localeCompare(second.createdAt) || first.id.localeCompare(second.id);
}

/** The user's own notes on one card: read, add, edit and delete, everything saved as it happens. */
export function NotesPanel({ factId, notes, actions, study }: NotesPanelProps) {
  const headingId = useId();
  const t = useT();
  const { locale } = useLanguage();
  const errorText = useErrorText();
  const formatTime = (iso: string) => formatMoment(iso, locale);
  const openLink = useOpenExternalLink();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const sessions = useRef(0);
  const focusAfterClose = useRef<{ noteId?: string } | null>(null);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  const addButton = useRef<HTMLButtonElement>(null);

  const cardNotes = useMemo(() => notes.filter((note) => note.factId === factId).sort(byCreation), [notes, factId]);

  // An editor whose note is gone (undone elsewhere) or that belongs to another card is closed.
  const active =
    editing && editing.factId === factId && (editing.isNew || cardNotes.some((note) => note.id === editing.noteId))
      ? editing
      : null;

  // Runs on `editing` too: a deleted note's answer can close its editor before the editor says it is done.
  useEffect(() => {
    if (active || !focusAfterClose.current) return;
    const { noteId } = focusAfterClose.current;
    focusAfterClose.current = null;
    ((noteId && editButtons.current.get(noteId)) || addButton.current)?.focus();
  }, [active, cardNotes, editing]);

  function open(noteId?: string) {
    sessions.current += 1;
    setMessage(null);
    setEditing({ factId, session: sessions.current, noteId, isNew: noteId === undefined });
  }

  function close(noteId: string | undefined) {
    focusAfterClose.current = { noteId };
    setEditing(null);
  }

  async function remove(note: Note) {
    setMessage(null);
    try {
      await actions.deleteNote({ noteId: note.id });
      setMessage({ kind: 'deleted' });
      // The button that had the focus is gone with its note.
      addButton.current?.focus();
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error) });
    }
  }

  function editor(note?: Note) {
    if (!active) return null;
    return (
      <NoteEditor
        key={`${active.factId}-${active.session}`}
        factId={factId}
        note={note}
        actions={actions}
        onCreated={(created) =>
          setEditing((current) =>
            current && current.session === active.session ? { ...current, noteId: created.id } : current,
          )
        }
        onClose={close}
      />
    );
  }

  const listed = active?.isNew ? cardNotes.filter((note) => note.id !== active.noteId) : cardNotes;
  return (
    <section className="notes-panel" aria-labelledby={headingId}>
      <h3 id={headingId} className="notes-label">
        {t('notes.heading')}
      </h3>

      {listed.length > 0 && (
        <ul className="notes-list">
          {listed.map((note) => {
            const metaId = `${headingId}-${note.id}`;
            return (
              <li key={note.id} className="note">
                {active?.noteId === note.id && !active.isNew ? (
                  editor(note)
                ) : (
                  <>
                    <p id={metaId} className="note-meta">
                      <time dateTime={note.createdAt}>{formatTime(note.createdAt)}</time>
                      {note.updatedAt !== note.createdAt && (
                        <span> · {t('notes.edited', { time: formatTime(note.updatedAt) })}</span>
                      )}
                    </p>
                    <MarkdownView className="note-body" markdown={note.markdown} onOpenLink={openLink} />
                    {!active && (
                      <div className="note-actions">
                        <button
                          ref={(element) => {
                            if (element) editButtons.current.set(note.id, element);
                            else editButtons.current.delete(note.id);
                          }}
                          type="button"
                          className="notes-text-button"
                          aria-describedby={metaId}
                          onClick={() => open(note.id)}
                        >
                          {t('notes.edit')}
                        </button>
                        <button
                          type="button"
                          className="notes-text-button notes-danger"
                          aria-describedby={metaId}
                          onClick={() => void remove(note)}
                        >
                          {t('notes.delete')}
                        </button>
                        {study && (
                          <button
                            type="button"
                            className="notes-text-button"
                            aria-describedby={metaId}
                            disabled={study.studied(note.id)}
                            onClick={() =>
                              void study.studyNote(note.id).then(
                                () => setMessage({ kind: 'studied' }),
                                (error: unknown) => setMessage({ kind: 'error', text: errorText(error) }),
                              )
                            }
                          >
                            {study.studied(note.id) ? t('study.this.already') : t('study.this')}
                          </button>
                        )}
                      </div>
                    )}
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}

      {listed.length === 0 && !active && <p className="notes-empty">{t('notes.none')}</p>}

      {active?.isNew && <div className="note note-new">{editor()}</div>}

      {/* Undo is the app's own (the header button and the shortcut), as for every other change. */}
      <p role="status" className="notes-panel-status">
        {message?.kind === 'deleted' && t('notes.deleted', { key: undoKey })}
        {message?.kind === 'studied' && t('study.this.made')}
      </p>
      {message?.kind === 'error' && (
        <p role="alert" className="notes-message notes-message-error">
          {message.text}
        </p>
      )}

      {!active && (
        <button ref={addButton} type="button" className="button notes-add" onClick={() => open()}>
          <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M12 5v14M5 12h14" />
          </svg>
          {t('notes.add')}
        </button>
      )}
    </section>
  );
}
