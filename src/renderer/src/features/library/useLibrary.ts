import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { ChannelName } from '../../../../shared/channels';
import type { RequestOf } from '../../../../shared/contract';
import { BriefingError } from '../../../../shared/errors';
import type { HighlightTarget } from '../../../../shared/annotation/textSelectors';
import type { Highlight, HighlightColor, Note, Tag, TagColor } from '../../../../shared/schema/annotations';
import { withCardTags } from '../../../../shared/schema/cardTags';
import { newId } from '../../../../shared/schema/clientIds';
import type { UserData } from '../../../../shared/schema/database';
import type { Fact } from '../../../../shared/schema/fact';
import type { OwnCardInput } from '../../../../shared/schema/ownCard';
import type { ChangeAnswer } from '../../../../shared/schema/userDataPatch';
import type { BriefingClient } from '../../api/briefingClient';
import type { RememberedSelection } from './libraryView';
import { LibraryStore, type LibraryState } from './libraryStore';

export type { LibraryState, SaveStatus } from './libraryStore';

/**
 * Everything the screens can do to the user's data. Each action saves through the main process
 * and resolves once the change is on disk, with the record as the main process now holds it; on
 * failure it rejects with a BriefingError whose message is written for the user, and the window
 * shows what the file holds.
 */
export interface LibraryActions {
  setStarred(factId: string, starred: boolean): Promise<void>;
  /** `id`: the note's id, made once by the editor, so a retried first save is still one note. */
  createNote(factId: string, markdown: string, id?: string): Promise<Note>;
  updateNote(noteId: string, markdown: string): Promise<Note>;
  deleteNote(noteId: string): Promise<void>;
  createHighlight(input: {
    factId: string;
    target: HighlightTarget;
    color: HighlightColor;
    comment?: string;
  }): Promise<Highlight>;
  updateHighlight(input: { highlightId: string; color?: HighlightColor; comment?: string }): Promise<Highlight>;
  deleteHighlight(highlightId: string): Promise<void>;
  /** With `applyTo`, the new tag goes on that card in the same step: one undo takes both back. */
  createTag(name: string, color: TagColor, applyTo?: string): Promise<Tag>;
  updateTag(input: { tagId: string; name?: string; color?: TagColor }): Promise<Tag>;
  deleteTag(tagId: string): Promise<void>;
  setCardTags(factId: string, tagIds: string[]): Promise<void>;
  createCard(card: OwnCardInput): Promise<Fact>;
  updateCard(factId: string, card: OwnCardInput): Promise<Fact>;
  deleteCard(factId: string): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** Applies an answer the window got elsewhere (the import), in revision order like every other. */
  applyAnswer(answer: ChangeAnswer): void;
  /** Asks the main process to open an http(s) link in the system browser; false if it refused. */
  openExternalLink(url: string): Promise<boolean>;
  rememberSelection(selection: RememberedSelection): void;
  reload(): void;
}

export function asBriefingError(error: unknown): BriefingError {
  if (error instanceof BriefingError) return error;
  return new BriefingError({ code: 'internal', message: error instanceof Error ? error.message : String(error) });
}

/** The channels that change the user's data; each answers a ChangeAnswer. */
type ChangeChannel = Exclude<
  ChannelName,
  | 'getLibrary'
  | 'getSaveState'
  | 'updateSettings'
  | 'openExternalLink'
  | 'exportPack'
  | 'exportBackup'
  | 'previewImport'
  | 'applyImport'
  | 'revealExportedFile'
>;

type RecordKind = 'ownFacts' | 'notes' | 'highlights' | 'tags';

/** How often the window asks whether a slow save is being retried. */
const saveStatePollMs = 400;

