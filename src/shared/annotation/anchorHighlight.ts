import { distanceWithin } from './alignment';
import { bestCandidate, matchQuote, type Candidate } from './matchQuote';
import { encodeLike, encodeText, symbolIndexAt, type SymbolText } from './symbolText';
import { contextLength, type HighlightTarget, type TextQuoteSelector, type TextRange } from './textSelectors';
import { codePointAt, codePointBefore, isWordChar } from './unicodeText';

/**
 * Below this many characters a quote is too short to recognise after an edit: one edit away from "USD 1.7" is
 * "USD 1.8", a different fact, and short quotes have many such neighbours in a card.
 */
export const fuzzyMinLength = 8;
/** A fuzzy match must keep at least this share of the quote (see {@link anchor} for the measure). */
export const fuzzyMinSimilarity = 0.75;

/**
 * How a highlight was found again: at its stored offsets, by an exact occurrence of its quote elsewhere, or by an
 * approximate match of an edited passage. The UI may want to flag 'fuzzy' highlights as "the text changed here".
 */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface AnchorResult extends TextRange {
  method: AnchorMethod;
}

/**
 * How far beyond the stored range the search looks first. Edits before the passage shift it; a quote's length plus
 * this margin holds typical rewrites, so an edited passage is found where it stood even if a similar one is elsewhere.
 */
const nearMargin = 64;

/**
 * Finds a highlight again in `text`, which may have changed since the highlight was made. Returns null for an
 * orphan: the caller keeps the highlight and shows its quote, since the user's highlight is data we must not lose.
 *
 * 1. 'position': the stored offsets still hold the quote and the stored context still borders it on one side (the
 *    text was edited only after it, or before it without changing its length, or not at all).
 * 2. 'quote': the quote occurs exactly, elsewhere or in place with its context changed. With several occurrences
 *    the scorer of {@link bestCandidate} picks the one whose surroundings are most like the stored prefix and
 *    suffix, then the one nearest the stored start; if that is the stored offsets, the method is still 'position'.
 * 3. 'fuzzy': the passage itself was edited. The measure is the Levenshtein distance between the quote and a
 *    passage, counted in code points with every run of whitespace read as a single space (so re-wrapping costs
 *    nothing and an emoji is one character, never half of one); similarity = 1 − distance / quote length in those
 *    units. approx-string-match proposes the nearest passages, near the stored position and beside the stored
 *    context first, then in the whole text (see {@link matchQuote}), and the same scorer picks one; it is taken
 *    only if its similarity is at least {@link fuzzyMinSimilarity} and the quote has at least
 *    {@link fuzzyMinLength} such characters. Anything less is not a confident place, and the highlight is reported
 *    lost rather than attached to other words. If the quote began or ended on a word boundary, the match is
 *    widened to whole words: edit distance happily starts a match inside a rewritten first word ("…en bilateral
 *    trade" for "expand bilateral trade" rewritten as "broaden bilateral trade"); the widened passage must still
 *    meet the measure. A fuzzy range can therefore be longer than the quote, and than the stored maximum: check
 *    before storing it with describeRange().
 *
 * Cost: steps 1 and 2 are string searches; step 3 searches a few hundred characters, and the whole card (O(text
 * length × ⌈allowed errors / 32⌉)) only for a passage it did not settle there, so a highlight on a 20,000-character
 * card takes well under a millisecond (bench/anchorBench.ts).
 */
export function anchor(text: string, target: HighlightTarget): AnchorResult | null {
  const { exact } = target.quote;
  const { start, end } = target.position;
  if (exact.length === 0) return null;
  const inPlace = end - start === exact.length && text.startsWith(exact, start);
  if (inPlace && bordersContext(text, start, end, target.quote)) return { start, end, method: 'position' };
  const quoted = findExact(text, target);
  if (quoted) {
    const method = inPlace && quoted.start === start ? 'position' : 'quote';
    return { start: quoted.start, end: quoted.end, method };
  }
  const fuzzy = findFuzzy(text, target);
  return fuzzy && { ...fuzzy, method: 'fuzzy' };
}

/** Anchors many highlights on one text, in order; the text's symbol form is built once for all of them. */
export function anchorAll(text: string, targets: readonly HighlightTarget[]): (AnchorResult | null)[] {
  return targets.map((target) => anchor(text, target));
}

/**
 * Whether the stored context still borders [start, end) in full on at least one side (an empty side: the text's
 * start or end). Without it, the words at the old offsets may be another occurrence of a repeated phrase that an
 * edit moved there, and every occurrence is weighed instead.
 */
function bordersContext(text: string, start: number, end: number, quote: TextQuoteSelector): boolean {
  const { prefix, suffix } = quote;
  const before =
    prefix.length === 0 ? start === 0 : start >= prefix.length && text.startsWith(prefix, start - prefix.length);
  const after = suffix.length === 0 ? end === text.length : text.startsWith(suffix, end);
  return before || after;
}

