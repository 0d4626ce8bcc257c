import { modKeys, noDialog, type CommandDefinition, type CommandContext } from './command';

/** The export screen may already be open: these start it again with the asked-for action. */
const exportable = (context: CommandContext) => noDialog(context) || context.overlay === 'export';

export const exportPdfCommand: CommandDefinition = {
  id: 'export-pdf',
  label: 'command.exportPdf',
  buttonLabel: 'header.export',
  keywords: ['print', 'pack', 'save'],
  group: 'Export',
  shortcuts: modKeys('Mod+E'),
  when: exportable,
  perform: ({ effects }) => effects.openExport(),
};

export const exportMarkdownCommand: CommandDefinition = {
  id: 'export-markdown',
  label: 'command.exportMarkdown',
  keywords: ['text', 'save'],
  group: 'Export',
  when: exportable,
  perform: ({ effects }) => effects.openExport('markdown'),
};

export const backupCommand: CommandDefinition = {
  id: 'export-backup',
  label: 'command.exportBackup',
  keywords: ['save', 'json', 'copy'],
  group: 'Export',
  shortcuts: modKeys('Mod+Shift+E'),
  when: exportable,
  perform: ({ effects }) => effects.openExport('backup'),
};

export const importCommand: CommandDefinition = {
  id: 'import-backup',
  label: 'command.importBackup',
  keywords: ['restore', 'open', 'json'],
  group: 'Export',
  shortcuts: modKeys('Mod+O'),
  when: (context) => exportable(context) && !context.library.readOnly,
  perform: ({ effects }) => effects.openExport('import'),
};
