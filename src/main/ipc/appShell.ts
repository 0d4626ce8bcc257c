import type { MainCommandId } from '../../shared/appCommands';
import type { PublishedCommand } from '../../shared/menuCommands';

/**
 * What the window asks of the desktop shell rather than of the data: the native menu, rebuilt
 * from the commands the window published, and the commands the main process performs itself.
 * Electron's adapter rebuilds the Menu and shows its message boxes; tests and the browser target
 * record instead. The router has validated every payload before it reaches a shell.
 */
export interface AppShell {
  publishMenu(commands: readonly PublishedCommand[]): void;
  runMainCommand(commandId: MainCommandId): Promise<void>;
}

/** The channels that reach the shell, not the store: the menu works even when the database cannot open. */
export type ShellChannel = 'publishMenu' | 'runMainCommand';

/** For tests and the browser target: keeps the last published list and the main commands asked for. */
export interface RecordingAppShell extends AppShell {
  readonly published: readonly PublishedCommand[];
  /** How many lists were published: a window that republishes an unchanged list is a bug. */
  readonly publications: number;
  readonly ranMain: readonly MainCommandId[];
}

export function recordingAppShell(): RecordingAppShell {
  let published: readonly PublishedCommand[] = [];
  let publications = 0;
  const ranMain: MainCommandId[] = [];
  return {
    get published() {
      return published;
    },
    get publications() {
      return publications;
    },
    ranMain,
    publishMenu(commands) {
      published = commands;
      publications += 1;
    },
    runMainCommand(commandId) {
      ranMain.push(commandId);
      return Promise.resolve();
    },
  };
}
