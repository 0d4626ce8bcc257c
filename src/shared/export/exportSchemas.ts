import { z } from 'zod';
import { idSchema, topicIdSchema } from '../schema/fact';
import { languages } from '../i18n/languages';

/** Which cards go into a pack: every card, the starred ones, whole topics, or a hand-picked set. */
export const exportSelectionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }).strict(),
  z.object({ kind: z.literal('starred') }).strict(),
  z
    .object({ kind: z.literal('topics'), topics: z.array(topicIdSchema).min(1, 'choose at least one topic').max(20) })
    .strict(),
  z
    .object({ kind: z.literal('cards'), factIds: z.array(idSchema).min(1, 'choose at least one card').max(5000) })
    .strict(),
]);

export const paperSizes = ['A4', 'Letter'] as const;

export const exportOptionsSchema = z
  .object({
    includeNotes: z.boolean(),
    includeHighlights: z.boolean(),
    /** Source paragraphs, attributions, caveats and the list of sources at the end. */
    includeSources: z.boolean(),
    paper: z.enum(paperSizes),
    title: z.string().max(140, 'a title is at most 140 characters'),
    subtitle: z.string().max(200, 'a subtitle is at most 200 characters'),
    author: z.string().max(120, 'an author or delegation name is at most 120 characters'),
    /** The language of the pack's labels (cover, contents, "Page X of Y"); absent means English. Facts stay English. */
    language: z.enum(languages).optional(),
  })
  .strict();

export type ExportSelection = z.infer<typeof exportSelectionSchema>;
export type ExportOptions = z.infer<typeof exportOptionsSchema>;
export type PaperSize = (typeof paperSizes)[number];

export const defaultPackTitle = 'Kazakhstan – Republic of Korea';
// The article calls it the Kazakh president's visit to Seoul, never a state visit.
export const defaultPackSubtitle = 'Briefing pack · The Seoul summit, August 2021';

export const defaultExportOptions: ExportOptions = {
  includeNotes: true,
  includeHighlights: true,
  includeSources: true,
  paper: 'A4',
  title: defaultPackTitle,
  subtitle: defaultPackSubtitle,
  author: '',
};
