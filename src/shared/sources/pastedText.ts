import { z } from 'zod';
import { BriefingError } from '../errors';
import { paragraphDisplay } from './paragraphs/paragraphSpans';
import { draftFromText, type SourceDraft } from './sourceDraft';
import { sourceFileMaxBytes } from './sourceRecord';
import { fitsUtf8 } from '../utf8Length';

/** The longest first paragraph offered as the title of a pasted article: a headline, not a sentence of text. */
const headlineMaxLength = 120;

/** Pasted text is held to the same bound as a file, counted the way a file is: in UTF-8 bytes. */
export const pastedTextSchema = z
  .string({ error: 'Paste the article’s text.' })
  .refine((text) => fitsUtf8(text, sourceFileMaxBytes), {
    message: `Pasted text can be at most ${sourceFileMaxBytes / 1024 / 1024} MB.`,
  });

/**
 * A draft from pasted text, kept exactly as pasted (the clipboard's line breaks and all). A short first paragraph
 * is offered as the title, which the user confirms or replaces.
 *
 * @throws BriefingError `invalid-request` for something that is not text, too much of it, or no words at all.
 */
export function pastedTextDraft(pasted: unknown): SourceDraft {
  const parsed = pastedTextSchema.safeParse(pasted);
  if (!parsed.success) {
    throw new BriefingError({
      code: 'invalid-request',
      message: `${parsed.error.issues[0]?.message ?? 'Paste the article’s text.'} Nothing was imported.`,
    });
  }
  const draft = draftFromText(parsed.data, { kind: 'pasted' });
  const headline = headlineOf(draft);
  return headline ? { ...draft, suggested: { title: headline } } : draft;
}

/** A short first paragraph, offered as the title: a headline rather than the article's first sentence. */
export function headlineOf(draft: SourceDraft): string | undefined {
  const first = draft.paragraphs[0];
  const headline = first && paragraphDisplay(draft.text, first).replace(/\s+/g, ' ');
  return draft.paragraphs.length > 1 && headline && headline.length <= headlineMaxLength ? headline : undefined;
}
