/**
 * The channels that change the user's data. Each answers a change answer (what changed, the
 * history, the revision), which the window applies in revision order; contract.ts checks that
 * this list names exactly the channels whose response is one.
 */
export const changeChannelNames = [
  'setStarred',
  'createNote',
  'updateNote',
  'deleteNote',
  'createHighlight',
  'updateHighlight',
  'deleteHighlight',
  'createTag',
  'updateTag',
  'deleteTag',
  'setCardTags',
  'createCard',
  'updateCard',
  'deleteCard',
  'undo',
  'redo',
  'applyImport',
  // briefs
  'changeBrief',
  // study
  'rateStudyItem',
  'undoStudyRating',
  'setStudyItemSuspended',
  'updateStudyPreferences',
  'createStudyItem',
  'updateStudyItem',
  'deleteStudyItem',
  // sources
  'importSource',
  'removeSource',
  'createCollection',
  'renameCollection',
  'removeCollection',
  'carryCards',
] as const;

/**
 * Every IPC channel by name. This list has no dependencies so the preload (and the browser
 * test target's injected bridge) can build `window.briefing` without bundling the schemas;
 * `contract.ts` must give each name a request and response schema, which the compiler checks.
 */
export const channelNames = [
  'getLibrary',
  'getFirstScreen',
  'getLibraryPage',
  'getSaveState',
  'updateSettings',
  'openExternalLink',
  'exportPack',
  'exportBackup',
  'previewImport',
  'exportCollection',
  'revealExportedFile',
  'publishMenu',
  'runMainCommand',
  // briefs
  'exportBrief',
  // study
  'getStudySession',
  'getStudyStatistics',
  'startQuiz',
  'finishQuiz',
  // sources
  'readPastedSource',
  'readSourceFile',
  'changeSourceDraftRule',
  'previewCarryCards',
  ...changeChannelNames,
] as const;

export type ChannelName = (typeof channelNames)[number];

export type ChangeChannel = (typeof changeChannelNames)[number];

export const ipcChannelPrefix = 'briefing:';

export function ipcChannel(name: ChannelName): string {
  return `${ipcChannelPrefix}${name}`;
}

/**
 * Every main → window event by name: the other direction of the contract. The preload exposes a
 * subscription per name on `window.briefing.events`; `contract.ts` gives each a payload schema,
 * which the window checks before acting.
 */
export const eventNames = ['runCommand'] as const;

export type EventName = (typeof eventNames)[number];

export const ipcEventPrefix = 'briefing-event:';

export function ipcEvent(name: EventName): string {
  return `${ipcEventPrefix}${name}`;
}
