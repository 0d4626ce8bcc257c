import { readingView, type ParagraphedText } from './readingView';
import { z } from 'zod';
import { paragraphNumberSchema } from '../schema/fact';
import { factSuggestionSchema, suggestFacts, type SuggestOptions } from './suggestions/suggestFacts';

/** A suggestion in a source: `paragraph` is 1-based; `start` and `end` are offsets in the reading text, as quotes use. */
export const sourceSuggestionSchema = factSuggestionSchema.extend({ paragraph: paragraphNumberSchema }).strict();
export type SourceSuggestion = z.infer<typeof sourceSuggestionSchema>;

/**
 * The candidate facts of every paragraph of a source, placed in its reading text so the reader can mark them and
 * a click can turn one into a figure (and its words into the card's quote, with {@link quoteFromSelection}).
 */
export function suggestionsForSource(
  source: ParagraphedText & { readonly language?: string },
  options: SuggestOptions = {},
): SourceSuggestion[] {
  const locale = options.locale ?? source.language ?? 'en';
  return readingView(source).paragraphs.flatMap((paragraph) =>
    suggestFacts(paragraph.text, { locale }).map((suggestion) => ({
      ...suggestion,
      start: paragraph.start + suggestion.start,
      end: paragraph.start + suggestion.end,
      paragraph: paragraph.number,
    })),
  );
}
