import { z } from 'zod';
import { paragraphRules } from './paragraphs/paragraphRuleNames';
import { paragraphRoles } from './paragraphs/paragraphSpans';
import { readingView } from './readingView';
import { suggestedMetadataSchema, type SourceDraft } from './sourceDraft';
import { sourceOriginSchema } from './sourceRecord';

/** How many paragraphs of a draft the import form previews, and how much of each: enough to judge the split. */
export const previewParagraphsMax = 80;
export const previewParagraphChars = 600;

/**
 * What the window sees of an article read but not saved. The draft itself (up to 20 MB) stays in the main process
 * under `token`; the form shows the first paragraphs as the rule splits them, their count, and the details the file
 * suggests, and saves by naming the token.
 */
export const sourceDraftPreviewSchema = z
  .object({
    token: z.string().min(1).max(100),
    origin: sourceOriginSchema,
    rule: z.enum(paragraphRules),
    paragraphCount: z.number().int().positive(),
    characters: z.number().int().positive(),
    paragraphs: z
      .array(
        z
          .object({
            number: z.number().int().positive(),
            role: z.enum(paragraphRoles),
            text: z.string().max(previewParagraphChars + 1),
          })
          .strict(),
      )
      .max(previewParagraphsMax),
    suggested: suggestedMetadataSchema,
  })
  .strict();

export type SourceDraftPreview = z.infer<typeof sourceDraftPreviewSchema>;

export function previewOfDraft(draft: SourceDraft, token: string): SourceDraftPreview {
  const view = readingView(draft);
  return {
    token,
    origin: draft.origin,
    rule: draft.rule,
    paragraphCount: view.paragraphs.length,
    characters: draft.text.length,
    paragraphs: view.paragraphs.slice(0, previewParagraphsMax).map((paragraph) => ({
      number: paragraph.number,
      role: paragraph.role,
      text:
        paragraph.text.length > previewParagraphChars
          ? `${paragraph.text.slice(0, previewParagraphChars)}…`
          : paragraph.text,
    })),
    suggested: draft.suggested,
  };
}
