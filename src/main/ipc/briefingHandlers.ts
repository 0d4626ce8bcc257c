import * as annotations from '../domain/annotationOperations';
import type { FactStore, Operation } from '../domain/factStore';
import * as ownCards from '../domain/ownCards';
import { refusingExportDeps, type ExportDeps } from '../domain/ports/exportPorts';
import { firstScreenOf } from '../../shared/firstScreen';
import type { ShellChannel } from './appShell';
import type { ExternalLinks } from './externalLinks';
import { libraryPager } from './libraryPager';
import { exportHandlers } from './exportHandlers';
import { briefHandlers } from './briefHandlers';
import { studyHandlers, withoutStudyLog } from './studyHandlers';
import { sourcesHandlers } from './sourceHandlers';
import type { Handlers } from './router';

// study: the window reads the study log's results over the study channels, never the log itself.
function forTheWindow<Read extends { user: { studyLog: unknown[] } }>(library: Read): Read {
  return library.user.studyLog.length === 0 ? library : { ...library, user: { ...library.user, studyLog: [] } };
}

/** The channel-to-domain wiring; each handler receives an already validated request. */
export function briefingHandlers(
  store: FactStore,
  links: ExternalLinks,
  exportDeps: ExportDeps = refusingExportDeps,
  systemLanguages?: readonly string[],
): Omit<Handlers, ShellChannel> {
  // The library as stored, plus what the window needs to pick a first language (bounded as the contract bounds it).
  const languages = systemLanguages?.slice(0, 30).filter((tag) => tag.length <= 40);
  const library = () => forTheWindow({ ...store.library(), ...(languages ? { systemLanguages: languages } : {}) });
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

    undo: async () => withoutStudyLog(await store.undo()),
    redo: async () => withoutStudyLog(await store.redo()),

    openExternalLink: ({ url }) => links.open(url),

    ...exportHandlers(store, exportDeps),
    // briefs
    ...briefHandlers(store, exportDeps),
    // study
    ...studyHandlers(store, exportDeps.clock),
    ...sourcesHandlers(store, exportDeps),
  };
}
