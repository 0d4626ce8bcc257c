import { z } from 'zod';

/** The native menus the window's commands are arranged into; the OS roles and Help are the main process's own. */
export const nativeMenus = ['File', 'Edit', 'View', 'Go'] as const;
export type NativeMenu = (typeof nativeMenus)[number];

export const commandIdSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9:-]+$/, 'A command id is lower-case letters, digits, ":" and "-".');

/** Electron's accelerator syntax ("CmdOrCtrl+Shift+E", "Esc", "?"): modifiers, then one key. */
const acceleratorSchema = z
  .string()
  .min(1)
  .max(40)
  .regex(/^(?:(?:CmdOrCtrl|Shift|Alt)\+)*(?:[A-Za-z0-9]+|[?/!@#$%^&*()_=~`[\]{};:'",.<>|\\-])$/, 'Not an accelerator.');

/**
 * One command as the window publishes it for the native menu: its registry id and label, where it
 * goes, its key in Electron's syntax, and whether it can run now. The main process trusts none of
 * it beyond this schema: it only builds menu items that send the id back.
 */
export const publishedCommandSchema = z
  .object({
    id: commandIdSchema,
    label: z.string().trim().min(1).max(120),
    menu: z.enum(nativeMenus),
    /** The registry's group: commands of one group sit together, separated from the next group. */
    group: z.string().min(1).max(40),
    accelerator: acceleratorSchema.optional(),
    enabled: z.boolean(),
    /** Present for an item that is on or off (the theme in use). */
    checked: z.boolean().optional(),
  })
  .strict();

export const maxPublishedCommands = 200;

export const publishedMenuSchema = z
  .array(publishedCommandSchema)
  .max(maxPublishedCommands)
  .superRefine((commands, context) => {
    const seen = new Set<string>();
    for (const [index, command] of commands.entries()) {
      if (seen.has(command.id)) {
        context.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `The command "${command.id}" is listed twice.`,
        });
      }
      seen.add(command.id);
    }
  });

export type PublishedCommand = z.infer<typeof publishedCommandSchema>;
