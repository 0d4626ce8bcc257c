import { z } from 'zod';
import { isWhitespace, splitsSurrogatePair } from './unicodeText';

/**
 * Highlights on briefing-card text, stored as W3C Web Annotation selectors (a TextQuoteSelector with its context and
 * a TextPositionSelector), so that anchorHighlight.ts can find them again after the text changes. All offsets are
 * UTF-16 code units (what `String.prototype.slice` and DOM ranges use), end exclusive.
 */

/** How much context describeRange() keeps on each side: enough to tell repeated phrases apart, small to store. */
export const contextLength = 32;
/** The longest quote a highlight may store; the fuzzy search's cost grows with it. */
export const maxQuoteLength = 2000;
/** The schema allows more context than describeRange() writes, so targets made elsewhere still validate. */
export const maxContextLength = 64;

export const textQuoteSelectorSchema = z
  .object({
    type: z.literal('TextQuoteSelector'),
    exact: z.string().min(1, 'a highlight quotes at least one character').max(maxQuoteLength),
    prefix: z.string().max(maxContextLength),
    suffix: z.string().max(maxContextLength),
  })
  .strict();

export const textPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .strict()
  .refine((position) => position.start < position.end, {
    message: 'a text position must start before it ends',
    path: ['end'],
  });

export const highlightTargetSchema = z
  .object({ quote: textQuoteSelectorSchema, position: textPositionSelectorSchema })
  .strict();

export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;
export type TextPositionSelector = z.infer<typeof textPositionSelectorSchema>;
export type HighlightTarget = z.infer<typeof highlightTargetSchema>;

export interface TextRange {
  start: number;
  end: number;
}

/**
 * Builds both selectors for the range [start, end) of `text`. It trims nothing: what the user selected is what they
 * meant, and a caller that wants to drop stray whitespace calls {@link trimRange} first.
 *
 * @throws RangeError for non-integer offsets, a range outside the text, an empty or reversed range, one that splits
 * a surrogate pair (it would store half a character), or a quote longer than {@link maxQuoteLength}.
 */
export function describeRange(text: string, start: number, end: number): HighlightTarget {
  checkBounds('describeRange', text, start, end);
  if (start === end) throw new RangeError(`describeRange: the range [${start}, ${end}) is empty`);
  for (const offset of [start, end]) {
    if (splitsSurrogatePair(text, offset)) {
      throw new RangeError(`describeRange: offset ${offset} splits a surrogate pair; select whole characters`);
    }
  }
  if (end - start > maxQuoteLength) {
    throw new RangeError(
      `describeRange: the range is ${end - start} characters long; a highlight stores at most ${maxQuoteLength}`,
    );
  }
  // Context is cut on character boundaries so the stored strings stay well-formed, at the cost of a unit or two.
  let prefixStart = Math.max(0, start - contextLength);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + contextLength);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd -= 1;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/**
 * Shrinks [start, end) to exclude leading and trailing whitespace (JavaScript's `\s`, so no-break and ideographic
 * spaces count), or returns null when nothing else is left. Selections made by double- or triple-clicking often
 * drag a space or a line break along.
 *
 * @throws RangeError for non-integer offsets, a range outside the text or a reversed range.
 */
export function trimRange(text: string, start: number, end: number): TextRange | null {
  checkBounds('trimRange', text, start, end);
  let from = start;
  let to = end;
  while (from < to && isWhitespace(text.charCodeAt(from))) from += 1;
  while (to > from && isWhitespace(text.charCodeAt(to - 1))) to -= 1;
  return from < to ? { start: from, end: to } : null;
}

function checkBounds(caller: string, text: string, start: number, end: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`${caller}: offsets must be integers, got [${start}, ${end})`);
  }
  if (start < 0 || end > text.length) {
    throw new RangeError(`${caller}: the range [${start}, ${end}) lies outside a text of length ${text.length}`);
  }
  if (start > end) throw new RangeError(`${caller}: the range [${start}, ${end}) is reversed`);
}
