import { z } from 'zod';
import { topicIds } from '../topics';
import { highlightTargetSchema } from '../annotation/textSelectors';

/** Stable, human-readable ids such as `trade-volume-4bn`; they survive seed updates. */
export const idSchema = z
  .string()
  .min(1, 'an id cannot be empty')
  .max(120, 'an id is at most 120 characters')
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'an id uses lower-case letters, digits and hyphens only');

export const topicIdSchema = z.enum(topicIds);

/** The user's own cards get ids with this prefix, so a seed update can never collide with them. */
export const userFactIdPrefix = 'user-';

export const figureSchema = z
  .object({
    /** The number itself, for sorting and for tabular display. */
    value: z.number().finite(),
    /** The unit the value is counted in: "USD billion", "officials", "years"… */
    unit: z.string().min(1).max(60),
    /** How the figure reads on a card: "USD 4 billion". */
    display: z.string().min(1).max(60),
    /** What it measures: "Projected bilateral trade volume". */
    measures: z.string().min(1).max(160),
    /** "more than", "projected": the hedge the source puts on the number. */
    qualifier: z.string().min(1).max(60).optional(),
  })
  .strict();

export const personSchema = z
  .object({
    name: z.string().min(1).max(120),
    role: z.string().min(1).max(200),
    country: z.enum(['Kazakhstan', 'South Korea']).optional(),
  })
  .strict();

export const organisationSchema = z
  .object({
    name: z.string().min(1).max(160),
    kind: z.string().min(1).max(80).optional(),
  })
  .strict();

export const factDateSchema = z
  .object({
    /** ISO date or partial date (2021-08, 2019) as precise as the source allows. */
    iso: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD'),
    /** How the date reads to a person: "August 2021". */
    label: z.string().min(1).max(80),
  })
  .strict();

/** A 1-based paragraph number of the source article. */
export const paragraphNumberSchema = z.number().int().positive();

/**
 * The paragraphs a card draws on, the one holding its main claim first. Every sentence of the card
 * must be checkable against one of them, so the list is complete, not a pointer to the gist.
 */
export const paragraphListSchema = z
  .array(paragraphNumberSchema)
  .min(1, 'a card from the source cites at least one paragraph')
  .max(40)
  .refine((paragraphs) => new Set(paragraphs).size === paragraphs.length, 'a paragraph is cited once');

export const quoteSchema = z
  .object({
    text: z
      .string()
      .min(1)
      .max(300)
      .refine((text) => text.trim().split(/\s+/).length <= 25, 'a quote is at most 25 words'),
    paragraph: paragraphNumberSchema,
  })
  .strict();

export const caveatSchema = z
  .object({
    /** What the source says, as it says it. */
    sourceText: z.string().min(1).max(200),
    /** Why we doubt it and the most likely reading. */
    note: z.string().min(1).max(600),
    /** True when the note relies on knowledge from outside the article. */
    usesOutsideContext: z.boolean(),
  })
  .strict();

export const attributionSchema = z
  .object({
    /** The source record the article credits: an outlet, or the press conference. */
    sourceId: idSchema,
    /** How the card says it: "Reported by The Astana Times". */
    label: z.string().min(1).max(160),
    /** The paragraph where the article gives the credit; one of the card's cited paragraphs. */
    paragraph: paragraphNumberSchema,
  })
  .strict();

export const factSchema = z
  .object({
    id: idSchema,
    topic: topicIdSchema,
    title: z.string().min(1).max(140),
    /** One sentence that stands alone on the card face. */
    summary: z.string().min(1).max(400),
    /** The full card text, in our own words. */
    body: z.string().min(1).max(20_000),
    figures: z.array(figureSchema).max(12),
    people: z.array(personSchema).max(20),
    organisations: z.array(organisationSchema).max(20),
    places: z.array(z.string().min(1).max(120)).max(20),
    date: factDateSchema.optional(),
    /** The source record the card's text comes from (the article); the user's own cards have none. */
    sourceId: idSchema.optional(),
    /** The source article's paragraphs the card draws on, main claim first; the user's own cards have none. */
    paragraphs: paragraphListSchema.optional(),
    /** Every outlet or event the article credits for something this card says; absent when none. */
    attributions: z.array(attributionSchema).min(1).max(6).optional(),
    quote: quoteSchema.optional(),
    /**
     * sources (issue 17): where the quote stands in its source's reading text, as W3C TextQuote + TextPosition
     * selectors, so it re-anchors when the paragraphing changes; only with a quote and a source.
     */
    quoteTarget: highlightTargetSchema.optional(),
    /**
     * sources (issue 17): the collection a user's card without a source was written for; a card from a source is
     * in its source's collection (see shared/sources/cardCollection.ts), and a card with neither is the summit's.
     */
    collectionId: idSchema.optional(),
    caveats: z.array(caveatSchema).max(6),
    /** `seed` cards are read-only content; `user` cards are the user's own. */
    origin: z.enum(['seed', 'user']),
  })
  .strict()
  .superRefine((fact, context) => {
    if (fact.origin === 'seed' && (fact.sourceId === undefined || fact.paragraphs === undefined)) {
      context.addIssue({
        code: 'custom',
        path: ['paragraphs'],
        message: 'a card from the source needs its source id and the paragraphs it cites',
      });
    }
    if (fact.quoteTarget && (!fact.quote || !fact.sourceId)) {
      context.addIssue({
        code: 'custom',
        path: ['quoteTarget'],
        message: 'a quote’s place in its source comes with the quote and the source',
      });
    }
    // A reader checks a quote or a credit against the card's own citations, so each must be among them.
    const cited = new Set(fact.paragraphs ?? []);
    if (fact.quote && !cited.has(fact.quote.paragraph)) {
      context.addIssue({
        code: 'custom',
        path: ['quote', 'paragraph'],
        message: `the quote's paragraph ${fact.quote.paragraph} is not among the card's cited paragraphs`,
      });
    }
    fact.attributions?.forEach((attribution, index) => {
      if (!cited.has(attribution.paragraph)) {
        context.addIssue({
          code: 'custom',
          path: ['attributions', index, 'paragraph'],
          message: `the credit to "${attribution.sourceId}" is in paragraph ${attribution.paragraph}, which the card does not cite`,
        });
      }
    });
  });

export type Figure = z.infer<typeof figureSchema>;
export type Person = z.infer<typeof personSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Caveat = z.infer<typeof caveatSchema>;
export type Attribution = z.infer<typeof attributionSchema>;
export type Fact = z.infer<typeof factSchema>;
