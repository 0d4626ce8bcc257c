import { z } from 'zod';
import { topicIds } from '../topics';

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

export const quoteSchema = z
  .object({
    text: z
      .string()
      .min(1)
      .max(300)
      .refine((text) => text.trim().split(/\s+/).length <= 25, 'a quote is at most 25 words'),
    paragraph: z.number().int().positive(),
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
    /** 1-based paragraph of the source article; the user's own cards have none. */
    paragraph: z.number().int().positive().optional(),
    attribution: attributionSchema.optional(),
    quote: quoteSchema.optional(),
    caveats: z.array(caveatSchema).max(6),
    /** `seed` cards are read-only content; `user` cards are the user's own. */
    origin: z.enum(['seed', 'user']),
  })
  .strict()
  .refine((fact) => fact.origin === 'user' || (fact.sourceId !== undefined && fact.paragraph !== undefined), {
    message: 'a card from the source needs its source id and paragraph',
    path: ['paragraph'],
  });

export type Figure = z.infer<typeof figureSchema>;
export type Person = z.infer<typeof personSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Caveat = z.infer<typeof caveatSchema>;
export type Fact = z.infer<typeof factSchema>;
