import { z } from 'zod';
import { highlightTargetSchema } from './annotation/textSelectors';
import { collectionContentsSchema, importSummarySchema } from './export/backupSchemas';
import { exportOptionsSchema, exportSelectionSchema } from './export/exportSchemas';
import type { ChangeChannel, ChannelName } from './channels';
import { BriefingError, describeIssues, type BriefingErrorData } from './errors';
import { firstScreenMaxCards } from './firstScreen';
import { libraryPageMaxRecords, libraryPageRecordsSchema } from './schema/libraryPage';
import {
  highlightColorSchema,
  highlightCommentSchema,
  noteMarkdownSchema,
  tagColorSchema,
  tagNameSchema,
} from './schema/annotations';
import { newIdSchema } from './schema/clientIds';
import { ownCardInputSchema } from './schema/ownCard';
import { factSchema, idSchema } from './schema/fact';
import { sourceSchema } from './schema/source';
import { settingsSchema, userDataSchema } from './schema/database';
import { mainCommandIds } from './appCommands';
import { publishedMenuSchema } from './menuCommands';
import { changeAnswerSchema, historyStateSchema, type ChangeAnswer } from './schema/userDataPatch';
import { languages } from './i18n/languages';
import { briefChangedShape, briefRequestSchema, exportBriefRequestSchema } from './briefs/briefRequests';
import { studyContract } from './study/studyContract';
import { collectionNameSchema } from './sources/collections';
import { sourceDraftPreviewSchema } from './sources/draftPreview';
import { carryPlanSummarySchema } from './sources/carryCards';
import { paragraphRules } from './sources/paragraphs/paragraphRuleNames';

export { historyStateSchema, type HistoryState } from './schema/userDataPatch';

/**
 * Told to the user once, at start: what recovery did with a damaged database file (restored a
 * backup, or started fresh) or with a damaged journal of changes (kept it aside and opened with
 * the changes before the damage).
 */
export const startupNoticeSchema = z
  .object({
    kind: z.enum(['restored-from-backup', 'started-fresh', 'journal-repaired']),
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
  /** The revision of the saved state shown; change answers carry later ones. */
  revision: z.number().int().nonnegative(),
  notice: startupNoticeSchema.optional(),
  /** Set when the data folder cannot be written: the data is shown and every change is refused with this reason. */
  readOnly: z.object({ reason: z.string() }).strict().optional(),
  databaseFile: z.string(),
  /** The operating system's preferred languages (Electron's app.getPreferredSystemLanguages), for a first start's language. */
  systemLanguages: z.array(z.string().max(40)).max(30).optional(),
});

