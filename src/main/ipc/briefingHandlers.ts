import * as annotations from '../domain/annotationOperations';
import type { FactStore } from '../domain/factStore';
import * as ownCards from '../domain/ownCards';
import type { ExternalLinks } from './externalLinks';
import { exportHandlers } from './exportHandlers';
import { refusingExportDeps, type ExportDeps } from '../domain/ports/exportPorts';
import type { Handlers } from './router';

/** The channel-to-domain wiring; each handler receives an already validated request. */
export function briefingHandlers(
  store: FactStore,
  links: ExternalLinks,
  exportDeps: ExportDeps = refusingExportDeps,
): Handlers {
  const change = store.change.bind(store);
  return {
    getLibrary: () => store.library(),
    updateSettings: (patch) => store.updateSettings(patch),
    setStarred: async ({ factId, starred }) => {
      const { result, history } = await change((user, context) =>
        annotations.setStarred(user, context, factId, starred),
      );
      return { starred: result, history };
    },

    createNote: async ({ factId, markdown }) => {
      const { result, history } = await change((user, context) =>
        annotations.createNote(user, context, factId, markdown),
      );
      return { note: result, history };
    },
    updateNote: async ({ noteId, markdown }) => {
      const { result, history } = await change(
        (user, context) => annotations.updateNote(user, context, noteId, markdown),
        `note:${noteId}`,
      );
      return { note: result, history };
    },
    deleteNote: async ({ noteId }) => {
      const { result, history } = await change((user) => annotations.deleteNote(user, noteId));
      return { noteId: result, history };
    },

    createHighlight: async (input) => {
      const { result, history } = await change((user, context) => annotations.createHighlight(user, context, input));
      return { highlight: result, history };
    },
    updateHighlight: async (input) => {
      const { result, history } = await change((user, context) => annotations.updateHighlight(user, context, input));
      return { highlight: result, history };
    },
    deleteHighlight: async ({ highlightId }) => {
      const { result, history } = await change((user) => annotations.deleteHighlight(user, highlightId));
      return { highlightId: result, history };
    },

    createTag: async ({ name, color }) => {
      const { result, history } = await change((user, context) => annotations.createTag(user, context, name, color));
      return { tag: result, history };
    },
    updateTag: async (input) => {
      const { result, history } = await change((user) => annotations.updateTag(user, input));
      return { tag: result, history };
    },
    deleteTag: async ({ tagId }) => {
      const { result, history } = await change((user) => annotations.deleteTag(user, tagId));
      return { tagId, cardTags: result, history };
    },
    setCardTags: async ({ factId, tagIds }) => {
      const { result, history } = await change((user, context) =>
        annotations.setCardTags(user, context, factId, tagIds),
      );
      return { factId, tagIds: result, history };
    },

    createCard: async (input) => {
      const { result, history } = await change((user, context) => ownCards.createCard(user, context, input));
      return { fact: result, history };
    },
    updateCard: async ({ factId, card }) => {
      const { result, history } = await change((user, context) => ownCards.updateCard(user, context, factId, card));
      return { ...result, history };
    },
    deleteCard: async ({ factId }) => {
      const { result, history } = await change((user, context) => ownCards.deleteCard(user, context, factId));
      return { factId: result, history };
    },

    undo: () => store.undo(),
    redo: () => store.redo(),

    openExternalLink: async ({ url }) => ({ opened: await links.open(url) }),

    ...exportHandlers(store, exportDeps),
  };
}
