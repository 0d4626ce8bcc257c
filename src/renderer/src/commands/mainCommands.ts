import { always, type Command } from './command';

// The main process has menu items of its own for these (Help → Where Your Data Lives…, About);
// these are for the palette and the shortcuts sheet.
export const showDataFolderCommand: Command = {
  id: 'show-data-folder',
  label: 'Show data folder',
  description: 'Where your notes, highlights, tags and backups are kept on this computer.',
  keywords: ['database', 'files', 'backup', 'where'],
  group: 'General',
  menu: false,
  when: always,
  perform: ({ effects }) => effects.runInMain('show-data-folder'),
};

export const aboutCommand: Command = {
  id: 'about',
  label: 'About Summit Briefing',
  keywords: ['version', 'help'],
  group: 'General',
  menu: false,
  when: always,
  perform: ({ effects }) => effects.runInMain('about'),
};
