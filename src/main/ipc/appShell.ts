import type { MainCommandId } from '../../shared/appCommands';
import type { PublishedCommand } from '../../shared/menuCommands';
import type { Language } from '../../shared/i18n/languages';

/**
 * What the window asks of the desktop shell rather than of the data: the native menu, rebuilt
 * from the commands the window published, and the commands the main process performs itself.
 * Electron's adapter rebuilds the Menu and shows its message boxes; tests and the browser target
 * record instead. The router has validated every payload before it reaches a shell.
 */
export interface AppShell {
  /** `language`: the window's, for the menu's own items; absent means English. */
  publishMenu(commands: readonly PublishedCommand[], language?: Language): void;
  runMainCommand(commandId: MainCommandId): Promise<void>;
}

/** The channels that reach the shell, not the store: the menu works even when the database cannot open. */
export type ShellChannel = 'publishMenu' | 'runMainCommand';

/** For tests and the browser target: keeps the last published list and the main commands asked for. */
export interface RecordingAppShell extends AppShell {
  readonly published: readonly PublishedCommand[];
  /** How many lists were published: a window that republishes an unchanged list is a bug. */
  readonly publications: number;
  /** The language the last list came with. */
  readonly language: Language | undefined;
  readonly ranMain: readonly MainCommandId[];
}

export function recordingAppShell(): RecordingAppShell {
  let published: readonly PublishedCommand[] = [];
  let publications = 0;
  let language: Language | undefined;
  const ranMain: MainCommandId[] = [];
  return {
    get published() {
      return published;
    },
    get publications() {
      return publications;
    },
    get language() {
      return language;
    },
    ranMain,
    publishMenu(commands, inLanguage) {
      published = commands;
      language = inLanguage;
      publications += 1;
    },
    runMainCommand(commandId) {
      ranMain.push(commandId);
      return Promise.resolve();
    },
  };
}
