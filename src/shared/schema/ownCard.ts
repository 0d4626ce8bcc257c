import { z } from 'zod';
import { highlightTargetSchema } from '../annotation/textSelectors';
import { idSchema, paragraphListSchema, quoteSchema, topicIdSchema } from './fact';

/**
 * sources (issue 17): a card made from a source names it, the paragraphs it draws on and, when made from a
 * selection, the verbatim quote with its W3C selectors; the store checks them against the source.
 */
export const ownCardSourceSchema = z
  .object({
    sourceId: idSchema,
    paragraphs: paragraphListSchema,
    quote: z.object({ text: quoteSchema.shape.text, target: highlightTargetSchema }).strict().optional(),
    /** The outlet the source names, credited on the card ("Reported by …"). */
    outlet: z.string().trim().min(1).max(140).optional(),
  })
  .strict();

export type OwnCardSource = z.infer<typeof ownCardSourceSchema>;

/** What the user fills in for a card of their own; the store adds id, origin and the rest. */
export const ownCardInputSchema = z
  .object({
    topic: topicIdSchema,
    title: z.string().trim().min(1, 'a card needs a title').max(140, 'a title is at most 140 characters'),
    summary: z.string().trim().max(400, 'a summary is at most 400 characters').optional(),
    body: z.string().trim().min(1, 'a card needs some text').max(20_000, 'a card’s text is at most 20,000 characters'),
    figures: z
      .array(
        z
          .object({
            display: z.string().trim().min(1, 'a figure needs its value, e.g. “USD 4 billion”').max(60),
            measures: z.string().trim().min(1, 'say what the figure measures').max(160),
          })
          .strict(),
      )
      .max(12),
    people: z
      .array(
        z
          .object({
            name: z.string().trim().min(1, 'a person needs a name').max(120),
            role: z.string().trim().min(1, 'say who the person is').max(200),
          })
          .strict(),
      )
      .max(20),
    source: ownCardSourceSchema.optional(),
    /**
     * The collection a card without a source is written for (absent: the shipped summit's). A card from a source
     * is in its source's collection: naming another one is refused.
     */
    collectionId: idSchema.optional(),
  })
  .strict();

export type OwnCardInput = z.infer<typeof ownCardInputSchema>;