export function useLibrary(client: BriefingClient): [LibraryState, LibraryActions] {
  const store = useMemo(() => new LibraryStore(), []);
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const clientRef = useRef(client);
  useEffect(() => {
    clientRef.current = client;
  }, [client]);

  const actions = useMemo<LibraryActions>(() => {
    const call: BriefingClient = (name, request) =>
      clientRef.current(name, request).catch((error: unknown) => {
        throw asBriefingError(error);
      });

    /** Sends one change; its answer (or its failure) is what the window then shows. */
    async function change<Name extends ChangeChannel>(
      name: Name,
      request: RequestOf<Name>,
      overlay?: (user: UserData) => UserData,
    ): Promise<ChangeAnswer> {
      const token = store.started(overlay);
      try {
        const answer = (await call(name, request)) as ChangeAnswer;
        store.finished(token, { answer });
        return answer;
      } catch (error) {
        const failure = asBriefingError(error);
        store.finished(token, { error: failure });
        throw failure;
      }
    }

    /** The record as the main process holds it now, from the answer or (if a later answer won) the saved state. */
    function held<Item extends { id: string }>(answer: ChangeAnswer, kind: RecordKind, id: string): Item {
      const fromAnswer = (answer.changed[kind]?.upserted as Item[] | undefined)?.find((item) => item.id === id);
      const saved = (store.saved()?.user[kind] as Item[] | undefined)?.find((item) => item.id === id);
      const record = fromAnswer ?? saved;
      if (!record)
        throw new BriefingError({ code: 'not-found', message: 'That was saved, but it is no longer there.' });
      return record;
    }

    return {
      async setStarred(factId, starred) {
        // Shown at once; the answer, or its failure, then decides.
        await change('setStarred', { factId, starred }, (user) => {
          const others = user.starred.filter((id) => id !== factId);
          return { ...user, starred: starred ? [...others, factId] : others };
        });
      },
      async createNote(factId, markdown, id = newId('note')) {
        return held<Note>(await change('createNote', { id, factId, markdown }), 'notes', id);
      },
      async updateNote(noteId, markdown) {
        return held<Note>(await change('updateNote', { noteId, markdown }), 'notes', noteId);
      },
      async deleteNote(noteId) {
        await change('deleteNote', { noteId });
      },
      async createHighlight(input) {
        const id = newId('highlight');
        return held<Highlight>(await change('createHighlight', { id, ...input }), 'highlights', id);
      },
      async updateHighlight(input) {
        return held<Highlight>(await change('updateHighlight', input), 'highlights', input.highlightId);
      },
      async deleteHighlight(highlightId) {
        await change('deleteHighlight', { highlightId });
      },
      async createTag(name, color, applyTo) {
        const id = newId('tag');
        const request = { id, name, color, ...(applyTo ? { applyTo } : {}) };
        return held<Tag>(await change('createTag', request), 'tags', id);
      },
      async updateTag(input) {
        return held<Tag>(await change('updateTag', input), 'tags', input.tagId);
      },
      async deleteTag(tagId) {
        await change('deleteTag', { tagId });
      },
      async setCardTags(factId, tagIds) {
        await change('setCardTags', { factId, tagIds }, (user) => ({
          ...user,
          cardTags: withCardTags(user.cardTags, factId, [...new Set(tagIds)]),
        }));
      },
      async createCard(card) {
        const id = newId('card');
        return held<Fact>(await change('createCard', { id, card }), 'ownFacts', id);
      },
      async updateCard(factId, card) {
        return held<Fact>(await change('updateCard', { factId, card }), 'ownFacts', factId);
      },
      async deleteCard(factId) {
        await change('deleteCard', { factId });
      },
      async undo() {
        await change('undo', {});
      },
      async redo() {
        await change('redo', {});
      },
      applyAnswer(answer) {
        store.answered(answer);
      },
      async openExternalLink(url) {
        return (await call('openExternalLink', { url })).opened;
      },
      rememberSelection(selection) {
        // Where the user was reading is a convenience: if it cannot be saved, nothing else is affected.
        void call('updateSettings', { lastTopic: selection }).catch(() => undefined);
      },
      reload() {
        store.loading();
        call('getLibrary', {}).then(
          (library) => store.loaded(library),
          (error: unknown) => store.failedToLoad(asBriefingError(error)),
        );
      },
    };
  }, [store]);

  useEffect(() => {
    actions.reload();
  }, [actions, client]);

  // While answers are awaited, ask now and then whether the main process is retrying a refused write.
  const waiting = state.status === 'ready' && state.pending > 0;
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => {
      clientRef.current('getSaveState', {}).then(
        (saveState) => store.saveState(saveState),
        () => undefined,
      );
    }, saveStatePollMs);
    return () => clearInterval(timer);
  }, [waiting, store]);

  return [state, actions];
}
