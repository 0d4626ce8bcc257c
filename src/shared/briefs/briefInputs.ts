import { z } from 'zod';
import { idSchema } from '../schema/fact';
import {
  briefCitationsSchema,
  briefDateSchema,
  briefDayDateSchema,
  briefHeaderShape,
  briefItemTextSchema,
  briefPersonSchema,
  briefSectionIdSchema,
  briefTimeSchema,
  disclosureSchema,
} from './briefSchema';

/** What the user fills in for a new brief; everything but the title may be left for later. */
export const createBriefInputSchema = z
  .object({
    title: briefHeaderShape.title,
    meetingDate: briefHeaderShape.meetingDate,
    meetingTime: briefHeaderShape.meetingTime,
    place: briefHeaderShape.place.default(''),
    counterpart: briefHeaderShape.counterpart.default(''),
    attendees: briefHeaderShape.attendees.default([]),
    handlingLabel: briefHeaderShape.handlingLabel.default(''),
  })
  .strict();

/** A header edit names only what changes; null clears the meeting's date or time. */
export const updateBriefHeaderInputSchema = z
  .object({
    briefId: idSchema,
    title: briefHeaderShape.title.optional(),
    meetingDate: briefDayDateSchema.nullable().optional(),
    meetingTime: briefTimeSchema.nullable().optional(),
    place: briefHeaderShape.place.optional(),
    counterpart: briefHeaderShape.counterpart.optional(),
    attendees: briefHeaderShape.attendees.optional(),
    handlingLabel: briefHeaderShape.handlingLabel.optional(),
  })
  .strict();

export const briefIdInputSchema = z.object({ briefId: idSchema }).strict();

const positionSchema = z.number().int('a position is a whole number').nonnegative('a position cannot be negative');

/** The section-specific fields an item may carry; which apply depends on its section. */
const itemFieldsShape = {
  disclosure: disclosureSchema.optional(),
  date: briefDateSchema.optional(),
  person: briefPersonSchema.optional(),
  ifRaised: briefItemTextSchema.optional(),
};

export const addItemInputSchema = z
  .object({
    briefId: idSchema,
    section: briefSectionIdSchema,
    /** Where in the section; at the end when absent. */
    index: positionSchema.optional(),
    text: briefItemTextSchema,
    cites: briefCitationsSchema.default([]),
    ...itemFieldsShape,
  })
  .strict();

/** An item edit names only what changes; null removes a pen picture's person or a defensive line. */
export const updateItemInputSchema = z
  .object({
    briefId: idSchema,
    itemId: idSchema,
    text: briefItemTextSchema.optional(),
    cites: briefCitationsSchema.optional(),
    disclosure: disclosureSchema.optional(),
    date: briefDateSchema.optional(),
    person: briefPersonSchema.nullable().optional(),
    ifRaised: briefItemTextSchema.nullable().optional(),
  })
  .strict();

export const itemIdInputSchema = z.object({ briefId: idSchema, itemId: idSchema }).strict();

/**
 * Moves an item to a position in a section, its own or another. `toIndex` is the item's place in
 * the section after the move. Moving into the timeline needs a date unless the item has one;
 * moving into background may set the disclosure mark (otherwise "not for disclosure").
 */
export const moveItemInputSchema = z
  .object({
    briefId: idSchema,
    itemId: idSchema,
    toSection: briefSectionIdSchema,
    toIndex: positionSchema,
    date: briefDateSchema.optional(),
    disclosure: disclosureSchema.optional(),
  })
  .strict();

/** A section's items in their new order: the same ids, each once. */
export const reorderSectionInputSchema = z
  .object({
    briefId: idSchema,
    section: briefSectionIdSchema,
    itemIds: z.array(idSchema).max(1000),
  })
  .strict();

export type CreateBriefInput = z.input<typeof createBriefInputSchema>;
export type UpdateBriefHeaderInput = z.input<typeof updateBriefHeaderInputSchema>;
export type AddItemInput = z.input<typeof addItemInputSchema>;
export type UpdateItemInput = z.input<typeof updateItemInputSchema>;
export type MoveItemInput = z.input<typeof moveItemInputSchema>;
export type ReorderSectionInput = z.input<typeof reorderSectionInputSchema>;
