import { modKeys, noDialog, type Command, type CommandContext } from './command';

/** The export screen may already be open: these start it again with the asked-for action. */
const exportable = (context: CommandContext) => noDialog(context) || context.overlay === 'export';

export const exportPdfCommand: Command = {
  id: 'export-pdf',
  label: 'Export PDF briefing pack…',
  buttonLabel: 'Export',
  keywords: ['print', 'pack', 'save'],
  group: 'Export',
  shortcuts: modKeys('Mod+E'),
  when: exportable,
  perform: ({ effects }) => effects.openExport(),
};

export const exportMarkdownCommand: Command = {
  id: 'export-markdown',
  label: 'Export Markdown…',
  keywords: ['text', 'save'],
  group: 'Export',
  when: exportable,
  perform: ({ effects }) => effects.openExport('markdown'),
};

export const backupCommand: Command = {
  id: 'export-backup',
  label: 'Export backup…',
  keywords: ['save', 'json', 'copy'],
  group: 'Export',
  shortcuts: modKeys('Mod+Shift+E'),
  when: exportable,
  perform: ({ effects }) => effects.openExport('backup'),
};

export const importCommand: Command = {
  id: 'import-backup',
  label: 'Import backup…',
  keywords: ['restore', 'open', 'json'],
  group: 'Export',
  shortcuts: modKeys('Mod+O'),
  when: (context) => exportable(context) && !context.library.readOnly,
  perform: ({ effects }) => effects.openExport('import'),
};
