import { cardOpen, modKeys, noDialog, type CommandContext, type CommandDefinition } from './command';

/** The briefs place may already be open: these act on it again. */
const briefsReachable = (context: CommandContext) => noDialog(context) || context.overlay === 'briefs';
const writable = (context: CommandContext) => !context.library.readOnly;
const hasBrief = (context: CommandContext) => context.library.user.briefs.length > 0;

export const openBriefsCommand: CommandDefinition = {
  id: 'briefs-open',
  label: 'briefs.command.open',
  buttonLabel: 'briefs.header.button',
  description: 'briefs.command.open.description',
  keywords: ['brief', 'meeting', 'talking points'],
  group: 'Briefs',
  shortcuts: modKeys('Mod+B'),
  when: noDialog,
  perform: ({ effects }) => effects.openBriefs(),
};

export const newBriefCommand: CommandDefinition = {
  id: 'briefs-new',
  label: 'briefs.command.new',
  keywords: ['create', 'brief', 'meeting'],
  group: 'Briefs',
  when: (context) => briefsReachable(context) && writable(context),
  perform: ({ effects }) => effects.openBriefs('new'),
};

export const briefFromCardsCommand: CommandDefinition = {
  id: 'briefs-from-cards',
  label: 'briefs.command.fromCards',
  description: 'briefs.command.fromCards.description',
  keywords: ['brief', 'starred', 'topic', 'tag', 'selection'],
  group: 'Briefs',
  when: (context) => noDialog(context) && writable(context),
  perform: ({ effects }) => effects.openBriefs('from-cards'),
};

export const addToBriefCommand: CommandDefinition = {
  id: 'briefs-add-to-brief',
  label: 'briefs.command.addToBrief',
  keywords: ['brief', 'talking point', 'highlight', 'note'],
  group: 'Briefs',
  when: (context) => cardOpen(context) && writable(context),
  perform: ({ effects, openCardId }) => {
    if (openCardId) effects.addToBrief(openCardId);
  },
};

export const exportBriefCommand: CommandDefinition = {
  id: 'briefs-export',
  label: 'briefs.command.export',
  keywords: ['brief', 'pdf', 'word', 'docx', 'markdown'],
  group: 'Briefs',
  when: (context) => briefsReachable(context) && hasBrief(context),
  perform: ({ effects }) => effects.openBriefs('export'),
};

export const meetingViewCommand: CommandDefinition = {
  id: 'briefs-meeting',
  label: 'briefs.command.meeting',
  keywords: ['brief', 'read', 'large'],
  group: 'Briefs',
  when: (context) => briefsReachable(context) && hasBrief(context),
  perform: ({ effects }) => effects.openBriefs('meeting'),
};

export const briefCommands: readonly CommandDefinition[] = [
  openBriefsCommand,
  newBriefCommand,
  briefFromCardsCommand,
  addToBriefCommand,
  exportBriefCommand,
  meetingViewCommand,
];
