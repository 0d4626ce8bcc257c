import { z } from 'zod';
import { paperSizes } from '../export/exportSchemas';
import { languages } from '../i18n/languages';
import { idSchema } from '../schema/fact';
import { addToBriefInputSchema } from './addToBrief';
import { briefFromCardsInputSchema } from './briefFromCards';
import {
  addItemInputSchema,
  briefIdInputSchema,
  createBriefInputSchema,
  itemIdInputSchema,
  moveItemInputSchema,
  reorderSectionInputSchema,
  updateBriefHeaderInputSchema,
  updateItemInputSchema,
} from './briefInputs';

/**
 * Every brief operation of the core as one IPC request, told apart by `operation`: the core's own
 * input schemas, so the contract and the operations can never disagree about what is valid.
 */
export const briefRequestSchema = z.discriminatedUnion('operation', [
  createBriefInputSchema.extend({ operation: z.literal('create') }),
  briefFromCardsInputSchema.extend({ operation: z.literal('createFromCards') }),
  updateBriefHeaderInputSchema.extend({ operation: z.literal('updateHeader') }),
  briefIdInputSchema.extend({ operation: z.literal('delete') }),
  addItemInputSchema.extend({ operation: z.literal('addItem') }),
  updateItemInputSchema.extend({ operation: z.literal('updateItem') }),
  itemIdInputSchema.extend({ operation: z.literal('deleteItem') }),
  moveItemInputSchema.extend({ operation: z.literal('moveItem') }),
  reorderSectionInputSchema.extend({ operation: z.literal('reorderSection') }),
  addToBriefInputSchema.extend({ operation: z.literal('addToBrief') }),
]);

export type BriefRequest = z.input<typeof briefRequestSchema>;
export type BriefOperationName = BriefRequest['operation'];

/** What a brief change names besides the patch: the brief and the items it made or touched, for focus. */
export const briefChangedShape = {
  briefId: idSchema,
  itemIds: z.array(idSchema).max(1000),
};

export const briefExportFormats = ['pdf', 'markdown', 'docx'] as const;
export type BriefExportFormat = (typeof briefExportFormats)[number];

export const exportBriefRequestSchema = z
  .object({
    briefId: idSchema,
    format: z.enum(briefExportFormats),
    paper: z.enum(paperSizes),
    /** The cited cards printed after the notes. */
    includeAnnex: z.boolean(),
    /** The labels' language (headings, "Page X of Y"); the user's and the cards' text stay as written. */
    language: z.enum(languages),
  })
  .strict();

export type ExportBriefRequest = z.infer<typeof exportBriefRequestSchema>;
