import { z } from 'zod';
import { idSchema } from './fact';

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
    description: z.string().min(1).max(600),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;
