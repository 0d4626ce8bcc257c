import { z } from 'zod';
import { commandIdSchema } from './menuCommands';
import type { EventName } from './channels';

/**
 * What the main process sends the window, by event name (the other direction of the contract in
 * contract.ts); the window validates each payload before acting. Kept apart from contract.ts so
 * the window's start-up bundle takes this schema without every channel's.
 */
export const events = {
  /**
   * A native menu item was chosen: the window runs the command of that id (it knows the focus and
   * the screens). The main process sends only ids the window published; the window runs only
   * commands in its registry that are available now.
   */
  runCommand: z.object({ commandId: commandIdSchema }).strict(),
} satisfies Record<EventName, z.ZodType>;

export type EventPayload<Name extends EventName> = z.output<(typeof events)[Name]>;

/** `window.briefing.events`: one subscription per event; each returns its unsubscribe. */
export type BriefingEvents = { [Name in EventName]: (listener: (payload: unknown) => void) => () => void };
