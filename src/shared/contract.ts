import { z } from 'zod';
import { highlightTargetSchema } from './annotation/textSelectors';
import { importSummarySchema } from './export/backupSchemas';
import { exportOptionsSchema, exportSelectionSchema } from './export/exportSchemas';
import type { ChannelName } from './channels';
import type { BriefingEvents } from './events';
import type { BriefingErrorData } from './errors';
import {
  highlightColorSchema,
  highlightCommentSchema,
  highlightSchema,
  noteMarkdownSchema,
  noteSchema,
  tagColorSchema,
  tagNameSchema,
  tagSchema,
} from './schema/annotations';
import { ownCardInputSchema } from './schema/ownCard';
import { factSchema, idSchema } from './schema/fact';
import { sourceSchema } from './schema/source';
import { settingsSchema, userDataSchema } from './schema/database';

/** Whether undo and redo have anything to do; every change answers it so the menu stays right. */
export const historyStateSchema = z.object({ canUndo: z.boolean(), canRedo: z.boolean() }).strict();

/** Told to the user once, at start: what recovery did with a damaged database. */
export const startupNoticeSchema = z
  .object({
    kind: z.enum(['restored-from-backup', 'started-fresh']),
    message: z.string(),
    damagedFile: z.string(),
    backupFile: z.string().optional(),
  })
  .strict();

export const librarySchema = z.object({
  seedRevision: z.number().int().nonnegative(),
  sources: z.array(sourceSchema),
  /** The shipped cards; the user's own are in `user.ownFacts`. */
  facts: z.array(factSchema),
  user: userDataSchema,
  settings: settingsSchema,
  history: historyStateSchema,
  notice: startupNoticeSchema.optional(),
  databaseFile: z.string(),
});

const withHistory = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.object({ ...shape, history: historyStateSchema }).strict();

/** What a save answers: where the file went (only ever a path the user chose), or that they cancelled. */
export const savedFileSchema = z.discriminatedUnion('status', [
  z
    .object({
      status: z.literal('saved'),
      filePath: z.string(),
      bytes: z.number().int().nonnegative(),
      pages: z.number().int().positive().optional(),
    })
    .strict(),
  z.object({ status: z.literal('cancelled') }).strict(),
]);

export type SavedFile = z.infer<typeof savedFileSchema>;

export type Library = z.infer<typeof librarySchema>;
export type HistoryState = z.infer<typeof historyStateSchema>;
export type StartupNotice = z.infer<typeof startupNoticeSchema>;

interface ChannelDefinition<Request extends z.ZodType, Response extends z.ZodType> {
  request: Request;
  response: Response;
}

function channel<Request extends z.ZodType, Response extends z.ZodType>(
  definition: ChannelDefinition<Request, Response>,
): ChannelDefinition<Request, Response> {
  return definition;
}

const empty = z.object({}).strict();

