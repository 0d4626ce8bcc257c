import { modKeys, noDialog, type CommandDefinition } from './command';

export const newCardCommand: CommandDefinition = {
  id: 'new-card',
  label: 'command.newCard',
  description: 'command.newCard.description',
  keywords: ['create', 'add card'],
  group: 'Cards',
  menu: 'File',
  shortcuts: modKeys('Mod+N'),
  when: (context) => noDialog(context) && !context.library.readOnly,
  perform: ({ effects }) => effects.newCard(),
};
