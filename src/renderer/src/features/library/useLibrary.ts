import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { HistoryState, Library } from '../../../../shared/contract';
import { BriefingError } from '../../../../shared/errors';
import type { Highlight, HighlightColor, Note, Tag, TagColor } from '../../../../shared/schema/annotations';
import type { HighlightTarget } from '../../../../shared/annotation/textSelectors';
import type { UserData } from '../../../../shared/schema/database';
import type { Fact } from '../../../../shared/schema/fact';
import type { OwnCardInput } from '../../../../shared/schema/ownCard';
import type { BriefingClient } from '../../api/briefingClient';
import type { RememberedSelection } from './libraryView';

export type LibraryState =
  { status: 'loading' } | { status: 'failed'; error: BriefingError } | { status: 'ready'; library: Library };

/**
 * Everything the screens can do to the user's data. Each action saves through the main process
 * and resolves once the change is on disk; on failure it rejects with a BriefingError whose
 * message is written for the user, and the screen state is left as it was.
 */
export interface LibraryActions {
  setStarred(factId: string, starred: boolean): Promise<void>;
  createNote(factId: string, markdown: string): Promise<Note>;
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
  createTag(name: string, color: TagColor): Promise<Tag>;
  updateTag(input: { tagId: string; name?: string; color?: TagColor }): Promise<Tag>;
  deleteTag(tagId: string): Promise<void>;
  setCardTags(factId: string, tagIds: string[]): Promise<void>;
  createCard(card: OwnCardInput): Promise<Fact>;
  updateCard(factId: string, card: OwnCardInput): Promise<Fact>;
  deleteCard(factId: string): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** Asks the main process to open an http(s) link in the system browser; false if it refused. */
  openExternalLink(url: string): Promise<boolean>;
  rememberSelection(selection: RememberedSelection): void;
  reload(): void;
}

export function asBriefingError(error: unknown): BriefingError {
  if (error instanceof BriefingError) return error;
  return new BriefingError({ code: 'internal', message: error instanceof Error ? error.message : String(error) });
}

function upsert<Item extends { id: string }>(items: readonly Item[], item: Item): Item[] {
  const index = items.findIndex((candidate) => candidate.id === item.id);
  if (index < 0) return [...items, item];
  const copy = items.slice();
  copy[index] = item;
  return copy;
}

