import { z } from 'zod';
import { factDateSchema, idSchema } from './fact';

/** "sha256:" and 64 lower-case hex digits, over the paragraphs joined with "\n". */
export const textChecksumSchema = z
  .string()
  .regex(/^sha256:[0-9a-f]{64}$/, 'a checksum reads "sha256:" followed by 64 lower-case hex digits');

export const sourceSchema = z
  .object({
    id: idSchema,
    /** `article`: the text the cards are drawn from; `outlet`: a publication it cites; `event`: a briefing it cites. */
    kind: z.enum(['article', 'outlet', 'event']),
    title: z.string().min(1).max(200),
    publisher: z.string().min(1).max(160).optional(),
    date: z.string().min(1).max(80).optional(),
    /** Number of paragraphs, for articles, so paragraph references can be checked. */
    paragraphCount: z.number().int().positive().optional(),
    /**
     * The article's paragraphs, verbatim, one per line of the original: the text a "¶3" points at,
     * shipped so every citation can be checked (and read) without the original file.
     */
    paragraphs: z.array(z.string().min(1).max(20_000)).min(1).max(500).optional(),
    /** Checksum of `paragraphs.join('\n')`, which is the original file byte for byte. */
    checksum: textChecksumSchema.optional(),
    /**
     * When what the source reports stood true: the summit, for the article. Later events (a new
     * office-holder, a renamed city) are not covered, and the app says so wherever the facts show.
     */
    asOf: factDateSchema.optional(),
    description: z.string().min(1).max(600),
  })
  .strict()
  .superRefine((source, context) => {
    if (
      source.paragraphs &&
      source.paragraphCount !== undefined &&
      source.paragraphs.length !== source.paragraphCount
    ) {
      context.addIssue({
        code: 'custom',
        path: ['paragraphs'],
        message: `the source says it has ${source.paragraphCount} paragraphs but carries ${source.paragraphs.length}`,
      });
    }
    if ((source.paragraphs === undefined) !== (source.checksum === undefined)) {
      context.addIssue({
        code: 'custom',
        path: ['checksum'],
        message: 'paragraph texts and their checksum come together',
      });
    }
    if (source.paragraphs?.some((paragraph) => /[\r\n]/.test(paragraph))) {
      context.addIssue({ code: 'custom', path: ['paragraphs'], message: 'a paragraph is one line of text' });
    }
  });

export type Source = z.infer<typeof sourceSchema>;
