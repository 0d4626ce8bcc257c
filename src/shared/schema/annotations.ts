import { z } from 'zod';
import { highlightTargetSchema } from '../annotation/textSelectors';
import { idSchema } from './fact';
import { fitsUtf8 } from '../utf8Length';

/** A note is kept whole or refused whole: past this size the editor keeps the text and says why. */
export const noteMaxBytes = 100 * 1024;

const timestampSchema = z.iso.datetime({ offset: true });

export const noteMarkdownSchema = z.string().refine((text) => fitsUtf8(text, noteMaxBytes), {
  message: `a note can be at most ${noteMaxBytes / 1024} KB; shorten it or split it into two notes`,
});

export const noteSchema = z
  .object({
    id: idSchema,
    factId: idSchema,
    markdown: noteMarkdownSchema,
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .strict();

export const highlightColors = ['yellow', 'green', 'blue', 'pink', 'violet'] as const;
export const highlightColorSchema = z.enum(highlightColors);

export const highlightCommentSchema = z.string().max(2000, 'a highlight comment is at most 2,000 characters');

export const highlightSchema = z
  .object({
    id: idSchema,
    factId: idSchema,
    color: highlightColorSchema,
    comment: highlightCommentSchema.optional(),
    /** W3C Web Annotation selectors into the card's body text, so the highlight can re-anchor. */
    target: highlightTargetSchema,
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .strict();

export const tagColors = ['slate', 'blue', 'green', 'amber', 'red', 'violet', 'teal'] as const;
export const tagColorSchema = z.enum(tagColors);

export const tagNameSchema = z
  .string()
  .trim()
  .min(1, 'a tag needs a name')
  .max(40, 'a tag name is at most 40 characters');

export const tagSchema = z
  .object({
    id: idSchema,
    name: tagNameSchema,
    color: tagColorSchema,
    createdAt: timestampSchema,
  })
  .strict();

export type Note = z.infer<typeof noteSchema>;
export type Highlight = z.infer<typeof highlightSchema>;
export type HighlightColor = z.infer<typeof highlightColorSchema>;
export type Tag = z.infer<typeof tagSchema>;
export type TagColor = z.infer<typeof tagColorSchema>;
