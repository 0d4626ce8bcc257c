import { z } from 'zod';

/**
 * A paragraph is a stretch [start, end) of the source text (UTF-16 offsets, end exclusive). Where the format has
 * syntax that is not part of what the article says (Markdown's `**`, `#`, link targets), `spans` lists the pieces
 * of that stretch a reader sees, in order; without `spans` the whole stretch is shown. Every character shown is a
 * character of the original, so nothing is rewritten and every quote can be traced back to the bytes imported.
 */
export const textSpanSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .strict()
  .refine((span) => span.start < span.end, { message: 'a span must start before it ends', path: ['end'] });

/** What a block is, for the reader's typography; a numbered paragraph either way. */
export const paragraphRoles = ['paragraph', 'heading', 'list-item', 'quote', 'code'] as const;
export const paragraphRoleSchema = z.enum(paragraphRoles);

export const paragraphSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    /** Omitted for plain paragraphs. */
    role: z.enum(['heading', 'list-item', 'quote', 'code']).optional(),
    spans: z.array(textSpanSchema).min(1).optional(),
  })
  .strict()
  .refine((paragraph) => paragraph.start < paragraph.end, { message: 'a paragraph cannot be empty', path: ['end'] });

export type TextSpan = z.infer<typeof textSpanSchema>;
export type ParagraphRole = z.infer<typeof paragraphRoleSchema>;
export type Paragraph = z.infer<typeof paragraphSchema>;

/** The text a reader sees of one paragraph. */
export function paragraphDisplay(text: string, paragraph: Paragraph): string {
  if (!paragraph.spans) return text.slice(paragraph.start, paragraph.end);
  return paragraph.spans.map((span) => text.slice(span.start, span.end)).join('');
}

/**
 * Why a paragraph list does not fit its text, or null when it does: each paragraph inside the text, after the one
 * before it, its spans inside it and in order, and nothing shown that is only whitespace.
 */
export function paragraphProblem(text: string, paragraphs: readonly Paragraph[]): string | null {
  let previousEnd = 0;
  for (const [index, paragraph] of paragraphs.entries()) {
    const number = index + 1;
    if (paragraph.start < previousEnd) return `paragraph ${number} overlaps the one before it`;
    if (paragraph.end > text.length) return `paragraph ${number} ends after the end of the text`;
    let spanEnd = paragraph.start;
    for (const span of paragraph.spans ?? []) {
      if (span.start < spanEnd || span.end > paragraph.end) {
        return `paragraph ${number} shows text outside itself or out of order`;
      }
      spanEnd = span.end;
    }
    if (paragraphDisplay(text, paragraph).trim() === '') return `paragraph ${number} shows no text`;
    previousEnd = paragraph.end;
  }
  return null;
}