/** How saving is going, for the window's save status while it waits for answers. */
export const saveStateSchema = z
  .object({
    /** idle: everything asked for is on disk; saving: a write is on its way; retrying: the disk refused it and it is being tried again. */
    status: z.enum(['idle', 'saving', 'retrying']),
    /** Changes waiting for their write. */
    pending: z.number().int().nonnegative(),
    revision: z.number().int().nonnegative(),
    /** While retrying: what the disk said, for a person. */
    problem: z.string().optional(),
  })
  .strict();

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
export type StartupNotice = z.infer<typeof startupNoticeSchema>;
export type SaveState = z.infer<typeof saveStateSchema>;

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
  /** The cards painted first and the sidebar's counts, before the whole library has crossed (issue 14). */
  getFirstScreen: channel({
    request: z.object({ limit: z.number().int().min(1).max(firstScreenMaxCards) }).strict(),
    response: z
      .object({
        library: librarySchema,
        selection: z.string().max(200),
        total: z.number().int().nonnegative(),
        counts: z.record(z.string(), z.number().int().nonnegative()),
      })
      .strict(),
  }),
  /**
   * The library in pages, after the first screen (issue 14): the first page (no `revision`)
   * answers the revision it read, and every later page asked for with that revision is of that
   * same saved state, so the pages add up to exactly one `getLibrary`.
   */
  getLibraryPage: channel({
    request: z
      .object({
        revision: z.number().int().nonnegative().optional(),
        /** How many records (of all the paged lists, end to end) come before this page. */
        after: z.number().int().nonnegative(),
        limit: z.number().int().min(1).max(libraryPageMaxRecords),
      })
      .strict(),
    response: z
      .object({
        revision: z.number().int().nonnegative(),
        /** How many records the pages hold in all. */
        total: z.number().int().nonnegative(),
        records: libraryPageRecordsSchema,
        /** Where the next page starts; absent on the last. */
        next: z.number().int().positive().optional(),
        /** On the first page: the library without the paged lists (tags, stars, settings, history…). */
        library: librarySchema.optional(),
      })
      .strict(),
  }),
  getSaveState: channel({ request: empty, response: saveStateSchema }),
  updateSettings: channel({
    // `collectionScope: null` goes back to every collection (an absent key is no change).
    request: settingsSchema.partial().extend({ collectionScope: idSchema.nullable().optional() }).strict(),
    response: settingsSchema,
  }),
  setStarred: channel({
    request: z.object({ factId: idSchema, starred: z.boolean() }).strict(),
    response: changeAnswerSchema,
  }),

  createNote: channel({
    request: z.object({ id: newIdSchema('note'), factId: idSchema, markdown: noteMarkdownSchema }).strict(),
    response: changeAnswerSchema,
  }),
  updateNote: channel({
    request: z.object({ noteId: idSchema, markdown: noteMarkdownSchema }).strict(),
    response: changeAnswerSchema,
  }),
  deleteNote: channel({
    request: z.object({ noteId: idSchema }).strict(),
    response: changeAnswerSchema,
  }),

  createHighlight: channel({
    request: z
      .object({
        id: newIdSchema('highlight'),
        factId: idSchema,
        target: highlightTargetSchema,
        color: highlightColorSchema,
        comment: highlightCommentSchema.optional(),
      })
      .strict(),
    response: changeAnswerSchema,
  }),
  updateHighlight: channel({
    request: z
      .object({
        highlightId: idSchema,
        color: highlightColorSchema.optional(),
        comment: highlightCommentSchema.optional(),
      })
      .strict(),
    response: changeAnswerSchema,
  }),
  deleteHighlight: channel({
    request: z.object({ highlightId: idSchema }).strict(),
    response: changeAnswerSchema,
  }),

  createTag: channel({
    request: z
      .object({
        id: newIdSchema('tag'),
        name: tagNameSchema,
        color: tagColorSchema,
        /** A card to put the new tag on in the same step, so one undo takes both back. */
        applyTo: idSchema.optional(),
      })
      .strict(),
    response: changeAnswerSchema,
  }),
  updateTag: channel({
    request: z.object({ tagId: idSchema, name: tagNameSchema.optional(), color: tagColorSchema.optional() }).strict(),
    response: changeAnswerSchema,
  }),
  deleteTag: channel({
    request: z.object({ tagId: idSchema }).strict(),
    response: changeAnswerSchema,
  }),
  setCardTags: channel({
    request: z.object({ factId: idSchema, tagIds: z.array(idSchema).max(50) }).strict(),
    response: changeAnswerSchema,
  }),

  createCard: channel({
    request: z.object({ id: newIdSchema('card'), card: ownCardInputSchema }).strict(),
    response: changeAnswerSchema,
  }),
  updateCard: channel({
    request: z.object({ factId: idSchema, card: ownCardInputSchema }).strict(),
    response: changeAnswerSchema,
  }),
  deleteCard: channel({
    request: z.object({ factId: idSchema }).strict(),
    response: changeAnswerSchema,
  }),

  undo: channel({ request: empty, response: changeAnswerSchema }),
  redo: channel({ request: empty, response: changeAnswerSchema }),

  openExternalLink: channel({
    request: z.object({ url: z.string().max(2048) }).strict(),
    response: z.union([
      z.object({ opened: z.literal(true) }).strict(),
      z.object({ opened: z.literal(false), reason: z.enum(['declined', 'unsafe']) }).strict(),
    ]),
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
          /** Set when the file is one collection (its id, name and what it holds), not a whole backup. */
          collection: z
            .object({ id: idSchema, name: z.string().min(1).max(120), contents: collectionContentsSchema })
            .strict()
            .optional(),
        })
        .strict(),
    ]),
  }),
  applyImport: channel({
    request: z.object({ token: z.string().min(1).max(100) }).strict(),
    response: changeAnswerSchema.extend({ summary: importSummarySchema }).strict(),
  }),
  /** One collection as a backup-format file, saved where the save dialog says; the answer says what it holds. */
  exportCollection: channel({
    request: z.object({ collectionId: idSchema }).strict(),
    response: z.discriminatedUnion('status', [
      z
        .object({
          status: z.literal('saved'),
          filePath: z.string(),
          bytes: z.number().int().nonnegative(),
          name: z.string().min(1).max(120),
          contents: collectionContentsSchema,
        })
        .strict(),
      z.object({ status: z.literal('cancelled') }).strict(),
    ]),
  }),
  revealExportedFile: channel({
    request: z.object({ filePath: z.string().min(1).max(4096) }).strict(),
    response: z.object({ revealed: z.literal(true) }).strict(),
  }),

  /** The window's menu-worthy commands, sent whenever they change; the main process rebuilds its menu from them. */
  publishMenu: channel({
    // The window's language, so the menu's own items (File, Edit, About…) speak it too.
    request: z.object({ commands: publishedMenuSchema, language: z.enum(languages).optional() }).strict(),
    response: z.object({ published: z.number().int().nonnegative() }).strict(),
  }),
  /** A registry command the main process performs: "Show data folder", "About". */
  runMainCommand: channel({
    request: z.object({ commandId: z.enum(mainCommandIds) }).strict(),
    response: z.object({ done: z.literal(true) }).strict(),
  }),

  // briefs
  /** Every brief operation (issue 15): one change, journaled and undoable like a note's. */
  changeBrief: channel({
    request: briefRequestSchema,
    response: changeAnswerSchema.extend(briefChangedShape).strict(),
  }),
  /** A brief as PDF, Markdown or Word, saved where the save dialog says. */
  exportBrief: channel({ request: exportBriefRequestSchema, response: savedFileSchema }),
  // study
  ...studyContract,
  // sources
  /** Pasted text read into a draft the main process holds; the pasted-text bound is checked there, in bytes. */
  readPastedSource: channel({
    request: z.object({ text: z.string().max(21 * 1024 * 1024) }).strict(),
    response: sourceDraftPreviewSchema,
  }),
  /** The main process's own open dialog chooses the file; the window never names a path. */
  readSourceFile: channel({
    request: empty,
    response: z.discriminatedUnion('status', [
      z.object({ status: z.literal('cancelled') }).strict(),
      z.object({ status: z.literal('ready'), draft: sourceDraftPreviewSchema }).strict(),
    ]),
  }),
  changeSourceDraftRule: channel({
    request: z.object({ token: z.string().min(1).max(100), rule: z.enum(paragraphRules) }).strict(),
    response: sourceDraftPreviewSchema,
  }),
  importSource: channel({
    request: z
      .object({
        token: z.string().min(1).max(100),
        collectionId: idSchema,
        // Checked field by field by the core's sourceMetadataSchema, which says what to correct.
        metadata: z.record(z.string(), z.string().max(4096).optional()),
        /** The source this is a new version of: in the same collection, and not already superseded. */
        supersedes: idSchema.optional(),
      })
      .strict(),
    response: changeAnswerSchema.extend({ sourceId: idSchema }).strict(),
  }),
  /** Which of the user's cards on the earlier version of `sourceId` would move to it, and why the others stay. */
  previewCarryCards: channel({
    request: z.object({ sourceId: idSchema }).strict(),
    response: carryPlanSummarySchema,
  }),
  /** Moves them, as one undoable change; the plan is worked out again here, never taken from the window. */
  carryCards: channel({
    request: z.object({ sourceId: idSchema }).strict(),
    response: changeAnswerSchema
      .extend({ moved: z.number().int().nonnegative(), stayed: z.number().int().nonnegative() })
      .strict(),
  }),
  removeSource: channel({
    request: z.object({ sourceId: idSchema }).strict(),
    response: changeAnswerSchema,
  }),
  createCollection: channel({
    request: z.object({ name: collectionNameSchema }).strict(),
    response: changeAnswerSchema.extend({ collectionId: idSchema }).strict(),
  }),
  renameCollection: channel({
    request: z.object({ collectionId: idSchema, name: collectionNameSchema }).strict(),
    response: changeAnswerSchema,
  }),
  removeCollection: channel({
    request: z.object({ collectionId: idSchema }).strict(),
    response: changeAnswerSchema,
  }),
} satisfies Record<ChannelName, ChannelDefinition<z.ZodType, z.ZodType>>;

