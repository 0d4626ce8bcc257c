import type { Library } from '../../../shared/contract';
import { addNoteCommand, addTagCommand, highlightCommand } from './annotateCommands';
import { closeCardCommand } from './closeCardCommand';
import { translateCommands, type Command, type CommandDefinition } from './command';
import { backupCommand, exportMarkdownCommand, exportPdfCommand, importCommand } from './exportCommands';
import { filterCommands, goToTopicCommands, tagFilterCommands } from './goToCommands';
import { redoCommand, undoCommand } from './historyCommands';
import { aboutCommand, showDataFolderCommand } from './mainCommands';
import { newCardCommand } from './newCardCommand';
import { paletteCommand } from './paletteCommand';
import { searchCommand } from './searchCommand';
import { shortcutsCommand } from './shortcutsCommand';
import { starCommand } from './starCommand';
import { languageCommands } from './languageCommands';
import { themeCommands, toggleThemeCommand } from './themeCommands';
import { studyCommands } from './studyCommands';
import { sourceCommands } from './sourceCommands';
import type { Translate } from '../i18n/useT';
import { briefCommands } from './briefCommands';

export { translateCommands } from './command';
export type { Command, CommandDefinition, CommandContext, CommandEffects, Platform, Shortcuts } from './command';
export { CommandButton, commandTitle } from './CommandButton';
export { CommandPalette } from './CommandPalette';
export { ShortcutsSheet } from './ShortcutsSheet';
export { useCommands } from './useCommands';
export { usePublishedMenu } from './menuCommands';
export { shortcutLabel, currentPlatform } from './keys';

/** Every command that does not depend on the user's data, in the order the sheet lists them. */
export const staticCommands: readonly CommandDefinition[] = [
  paletteCommand,
  searchCommand,
  shortcutsCommand,
  newCardCommand,
  closeCardCommand,
  starCommand,
  addNoteCommand,
  highlightCommand,
  addTagCommand,
  undoCommand,
  redoCommand,
  exportPdfCommand,
  exportMarkdownCommand,
  backupCommand,
  importCommand,
  // briefs
  ...briefCommands,
  ...goToTopicCommands,
  ...filterCommands,
  toggleThemeCommand,
  ...themeCommands,
  showDataFolderCommand,
  aboutCommand,
  ...languageCommands,
  // study
  ...studyCommands,
  ...sourceCommands,
];

/** The registry for this library, in the window's language: the static commands and one filter per tag. */
export function commandsFor(library: Library, t: Translate): Command[] {
  return translateCommands([...staticCommands, ...tagFilterCommands(library)], t);
}