/** The one place a channel's payloads are defined. Preload, router, client and test bridge derive from it. */
export const contract = {
  getLibrary: channel({ request: empty, response: librarySchema }),
  updateSettings: channel({ request: settingsSchema.partial().strict(), response: settingsSchema }),
  setStarred: channel({
    request: z.object({ factId: idSchema, starred: z.boolean() }).strict(),
    response: withHistory({ starred: z.array(idSchema) }),
  }),

  createNote: channel({
    request: z.object({ factId: idSchema, markdown: noteMarkdownSchema }).strict(),
    response: withHistory({ note: noteSchema }),
  }),
  updateNote: channel({
    request: z.object({ noteId: idSchema, markdown: noteMarkdownSchema }).strict(),
    response: withHistory({ note: noteSchema }),
  }),
  deleteNote: channel({
    request: z.object({ noteId: idSchema }).strict(),
    response: withHistory({ noteId: idSchema }),
  }),

  createHighlight: channel({
    request: z
      .object({
        factId: idSchema,
        target: highlightTargetSchema,
        color: highlightColorSchema,
        comment: highlightCommentSchema.optional(),
      })
      .strict(),
    response: withHistory({ highlight: highlightSchema }),
  }),
  updateHighlight: channel({
    request: z
      .object({
        highlightId: idSchema,
        color: highlightColorSchema.optional(),
        comment: highlightCommentSchema.optional(),
      })
      .strict(),
    response: withHistory({ highlight: highlightSchema }),
  }),
  deleteHighlight: channel({
    request: z.object({ highlightId: idSchema }).strict(),
    response: withHistory({ highlightId: idSchema }),
  }),

  createTag: channel({
    request: z.object({ name: tagNameSchema, color: tagColorSchema }).strict(),
    response: withHistory({ tag: tagSchema }),
  }),
  updateTag: channel({
    request: z.object({ tagId: idSchema, name: tagNameSchema.optional(), color: tagColorSchema.optional() }).strict(),
    response: withHistory({ tag: tagSchema }),
  }),
  deleteTag: channel({
    request: z.object({ tagId: idSchema }).strict(),
    response: withHistory({ tagId: idSchema, cardTags: z.record(idSchema, z.array(idSchema)) }),
  }),
  setCardTags: channel({
    request: z.object({ factId: idSchema, tagIds: z.array(idSchema).max(50) }).strict(),
    response: withHistory({ factId: idSchema, tagIds: z.array(idSchema) }),
  }),

  createCard: channel({
    request: ownCardInputSchema,
    response: withHistory({ fact: factSchema }),
  }),
  updateCard: channel({
    request: z.object({ factId: idSchema, card: ownCardInputSchema }).strict(),
    response: withHistory({ fact: factSchema, highlights: z.array(highlightSchema) }),
  }),
  deleteCard: channel({
    request: z.object({ factId: idSchema }).strict(),
    response: withHistory({ factId: idSchema }),
  }),

  undo: channel({ request: empty, response: withHistory({ user: userDataSchema }) }),
  redo: channel({ request: empty, response: withHistory({ user: userDataSchema }) }),

  openExternalLink: channel({
    request: z.object({ url: z.string().max(2048) }).strict(),
    response: z.object({ opened: z.boolean() }).strict(),
  }),

  exportPack: channel({
    request: z
      .object({ format: z.enum(['pdf', 'markdown']), selection: exportSelectionSchema, options: exportOptionsSchema })
      .strict(),
    response: savedFileSchema,
  }),
  exportBackup: channel({ request: empty, response: savedFileSchema }),
  previewImport: channel({
    request: empty,
    response: z.discriminatedUnion('status', [
      z.object({ status: z.literal('cancelled') }).strict(),
      z
        .object({
          status: z.literal('ready'),
          token: z.string().min(1).max(100),
          fileName: z.string(),
          exportedAt: z.string(),
          summary: importSummarySchema,
        })
        .strict(),
    ]),
  }),
  applyImport: channel({
    request: z.object({ token: z.string().min(1).max(100) }).strict(),
    response: withHistory({ summary: importSummarySchema }),
  }),
  revealExportedFile: channel({
    request: z.object({ filePath: z.string().min(1).max(4096) }).strict(),
    response: z.object({ revealed: z.literal(true) }).strict(),
  }),
} satisfies Record<ChannelName, ChannelDefinition<z.ZodType, z.ZodType>>;

export type Contract = typeof contract;
export type RequestOf<Name extends ChannelName> = z.input<Contract[Name]['request']>;
export type ResponseOf<Name extends ChannelName> = z.output<Contract[Name]['response']>;

/** What crosses the process boundary: never a thrown error, whose message Electron would mangle. */
export type Envelope<Value> = { ok: true; value: Value } | { ok: false; error: BriefingErrorData };

export { events, type BriefingEvents, type EventPayload } from './events';

/**
 * The shape of `window.briefing`: one function per channel, returning the raw envelope, and the
 * event subscriptions (absent where nothing sends events, as in component tests).
 */
export type BriefingBridge = { [Name in ChannelName]: (request: unknown) => Promise<Envelope<ResponseOf<Name>>> } & {
  events?: BriefingEvents;
};
