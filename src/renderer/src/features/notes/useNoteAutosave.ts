import { useCallback, useEffect, useRef, useState } from 'react';
import type { Note } from '../../../../shared/schema/annotations';
import { newId } from '../../../../shared/schema/clientIds';
import { asBriefingError } from '../../../../shared/errors';
import type { LibraryActions } from '../../store/useLibrary';
import { isNoteTooLarge } from './noteSize';
import type { UiLocale } from '../../../../shared/i18n/languages';
import { errorText, localReason, useLanguage, useT, type Translate } from '../../i18n';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

export const autosaveDelayMs = 400;

interface NoteAutosaveOptions {
  factId: string;
  /** The note being edited, or undefined for a new one: the first save creates it. */
  note: Note | undefined;
  actions: Pick<LibraryActions, 'createNote' | 'updateNote' | 'held'>;
  onCreated?: (note: Note) => void;
  delayMs?: number;
}

export interface NoteAutosave {
  status: SaveStatus;
  /** The last save's failure, written for the user; cleared by the next save that succeeds. */
  error: string | null;
  /** Call on every edit: saves `text` once typing pauses. */
  schedule: (text: string) => void;
  /** Saves whatever is pending now; rejects if that save fails. */
  flush: () => Promise<void>;
  /** Forgets unsaved edits (nothing pending is saved); `text` becomes the current text. */
  abandon: (text: string) => void;
  noteId: () => string | undefined;
  savedText: () => string;
}

/** Why a save failed, said from where the user is: the text is still in front of them. */
export function noteSaveError(error: unknown, t: Translate, locale: UiLocale): string {
  const failure = asBriefingError(error);
  if ((failure.code === 'write-failed' || failure.code === 'read-only') && failure.reason) {
    return t('notes.notSaved', { reason: localReason(failure.reason, t) });
  }
  return errorText(failure, t, locale);
}

/**
 * Autosave for one note: one save at a time, in order, the latest text winning. A new note's id
 * is made once, here, so a first save that failed and is sent again is still one note. Typing
 * not yet saved is sent at once when the window closes, reloads or is hidden. Nothing is saved
 * that the main process would refuse anyway (over the size limit) or that would make an empty
 * note: a new note exists from its first real character, and emptying an old one is the editor's
 * question to ask, not autosave's.
 */
export function useNoteAutosave({
  factId,
  note,
  actions,
  onCreated,
  delayMs = autosaveDelayMs,
}: NoteAutosaveOptions): NoteAutosave {
  const t = useT();
  const { locale } = useLanguage();
  const noteIdRef = useRef(note?.id);
  const newNoteId = useRef(note?.id ?? newId('note'));
  const savedTextRef = useRef(note?.markdown ?? '');
  const latestTextRef = useRef(note?.markdown ?? '');
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const queueRef = useRef<Promise<void>>(Promise.resolve());
  const mountedRef = useRef(false);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [error, setError] = useState<string | null>(null);

  const latest = useRef({ factId, actions, onCreated, t, locale });
  useEffect(() => {
    latest.current = { factId, actions, onCreated, t, locale };
  }, [factId, actions, onCreated, t, locale]);

  const persist = useCallback(async (text: string) => {
    // Whatever this text's fate, nothing failed for it: any earlier failure is no longer the news.
    const settled = () => {
      if (!mountedRef.current) return;
      setError(null);
      if (latestTextRef.current === text) {
        setStatus(text === savedTextRef.current && noteIdRef.current ? 'saved' : 'idle');
      }
    };
    if (text === savedTextRef.current || isNoteTooLarge(text) || text.trim() === '') return settled();
    const { factId: currentFactId, actions: currentActions, onCreated: created } = latest.current;
    const existingId = noteIdRef.current;
    try {
      const noteId = existingId ?? newNoteId.current;
      const answer = existingId
        ? await currentActions.updateNote({ noteId, markdown: text })
        : await currentActions.createNote({ id: noteId, factId: currentFactId, markdown: text });
      const saved = currentActions.held.notes(answer, noteId);
      noteIdRef.current = saved.id;
      savedTextRef.current = text;
      if (!existingId) created?.(saved);
      settled();
    } catch (caught) {
      if (mountedRef.current) {
        setError(noteSaveError(caught, latest.current.t, latest.current.locale));
        setStatus('failed');
      }
      throw caught;
    }
  }, []);

  const enqueue = useCallback(
    (text: string) => {
      const run = queueRef.current.catch(() => undefined).then(() => persist(text));
      queueRef.current = run;
      return run;
    },
    [persist],
  );

  const clearTimer = useCallback(() => {
    if (timerRef.current === undefined) return false;
    clearTimeout(timerRef.current);
    timerRef.current = undefined;
    return true;
  }, []);

  const schedule = useCallback(
    (text: string) => {
      latestTextRef.current = text;
      clearTimer();
      if (isNoteTooLarge(text) || text.trim() === '') {
        setStatus('idle');
        return;
      }
      setStatus('saving');
      timerRef.current = setTimeout(() => {
        timerRef.current = undefined;
        enqueue(latestTextRef.current).catch(() => undefined);
      }, delayMs);
    },
    [clearTimer, enqueue, delayMs],
  );

  const flush = useCallback(() => {
    clearTimer();
    return enqueue(latestTextRef.current);
  }, [clearTimer, enqueue]);

  const abandon = useCallback(
    (text: string) => {
      clearTimer();
      latestTextRef.current = text;
    },
    [clearTimer],
  );

  useEffect(() => {
    mountedRef.current = true;
    // Closing the window, reloading it or switching away mid-sentence still keeps the sentence.
    const sendPending = () => {
      if (clearTimer()) enqueue(latestTextRef.current).catch(() => undefined);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') sendPending();
    };
    window.addEventListener('pagehide', sendPending);
    window.addEventListener('beforeunload', sendPending);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      mountedRef.current = false;
      window.removeEventListener('pagehide', sendPending);
      window.removeEventListener('beforeunload', sendPending);
      document.removeEventListener('visibilitychange', onVisibility);
      // Closing the card mid-sentence keeps the sentence too.
      sendPending();
    };
  }, [clearTimer, enqueue]);

  return {
    status,
    error,
    schedule,
    flush,
    abandon,
    noteId: useCallback(() => noteIdRef.current, []),
    savedText: useCallback(() => savedTextRef.current, []),
  };
}