export type Contract = typeof contract;
export type RequestOf<Name extends ChannelName> = z.input<Contract[Name]['request']>;
export type ResponseOf<Name extends ChannelName> = z.output<Contract[Name]['response']>;

/** What crosses the process boundary: never a thrown error, whose message Electron would mangle. */
export type Envelope<Value> = { ok: true; value: Value } | { ok: false; error: BriefingErrorData };

/**
 * Throws an invalid-response BriefingError when `value` is not what `name` answers. The router
 * checks every answer before it leaves the main process; the window checks again on arrival in
 * development builds and tests (src/renderer/src/service), where a drifted contract shows at once.
 */
export function checkResponse(name: ChannelName, value: unknown): void {
  const parsed = contract[name].response.safeParse(value);
  if (!parsed.success) {
    throw new BriefingError({
      code: 'invalid-response',
      message: `"${name}" answered something this window does not recognise.`,
      details: describeIssues(parsed.error),
    });
  }
}

/** The channels whose answer is a change answer, read off the contract. */
type AnswersAChange = { [Name in ChannelName]: ResponseOf<Name> extends ChangeAnswer ? Name : never }[ChannelName];

// channels.ts lists the change channels without the schemas (the window's start-up bundle needs the
// list, not the schemas); this fails to compile if the list and the contract ever disagree.
const changeChannelsMatchTheContract: [AnswersAChange] extends [ChangeChannel]
  ? [ChangeChannel] extends [AnswersAChange]
    ? true
    : false
  : false = true;
void changeChannelsMatchTheContract;

export { events, type BriefingEvents, type EventPayload } from './events';