/** The best exact occurrence of the quote, or null. */
function findExact(text: string, target: HighlightTarget): Candidate | null {
  const { exact, prefix, suffix } = target.quote;
  const occurrences: Candidate[] = [];
  // Occurrences may overlap ("aa" in "aaa"), so the search steps one unit at a time.
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    occurrences.push({ start: at, end: at + exact.length, errors: 0 });
  }
  if (occurrences.length <= 1) return occurrences[0] ?? null;
  return bestCandidate(text, occurrences, { quoteLength: exact.length, prefix, suffix, hint: target.position.start });
}

// Highlights are anchored card by card, so the last card's symbol form is kept; most highlights never need it.
let lastText: string | undefined;
let lastSymbols: SymbolText | null = null;

function symbolsOf(text: string): SymbolText | null {
  if (text !== lastText) {
    lastSymbols = encodeText(text);
    lastText = text;
  }
  return lastSymbols;
}

function findFuzzy(text: string, target: HighlightTarget): TextRange | null {
  const symbols = symbolsOf(text);
  if (!symbols) return null;
  const { exact, prefix, suffix } = target.quote;
  const quote = encodeLike(symbols, exact);
  if (quote.length < fuzzyMinLength) return null;
  const maxErrors = Math.floor(quote.length * (1 - fuzzyMinSimilarity));
  const context = {
    quoteLength: quote.length,
    prefix,
    suffix,
    hint: target.position.start,
    hintEnd: symbolIndexAt(symbols, target.position.end),
  };
  const windows = likelyPlaces(text, target).map(({ start, end }) => ({
    from: symbolIndexAt(symbols, start),
    to: symbolIndexAt(symbols, end),
  }));
  const best = matchQuote(text, symbols, quote, maxErrors, windows, context);
  if (!best) return null;
  const widened = widenToWords(text, best, target.quote);
  if (widened.start === best.start && widened.end === best.end) return widened;
  // The whole words are what the user will see highlighted, so they must meet the measure too: "joint the p" is
  // within three edits of "joint the The", "joint the present" is not.
  const shown = encodeLike(symbols, text.slice(widened.start, widened.end));
  return distanceWithin(shown, quote, maxErrors) === null ? null : widened;
}

/** Where a stored context side at least this long still occurs verbatim, the passage is probably beside it. */
const telltaleContext = 8;
/** Occurrences of a context side considered, the nearest to the old position. */
const contextSightings = 2;

/** The occurrences of `part` in `text` nearest to `hint`, closest first. */
function nearestOccurrences(text: string, part: string, hint: number): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) found.push(at);
  return found.sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint)).slice(0, contextSightings);
}

/**
 * Stretches of the text (UTF-16) where an edited passage most likely is: around its old offsets, and beside each
 * place where its stored prefix or suffix still stands unchanged. Edits before a passage move it, often beyond a
 * window around the old offsets, but rarely move it away from its own neighbours.
 */
function likelyPlaces(text: string, target: HighlightTarget): TextRange[] {
  const { exact, prefix, suffix } = target.quote;
  const { start, end } = target.position;
  const margin = exact.length + nearMargin;
  const places = [{ start: start - margin, end: end + margin }];
  if (prefix.length >= telltaleContext) {
    for (const at of nearestOccurrences(text, prefix, start - prefix.length)) {
      const from = at + prefix.length;
      places.push({ start: from - nearMargin, end: from + margin + exact.length });
    }
  }
  if (suffix.length >= telltaleContext) {
    for (const to of nearestOccurrences(text, suffix, end)) {
      places.push({ start: to - margin - exact.length, end: to + nearMargin });
    }
  }
  return places;
}

/**
 * Widens a fuzzy match to whole words, only where the user's own selection respected word boundaries: a highlight
 * of "gations reaff" was deliberately partial and should stay so. A quote that began (ended) a word makes the match
 * begin (end) its word too; one that began (ended) with a space or punctuation at least keeps the match from
 * beginning (ending) inside a word, which an edit that cut into the passage otherwise leaves ("recognisedo|int").
 */
function widenToWords(text: string, range: TextRange, quote: TextQuoteSelector): TextRange {
  const { exact, prefix, suffix } = quote;
  let { start, end } = range;
  const first = isWordChar(codePointAt(exact, 0));
  if (!(first && isWordChar(codePointBefore(prefix, prefix.length)))) {
    if (first || isWordChar(codePointAt(text, start))) {
      for (let steps = 0; steps < contextLength && isWordChar(codePointBefore(text, start)); steps += 1) {
        start -= codePointBefore(text, start) > 0xffff ? 2 : 1;
      }
    }
  }
  const last = isWordChar(codePointBefore(exact, exact.length));
  if (!(last && isWordChar(codePointAt(suffix, 0)))) {
    if (last || isWordChar(codePointBefore(text, end))) {
      for (let steps = 0; steps < contextLength && isWordChar(codePointAt(text, end)); steps += 1) {
        end += codePointAt(text, end) > 0xffff ? 2 : 1;
      }
    }
  }
  return { start, end };
}