export function useLibrary(client: BriefingClient): [LibraryState, LibraryActions] {
  const [state, setState] = useState<LibraryState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const clientRef = useRef(client);
  useEffect(() => {
    clientRef.current = client;
  }, [client]);

  useEffect(() => {
    let current = true;
    client('getLibrary', {}).then(
      (library) => current && setState({ status: 'ready', library }),
      (error: unknown) => current && setState({ status: 'failed', error: asBriefingError(error) }),
    );
    return () => {
      current = false;
    };
  }, [client, attempt]);

  const updateUser = useCallback((change: (user: UserData) => UserData, history?: HistoryState) => {
    setState((old) =>
      old.status === 'ready'
        ? {
            ...old,
            library: { ...old.library, user: change(old.library.user), history: history ?? old.library.history },
          }
        : old,
    );
  }, []);

  const actions = useMemo<LibraryActions>(() => {
    const call: BriefingClient = (name, request) =>
      clientRef.current(name, request).catch((error: unknown) => {
        throw asBriefingError(error);
      });
    return {
      async setStarred(factId, starred) {
        // Optimistic: the star flips at once and flips back if the save fails.
        let previous: string[] = [];
        updateUser((user) => {
          previous = user.starred;
          const others = user.starred.filter((id) => id !== factId);
          return { ...user, starred: starred ? [...others, factId] : others };
        });
        try {
          const saved = await call('setStarred', { factId, starred });
          updateUser((user) => ({ ...user, starred: saved.starred }), saved.history);
        } catch (error) {
          updateUser((user) => ({ ...user, starred: previous }));
          throw error;
        }
      },
      async createNote(factId, markdown) {
        const { note, history } = await call('createNote', { factId, markdown });
        updateUser((user) => ({ ...user, notes: upsert(user.notes, note) }), history);
        return note;
      },
      async updateNote(noteId, markdown) {
        const { note, history } = await call('updateNote', { noteId, markdown });
        updateUser((user) => ({ ...user, notes: upsert(user.notes, note) }), history);
        return note;
      },
      async deleteNote(noteId) {
        const { history } = await call('deleteNote', { noteId });
        updateUser((user) => ({ ...user, notes: user.notes.filter((note) => note.id !== noteId) }), history);
      },
      async createHighlight(input) {
        const { highlight, history } = await call('createHighlight', input);
        updateUser((user) => ({ ...user, highlights: upsert(user.highlights, highlight) }), history);
        return highlight;
      },
      async updateHighlight(input) {
        const { highlight, history } = await call('updateHighlight', input);
        updateUser((user) => ({ ...user, highlights: upsert(user.highlights, highlight) }), history);
        return highlight;
      },
      async deleteHighlight(highlightId) {
        const { history } = await call('deleteHighlight', { highlightId });
        updateUser(
          (user) => ({ ...user, highlights: user.highlights.filter((highlight) => highlight.id !== highlightId) }),
          history,
        );
      },
      async createTag(name, color) {
        const { tag, history } = await call('createTag', { name, color });
        updateUser((user) => ({ ...user, tags: upsert(user.tags, tag) }), history);
        return tag;
      },
      async updateTag(input) {
        const { tag, history } = await call('updateTag', input);
        updateUser((user) => ({ ...user, tags: upsert(user.tags, tag) }), history);
        return tag;
      },
      async deleteTag(tagId) {
        const { cardTags, history } = await call('deleteTag', { tagId });
        updateUser((user) => ({ ...user, tags: user.tags.filter((tag) => tag.id !== tagId), cardTags }), history);
      },
      async setCardTags(factId, tagIds) {
        const saved = await call('setCardTags', { factId, tagIds });
        updateUser((user) => {
          const cardTags = { ...user.cardTags };
          if (saved.tagIds.length > 0) cardTags[factId] = saved.tagIds;
          else delete cardTags[factId];
          return { ...user, cardTags };
        }, saved.history);
      },
      async createCard(card) {
        const { fact, history } = await call('createCard', card);
        updateUser((user) => ({ ...user, ownFacts: upsert(user.ownFacts, fact) }), history);
        return fact;
      },
      async updateCard(factId, card) {
        const { fact, highlights, history } = await call('updateCard', { factId, card });
        updateUser(
          (user) => ({
            ...user,
            ownFacts: upsert(user.ownFacts, fact),
            highlights: highlights.reduce((all, highlight) => upsert(all, highlight), user.highlights),
          }),
          history,
        );
        return fact;
      },
      async deleteCard(factId) {
        // The main process drops the card's notes, highlights, tags and star with it: take its word.
        const { history } = await call('deleteCard', { factId });
        const library = await call('getLibrary', {});
        updateUser(() => library.user, history);
      },
      async undo() {
        const { user, history } = await call('undo', {});
        updateUser(() => user, history);
      },
      async redo() {
        const { user, history } = await call('redo', {});
        updateUser(() => user, history);
      },
      async openExternalLink(url) {
        return (await call('openExternalLink', { url })).opened;
      },
      rememberSelection(selection) {
        setState((old) =>
          old.status === 'ready'
            ? { ...old, library: { ...old.library, settings: { ...old.library.settings, lastTopic: selection } } }
            : old,
        );
        // Where the user was reading is a convenience: if it cannot be saved, nothing else is affected.
        void call('updateSettings', { lastTopic: selection }).catch(() => undefined);
      },
      reload() {
        setState({ status: 'loading' });
        setAttempt((value) => value + 1);
      },
    };
  }, [updateUser]);

  return [state, actions];
}
