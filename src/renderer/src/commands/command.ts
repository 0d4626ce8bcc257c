import type { Library } from '../../../shared/contract';
import type { MessageKey } from '../../../shared/i18n/catalogues';
import type { Language } from '../../../shared/i18n/languages';
import type { MainCommandId } from '../../../shared/appCommands';
import type { NativeMenu } from '../../../shared/menuCommands';
import type { ThemeChoice } from '../../../shared/schema/database';
import type { Translate } from '../i18n/useT';

/** macOS or everything else: the two keyboards a shortcut is written for. */
export type Platform = 'mac' | 'other';

/** Keys as `Mod+Shift+K`-style strings; `Mod` is Cmd on macOS and Ctrl elsewhere. */
export interface Shortcuts {
  mac: readonly string[];
  other: readonly string[];
}

/** What the window can do for a command; the library screen provides it. */
export interface CommandEffects {
  focusSearch(): void;
  newCard(): void;
  openCard(factId: string): void;
  closeCard(): void;
  toggleStar(factId: string): void;
  /** Presses a control of the open card's dialog: its "Add a note", "Highlight a phrase…", "Add tag". */
  pressInCard(control: 'add-note' | 'highlight' | 'add-tag'): void;
  undo(): void;
  redo(): void;
  openExport(start?: 'markdown' | 'backup' | 'import'): void;
  // briefs
  openBriefs(start?: 'new' | 'from-cards' | 'meeting' | 'export'): void;
  addToBrief(factId: string): void;
  select(selection: string): void;
  setTheme(theme: ThemeChoice): void;
  setLanguage(language: Language): void;
  showShortcuts(): void;
  showPalette(): void;
  /** Asks the main process to run one of its own commands (About, where the data lives). */
  runInMain(commandId: MainCommandId): void;
  // study
  openStudy(view: 'review' | 'quiz' | 'statistics'): void;
  /** "Study this" for every highlight of a card that is not a study item yet. */
  studyCardHighlights(factId: string): void;
  // sources
  /** Opens a source in the reader: the open card's, at its first paragraph, or the shipped article. */
  openSource(factId?: string): void;
  openSources(): void;
  importSource(): void;
  /** Presses the reader's "Make a card" for the text selected in it. */
  makeCardFromSelection(): void;
}

/** The state a command's `when` reads and its `perform` acts on. */
export interface CommandContext {
  library: Library;
  /** The card whose dialog is open, if one is. */
  openCardId: string | undefined;
  /** Which dialog is open over the library, if any ("card", "export", "palette", …). */
  overlay: string | undefined;
  canUndo: boolean;
  canRedo: boolean;
  theme: ThemeChoice;
  language: Language;
  effects: CommandEffects;
}

export type CommandGroup =
  | 'General'
  | 'Cards'
  | 'Edit'
  | 'Export'
  | 'Go to'
  | 'Filter'
  | 'View'
  | 'Language'
  // briefs
  | 'Briefs';

/** The group names as the sheet and the palette show them. */
export const groupKeys: Record<CommandGroup, MessageKey> = {
  General: 'commandGroup.general',
  Cards: 'commandGroup.cards',
  Edit: 'commandGroup.edit',
  Export: 'commandGroup.export',
  'Go to': 'commandGroup.goTo',
  Filter: 'commandGroup.filter',
  View: 'commandGroup.view',
  Language: 'commandGroup.language',
  // briefs
  Briefs: 'briefs.commandGroup',
};

/** A catalogue key, or the text made from keys and data ("Go to {topic}", a tag's name). */
export type CommandText = MessageKey | ((t: Translate) => string);

/**
 * One command, one shape (excalidraw's actions): buttons, keys, the palette, the shortcuts sheet
 * and the native menu all read this, with `label` already in the window's language.
 */
export interface Command {
  id: string;
  label: string;
  /** A shorter text for a button whose place says the rest ("Export" in the header); the tooltip keeps `label`. */
  buttonLabel?: string;
  description?: string;
  keywords?: readonly string[];
  /** The group the shortcuts sheet and the palette list it under (an id: `groupLabel` is what shows). */
  group: CommandGroup;
  groupLabel: string;
  shortcuts?: Shortcuts;
  /** Keys that still run it while a text field has the focus (the palette's own keys do). */
  inTextFields?: boolean;
  /**
   * The native menu it is listed in; by default the one its group belongs to (menuCommands.ts),
   * false for none (a command per tag, or one the main process has an item of its own for).
   */
  menu?: NativeMenu | false;
  /**
   * The native menu item stays enabled whatever `when` says: Undo and Redo, which in a text field
   * are the field's own (on macOS the menu owns Cmd+Z; a disabled item would take it from the field).
   */
  menuAlwaysEnabled?: boolean;
  /** For an on/off command (the theme in use): whether it is on now; the menu shows a check. */
  checked?(context: CommandContext): boolean;
  when(context: CommandContext): boolean;
  perform(context: CommandContext): void;
}

/** A command as written in its file: its texts are catalogue keys, translated by `translateCommands`. */
export interface CommandDefinition extends Omit<Command, 'label' | 'buttonLabel' | 'description' | 'groupLabel'> {
  label: CommandText;
  buttonLabel?: CommandText;
  description?: CommandText;
}

function text(value: CommandText, t: Translate): string {
  return typeof value === 'function' ? value(t) : t(value);
}

/** The registry in the window's language: what every reader of a command sees. */
export function translateCommands(definitions: readonly CommandDefinition[], t: Translate): Command[] {
  return definitions.map(({ label, buttonLabel, description, ...rest }) => ({
    ...rest,
    label: text(label, t),
    ...(buttonLabel ? { buttonLabel: text(buttonLabel, t) } : {}),
    ...(description ? { description: text(description, t) } : {}),
    groupLabel: t(groupKeys[rest.group]),
  }));
}

/** The same `Mod+…` keys on both platforms. */
export function modKeys(...keys: string[]): Shortcuts {
  return { mac: keys, other: keys };
}

export const always = (): boolean => true;
export const cardOpen = (context: CommandContext): boolean => context.openCardId !== undefined;
/** Commands that open a screen of their own wait until no other dialog is over the library. */
export const noDialog = (context: CommandContext): boolean =>
  context.overlay === undefined || context.overlay === 'palette';
