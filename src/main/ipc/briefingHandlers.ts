import * as annotations from '../domain/annotationOperations';
import type { FactStore, Operation } from '../domain/factStore';
import * as ownCards from '../domain/ownCards';
import { refusingExportDeps, type ExportDeps } from '../domain/ports/exportPorts';
import { firstScreenOf } from '../../shared/firstScreen';
import type { ShellChannel } from './appShell';
import type { ExternalLinks } from './externalLinks';
import { libraryPager } from './libraryPager';
import { exportHandlers } from './exportHandlers';
import { sourcesHandlers } from './sourceHandlers';
import type { Handlers } from './router';

/** The channel-to-domain wiring; each handler receives an already validated request. */
export function briefingHandlers(
  store: FactStore,
  links: ExternalLinks,
  exportDeps: ExportDeps = refusingExportDeps,
  systemLanguages?: readonly string[],
): Omit<Handlers, ShellChannel> {
  // The library as stored, plus what the window needs to pick a first language (bounded as the contract bounds it).
  const languages = systemLanguages?.slice(0, 30).filter((tag) => tag.length <= 40);
  const library = () => ({ ...store.library(), ...(languages ? { systemLanguages: languages } : {}) });
  // Every change answers the same way: what it changed, the history, and the saved revision.
  const change = async <Result>(operation: Operation<Result>, coalesceKey?: string) =>
    (await store.change(operation, coalesceKey)).answer;
  return {
    getLibrary: () => library(),
    getFirstScreen: ({ limit }) => firstScreenOf(library(), limit),
    getLibraryPage: libraryPager(library),
    getSaveState: () => store.saveState(),
    updateSettings: (patch) => store.updateSettings(patch),
    setStarred: ({ factId, starred }) =>
      change((user, context) => annotations.setStarred(user, context, factId, starred)),

    createNote: (input) => change((user, context) => annotations.createNote(user, context, input)),
    updateNote: ({ noteId, markdown }) =>
      change((user, context) => annotations.updateNote(user, context, noteId, markdown), `note:${noteId}`),
    deleteNote: ({ noteId }) => change((user) => annotations.deleteNote(user, noteId)),

    createHighlight: (input) => change((user, context) => annotations.createHighlight(user, context, input)),
    updateHighlight: (input) => change((user, context) => annotations.updateHighlight(user, context, input)),
    deleteHighlight: ({ highlightId }) => change((user) => annotations.deleteHighlight(user, highlightId)),

    createTag: (input) => change((user, context) => annotations.createTag(user, context, input)),
    updateTag: (input) => change((user) => annotations.updateTag(user, input)),
    deleteTag: ({ tagId }) => change((user) => annotations.deleteTag(user, tagId)),
    setCardTags: ({ factId, tagIds }) =>
      change((user, context) => annotations.setCardTags(user, context, factId, tagIds)),

    createCard: ({ id, card }) => change((user, context) => ownCards.createCard(user, context, id, card)),
    updateCard: ({ factId, card }) => change((user, context) => ownCards.updateCard(user, context, factId, card)),
    deleteCard: ({ factId }) => change((user, context) => ownCards.deleteCard(user, context, factId)),

    undo: () => store.undo(),
    redo: () => store.redo(),

    openExternalLink: ({ url }) => links.open(url),

    ...exportHandlers(store, exportDeps),
    ...sourcesHandlers(store, exportDeps),
  };
}
