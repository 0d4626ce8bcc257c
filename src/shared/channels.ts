/**
 * Every IPC channel by name. This list has no dependencies so the preload (and the browser
 * test target's injected bridge) can build `window.briefing` without bundling the schemas;
 * `contract.ts` must give each name a request and response schema, which the compiler checks.
 */
export const channelNames = [
  'getLibrary',
  'getSaveState',
  'updateSettings',
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
  'openExternalLink',
  'exportPack',
  'exportBackup',
  'previewImport',
  'applyImport',
  'revealExportedFile',
] as const;

export type ChannelName = (typeof channelNames)[number];

export const ipcChannelPrefix = 'briefing:';

export function ipcChannel(name: ChannelName): string {
  return `${ipcChannelPrefix}${name}`;
}
