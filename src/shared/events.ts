import { z } from 'zod';
import { windowCommandIds } from './appCommands';
import type { EventName } from './channels';

/**
 * What the main process sends the window, by event name (the other direction of the contract in
 * contract.ts); the window validates each payload before acting. Kept apart from contract.ts so
 * the window's start-up bundle takes this schema without every channel's.
 */
export const events = {
  /** A native menu item was chosen: the window runs the command (it knows the focus and the screens). */
  runCommand: z.object({ commandId: z.enum(windowCommandIds) }).strict(),
} satisfies Record<EventName, z.ZodType>;

export type EventPayload<Name extends EventName> = z.output<(typeof events)[Name]>;

/** `window.briefing.events`: one subscription per event; each returns its unsubscribe. */
export type BriefingEvents = { [Name in EventName]: (listener: (payload: unknown) => void) => () => void };
