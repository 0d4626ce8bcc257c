import { always, type CommandDefinition } from './command';

// The main process has menu items of its own for these (Help → Where Your Data Lives…, About);
// these are for the palette and the shortcuts sheet.
export const showDataFolderCommand: CommandDefinition = {
  id: 'show-data-folder',
  label: 'command.showDataFolder',
  description: 'command.showDataFolder.description',
  keywords: ['database', 'files', 'backup', 'where'],
  group: 'General',
  menu: false,
  when: always,
  perform: ({ effects }) => effects.runInMain('show-data-folder'),
};

export const aboutCommand: CommandDefinition = {
  id: 'about',
  label: 'command.about',
  keywords: ['version', 'help'],
  group: 'General',
  menu: false,
  when: always,
  perform: ({ effects }) => effects.runInMain('about'),
};
