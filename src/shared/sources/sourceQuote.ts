import { z } from 'zod';
import { anchor, type AnchorMethod } from '../annotation/anchorHighlight';
import { describeRange, highlightTargetSchema, trimRange } from '../annotation/textSelectors';
import { BriefingError } from '../errors';
import { idSchema, paragraphListSchema, quoteSchema } from '../schema/fact';
import { paragraphsOfRange, readingView, type ParagraphedText } from './readingView';

/** A card may carry one short verbatim quote: a clause, not more than 25 words (DESIGN.md, "The facts"). */
export const quoteMaxWords = 25;
/** The card schema's limit on a quote's characters. */
export const quoteMaxCharacters = 300;

/**
 * A card's quote, stored as W3C selectors into the source's reading text (what the reader shows: see
 * readingView.ts). The selectors, not the paragraph numbers, are the truth: if the source's paragraphing is
 * adjusted, {@link reanchorQuote} finds the words again and the paragraph numbers follow.
 */
export const sourceQuoteSchema = z
  .object({
    sourceId: idSchema,
    target: highlightTargetSchema,
    /** The paragraphs the quote lies in, the one it starts in first. */
    paragraphs: paragraphListSchema,
    /** The quote as a card prints it: the selected words, verbatim, with line breaks read as spaces. */
    text: quoteSchema.shape.text,
  })
  .strict();

export type SourceQuote = z.infer<typeof sourceQuoteSchema>;

export interface QuotableSource extends ParagraphedText {
  readonly id: string;
}

/** Line breaks inside a paragraph are wrapping, not words: a quote reads as one line. */
export function quoteText(exact: string): string {
  return exact.trim().replace(/\s+/g, ' ');
}

export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

function refuse(message: string): BriefingError {
  return new BriefingError({ code: 'invalid-request', message });
}

/**
 * The quote for a selection [start, end) of the source's reading text, with its paragraphs and selectors. Leading
 * and trailing whitespace of the selection is dropped; the rest is kept exactly.
 *
 * @throws BriefingError `invalid-request` for a selection outside the text, one with no words, one longer than
 * {@link quoteMaxWords} words or {@link quoteMaxCharacters} characters, or one that splits a character.
 */
export function quoteFromSelection(source: QuotableSource, start: number, end: number): SourceQuote {
  const view = readingView(source);
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > view.text.length || start > end) {
    throw refuse('That selection is not in this source’s text. Select the words again.');
  }
  const range = trimRange(view.text, start, end);
  if (!range) throw refuse('The selection has no words in it. Select the words to quote.');
  const text = quoteText(view.text.slice(range.start, range.end));
  const words = wordCount(text);
  if (words > quoteMaxWords) {
    throw refuse(
      `A card’s quote is at most ${quoteMaxWords} words, and this selection has ${words}. Select a shorter passage.`,
    );
  }
  if (text.length > quoteMaxCharacters) {
    throw refuse(`A card’s quote is at most ${quoteMaxCharacters} characters. Select a shorter passage.`);
  }
  let target;
  try {
    target = describeRange(view.text, range.start, range.end);
  } catch (error) {
    throw refuse(`That selection cannot be quoted: ${(error as Error).message}.`);
  }
  return { sourceId: source.id, target, paragraphs: paragraphsOfRange(view, range.start, range.end), text };
}

export type ReanchoredQuote =
  { found: true; method: AnchorMethod; quote: SourceQuote; changed: boolean } | { found: false; quote: SourceQuote };

/**
 * Finds a quote again in a source whose reading text may differ from the one it was made in: the paragraphing was
 * adjusted (a rule switched, a newer rule version), or the quote is carried to a new version of the article.
 * Returns the quote with fresh selectors and paragraph numbers, or `found: false` with the quote unchanged: the
 * caller keeps it and shows it as no longer found, since a card's quote is the user's work and is never dropped.
 * `changed` says whether the words themselves differ (a fuzzy match), which the card must then show for review.
 */
export function reanchorQuote(source: QuotableSource, quote: SourceQuote): ReanchoredQuote {
  const view = readingView(source);
  const found = anchor(view.text, quote.target);
  if (!found) return { found: false, quote };
  // A fuzzy match can be longer than the quote was; past a quote's limits it is no longer the same quote.
  const text = quoteText(view.text.slice(found.start, found.end));
  if (wordCount(text) > quoteMaxWords || text.length > quoteMaxCharacters) return { found: false, quote };
  const target = describeRange(view.text, found.start, found.end);
  return {
    found: true,
    method: found.method,
    changed: text !== quote.text,
    quote: { sourceId: source.id, target, paragraphs: paragraphsOfRange(view, found.start, found.end), text },
  };
}

/**
 * What "Make a card" fills in from a quote: the source, the paragraphs cited, the card's quote in the card
 * schema's shape, and who the source credits (the label is the UI's to phrase in the user's language).
 */
export interface CardDraftFromQuote {
  sourceId: string;
  paragraphs: number[];
  quote: z.infer<typeof quoteSchema>;
  credit?: { outlet: string; paragraph: number };
}

export function cardDraftFromQuote(
  source: QuotableSource & { readonly outlet?: string },
  quote: SourceQuote,
): CardDraftFromQuote {
  const paragraph = quote.paragraphs[0]!;
  return {
    sourceId: source.id,
    paragraphs: [...quote.paragraphs],
    quote: { text: quote.text, paragraph },
    ...(source.outlet ? { credit: { outlet: source.outlet, paragraph } } : {}),
  };
}
