import { noDialog, type CommandContext, type CommandDefinition } from './command';

const writable = (context: CommandContext) => !context.library.readOnly;

/** The open card cites a source (a shipped card, or one made from a source): "Read the source" goes to it. */
const cardCitesSource = (context: CommandContext) => {
  const id = context.openCardId;
  if (!id) return false;
  // A window still reading its library in pages may not hold every list yet.
  const fact =
    context.library.facts?.find((candidate) => candidate.id === id) ??
    context.library.user?.ownFacts?.find((candidate) => candidate.id === id);
  return Boolean(fact?.sourceId && fact.paragraphs?.length);
};

export const openSourceCommand: CommandDefinition = {
  id: 'open-source',
  label: 'sources.command.openSource',
  keywords: ['article', 'paragraph', '¶', 'source', 'read'],
  group: 'Go to',
  when: (context) => noDialog(context) || (context.overlay === 'card' && cardCitesSource(context)),
  perform: ({ effects, openCardId }) => effects.openSource(openCardId),
};

export const sourcesListCommand: CommandDefinition = {
  id: 'sources-list',
  label: 'sources.command.list',
  keywords: ['articles', 'sources', 'collections'],
  group: 'Go to',
  when: noDialog,
  perform: ({ effects }) => effects.openSources(),
};

export const importSourceCommand: CommandDefinition = {
  id: 'import-source',
  label: 'sources.command.import',
  keywords: ['paste', 'article', 'pdf', 'html', 'markdown', 'web page', 'open file'],
  group: 'Cards',
  menu: 'File',
  when: (context) => (noDialog(context) || context.overlay === 'sources') && writable(context),
  perform: ({ effects }) => effects.importSource(),
};

export const makeCardFromSelectionCommand: CommandDefinition = {
  id: 'make-card-from-selection',
  label: 'sources.command.makeCard',
  keywords: ['quote', 'selection', 'new card'],
  group: 'Cards',
  when: (context) => context.overlay === 'source' && writable(context),
  perform: ({ effects }) => effects.makeCardFromSelection(),
};

export const sourceCommands: readonly CommandDefinition[] = [
  openSourceCommand,
  sourcesListCommand,
  importSourceCommand,
  makeCardFromSelectionCommand,
];
