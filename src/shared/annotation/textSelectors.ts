import { z } from 'zod';

/**
 * Highlights on briefing-card text, stored as W3C Web Annotation selectors, and their re-anchoring after the text
 * changes. All offsets are UTF-16 code units (what `String.prototype.slice` and DOM ranges use), end exclusive.
 */

/** How much context describeRange() keeps on each side: enough to tell repeated phrases apart, small to store. */
export const contextLength = 32;
/** The longest quote a highlight may store; the fuzzy search's cost grows with it. */
export const maxQuoteLength = 2000;
/** The schema allows more context than describeRange() writes, so targets made elsewhere still validate. */
export const maxContextLength = 64;
/**
 * Below this many characters a quote is too short to recognise after an edit: one edit away from "USD 1.7" is
 * "USD 1.8", a different fact, and short quotes have many such neighbours in a card.
 */
export const fuzzyMinLength = 8;
/** A fuzzy match must keep at least this share of the quote (see {@link anchor} for the measure). */
export const fuzzyMinSimilarity = 0.75;

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
 * How a highlight was found again: at its stored offsets, by an exact occurrence of its quote elsewhere, or by an
 * approximate match of an edited passage. The UI may want to flag 'fuzzy' highlights as "the text changed here".
 */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface AnchorResult extends TextRange {
  method: AnchorMethod;
}

// ---------------------------------------------------------------------------------------------------------------
// Building selectors

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

// ---------------------------------------------------------------------------------------------------------------
// Re-anchoring

/**
 * Finds a highlight again in `text`, which may have changed since the highlight was made. Returns null for an
 * orphan: the caller keeps the highlight and shows its quote, since the user's highlight is data we must not lose.
 *
 * 1. 'position': the stored offsets still hold the quote (text edited only after it, or not at all).
 * 2. 'quote': the quote occurs elsewhere. With several occurrences the one whose surroundings best match the stored
 *    prefix and suffix wins (characters of agreement, counted outwards from the quote), then the one nearest the
 *    stored start.
 * 3. 'fuzzy': the passage itself was edited. The measure is the Levenshtein distance between the quote and a
 *    passage, counted in code points with every run of whitespace read as a single space (so re-wrapping costs
 *    nothing and an emoji is one character, never half of one); similarity = 1 − distance / quote length in those
 *    units. The best passage is taken if its similarity is at least {@link fuzzyMinSimilarity} and the quote has at
 *    least {@link fuzzyMinLength} such characters. The search looks near the stored position first and falls back
 *    to the whole text, so an edited passage is not stolen by a similar one elsewhere. If the quote began or ended on
 *    a word boundary, the match is widened to whole words: edit distance happily starts a match inside a rewritten
 *    first word ("…en trade" for "expand trade" rewritten as "broaden trade"). A fuzzy range can therefore be
 *    longer than the quote, and than {@link maxQuoteLength}: check before storing it with describeRange().
 *
 * Cost: steps 1 and 2 are string searches; step 3 is Myers' bit-parallel algorithm, at worst O(text length ×
 * ⌈quote length / 32⌉) word operations, so a 20,000-character card stays in the low milliseconds.
 */
export function anchor(text: string, target: HighlightTarget): AnchorResult | null {
  return anchorIn(new AnchorText(text), target);
}

/** Anchors many highlights on one text, in order; the text is prepared once for all of them. */
export function anchorAll(text: string, targets: readonly HighlightTarget[]): (AnchorResult | null)[] {
  const prepared = new AnchorText(text);
  return targets.map((target) => anchorIn(prepared, target));
}

/** The card text, with its fuzzy-search form built lazily: most highlights never need it. */
class AnchorText {
  private prepared: TextSymbols | undefined;

  constructor(readonly text: string) {}

  get symbols(): TextSymbols {
    this.prepared ??= textSymbols(this.text, 0, this.text.length);
    return this.prepared;
  }
}

function anchorIn(prepared: AnchorText, target: HighlightTarget): AnchorResult | null {
  const { text } = prepared;
  const { exact } = target.quote;
  const { start, end } = target.position;
  if (exact.length === 0) return null;
  if (end - start === exact.length && text.startsWith(exact, start)) return { start, end, method: 'position' };
  const quoted = findQuote(text, target);
  if (quoted !== -1) return { start: quoted, end: quoted + exact.length, method: 'quote' };
  const fuzzy = findFuzzy(prepared, target);
  return fuzzy && { ...fuzzy, method: 'fuzzy' };
}

/** The best exact occurrence of the quote, or -1. */
function findQuote(text: string, target: HighlightTarget): number {
  const { exact, prefix, suffix } = target.quote;
  const oldStart = target.position.start;
  let best = -1;
  let bestScore = -1;
  let bestDistance = Infinity;
  // Occurrences may overlap ("aa" in "aaa"), so the search steps one unit at a time.
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const score = agreementBefore(text, at, prefix) + agreementAfter(text, at + exact.length, suffix);
    const distance = Math.abs(at - oldStart);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = at;
      bestScore = score;
      bestDistance = distance;
    }
  }
  return best;
}

/** Length of the common suffix of text[..at) and `prefix`. */
function agreementBefore(text: string, at: number, prefix: string): number {
  let count = 0;
  while (count < prefix.length && count < at) {
    if (text.charCodeAt(at - 1 - count) !== prefix.charCodeAt(prefix.length - 1 - count)) break;
    count += 1;
  }
  return count;
}

/** Length of the common prefix of text[at..) and `suffix`. */
function agreementAfter(text: string, at: number, suffix: string): number {
  let count = 0;
  while (count < suffix.length && at + count < text.length) {
    if (text.charCodeAt(at + count) !== suffix.charCodeAt(count)) break;
    count += 1;
  }
  return count;
}

/**
 * How far beyond the stored range the first, local, fuzzy search looks. Edits before the passage shift it; a
 * quote's length plus this margin absorbs typical rewrites without scanning the whole card.
 */
const nearMargin = 64;

function findFuzzy(prepared: AnchorText, target: HighlightTarget): TextRange | null {
  const { text } = prepared;
  const { exact, prefix, suffix } = target.quote;
  const quote = symbolCodes(exact);
  if (quote.length < fuzzyMinLength) return null;
  const maxErrors = Math.floor(quote.length * (1 - fuzzyMinSimilarity));
  const forward = quote.codes.subarray(0, quote.length);
  const oldStart = Math.min(target.position.start, text.length);
  const oldEnd = Math.min(target.position.end, text.length);

  // The local search prepares only its window: a card edited in place never pays for the whole text.
  const margin = exact.length + nearMargin;
  let nearFrom = Math.max(0, oldStart - margin);
  let nearTo = Math.min(text.length, oldEnd + margin);
  if (splitsSurrogatePair(text, nearFrom)) nearFrom -= 1;
  if (splitsSurrogatePair(text, nearTo)) nearTo += 1;
  let symbols: TextSymbols | null = null;
  let found: PassageEnd | null = null;
  if (nearFrom > 0 || nearTo < text.length) {
    symbols = textSymbols(text, nearFrom, nearTo);
    found = searchEnd(compilePattern(forward, symbols.alphabet), symbols, maxErrors, oldEnd);
  }
  if (found === null) {
    symbols = prepared.symbols;
    found = searchEnd(compilePattern(forward, symbols.alphabet), symbols, maxErrors, oldEnd);
  }
  if (found === null || symbols === null) return null;
  const reversed = compilePattern(forward.slice().reverse(), symbols.alphabet);
  let start = symbols.offsets[searchStart(reversed, symbols, found.end, found.distance)]!;
  let end = symbols.offsets[found.end]!;

  // Widen only where the user's own selection respected word boundaries: a highlight of "gations reaff" was
  // deliberately partial and should stay so.
  if (isWordChar(codePointAt(exact, 0)) && !isWordChar(codePointBefore(prefix, prefix.length))) {
    for (let steps = 0; steps < contextLength && isWordChar(codePointBefore(text, start)); steps += 1) {
      start -= codePointBefore(text, start) > 0xffff ? 2 : 1;
    }
  }
  if (isWordChar(codePointBefore(exact, exact.length)) && !isWordChar(codePointAt(suffix, 0))) {
    for (let steps = 0; steps < contextLength && isWordChar(codePointAt(text, end)); steps += 1) {
      end += codePointAt(text, end) > 0xffff ? 2 : 1;
    }
  }
  return { start, end };
}

// ---------------------------------------------------------------------------------------------------------------
// Fuzzy search

/**
 * A string as the fuzzy search sees it: one symbol per code point, with each whitespace run collapsed to a single
 * space. `offsets[i]` is where symbol i starts in the string and `offsets[length]` is the string's length, so symbol
 * ranges map back to UTF-16 ranges that never split a surrogate pair.
 */
interface Symbols {
  codes: Int32Array;
  offsets: Int32Array;
  length: number;
}

function symbolCodes(text: string, from = 0, to = text.length): Symbols {
  const codes = new Int32Array(to - from);
  const offsets = new Int32Array(to - from + 1);
  let length = 0;
  let at = from;
  while (at < to) {
    const unit = text.charCodeAt(at);
    offsets[length] = at;
    if (isWhitespace(unit)) {
      codes[length] = 0x20;
      at += 1;
      while (at < to && isWhitespace(text.charCodeAt(at))) at += 1;
    } else if (isHighSurrogate(unit) && at + 1 < to && isLowSurrogate(text.charCodeAt(at + 1))) {
      codes[length] = (unit - 0xd800) * 0x400 + (text.charCodeAt(at + 1) - 0xdc00) + 0x10000;
      at += 2;
    } else {
      codes[length] = unit;
      at += 1;
    }
    length += 1;
  }
  offsets[length] = to;
  return { codes, offsets, length };
}

/**
 * A stretch of the card's symbols, each replaced by a small class number (its rank of first appearance), so that
 * the pattern tables below are indexed arrays rather than a hash lookup per character of a 20,000-character card.
 */
interface TextSymbols {
  classes: Int32Array;
  offsets: Int32Array;
  length: number;
  /** Symbol code → class. */
  alphabet: Map<number, number>;
}

/**
 * Scratch table from BMP code to class, because a Map lookup per character costs as much as the search itself.
 * Sharing one is safe as preparing a text is synchronous; entries are reset to -1 after each use.
 */
let bmpClasses: Int32Array | undefined;

function textSymbols(text: string, from: number, to: number): TextSymbols {
  const { codes, offsets, length } = symbolCodes(text, from, to);
  const alphabet = new Map<number, number>();
  const table = (bmpClasses ??= new Int32Array(0x10000).fill(-1));
  try {
    for (let index = 0; index < length; index += 1) {
      const code = codes[index]!;
      let symbolClass = code < 0x10000 ? table[code]! : (alphabet.get(code) ?? -1);
      if (symbolClass < 0) {
        symbolClass = alphabet.size;
        alphabet.set(code, symbolClass);
        if (code < 0x10000) table[code] = symbolClass;
      }
      codes[index] = symbolClass;
    }
  } finally {
    for (const code of alphabet.keys()) if (code < 0x10000) table[code] = -1;
  }
  return { classes: codes, offsets, length, alphabet };
}

/*
 * The search is Myers' bit-parallel edit distance ("A fast bit-vector algorithm for approximate string matching based
 * on dynamic programming", 1999) in the multi-block form Hyyrö describes, so quotes longer than 32 characters work.
 * Each 32-bit block holds, for 32 rows of the pattern, whether the distance goes up or down from the row above; one
 * text symbol advances a block in a handful of word operations instead of 32 table cells. Ukkonen's cut-off skips
 * the blocks in which every distance already exceeds the allowance, which on a card that does not contain the
 * passage is most of them.
 */

const blockWidth = 32;
const topRowBit = 1 << 31;

interface Pattern {
  length: number;
  blocks: number;
  lastRowMask: number;
  /** Text symbol class → row of `peq` (row 0: a symbol the pattern does not contain). */
  rowOfClass: Int32Array;
  /** For each distinct pattern symbol, `blocks` words with a bit set where the pattern holds that symbol. */
  peq: Int32Array;
}

function compilePattern(codes: Int32Array, alphabet: Map<number, number>): Pattern {
  const blocks = Math.ceil(codes.length / blockWidth);
  const rowOfClass = new Int32Array(alphabet.size);
  let rows = 1;
  for (const code of codes) {
    const symbolClass = alphabet.get(code);
    if (symbolClass !== undefined && rowOfClass[symbolClass] === 0) rowOfClass[symbolClass] = rows++;
  }
  const peq = new Int32Array(rows * blocks);
  codes.forEach((code, index) => {
    const symbolClass = alphabet.get(code);
    if (symbolClass === undefined) return;
    const at = rowOfClass[symbolClass]! * blocks + Math.floor(index / blockWidth);
    peq[at] = peq[at]! | (1 << (index % blockWidth));
  });
  return {
    length: codes.length,
    blocks,
    lastRowMask: 1 << ((codes.length - 1) % blockWidth),
    rowOfClass,
    peq,
  };
}

/**
 * Advances one block by one text symbol. `carry` is how the distance changes along the row above the block (−1, 0
 * or +1); the return value is the change along its last row, which is the next block's carry.
 */
function advanceBlock(up: Int32Array, down: Int32Array, block: number, equal: number, carry: number, rowMask: number) {
  const pv = up[block]!;
  const mv = down[block]!;
  const carryDown = carry < 0 ? 1 : 0;
  const eq = equal | carryDown;
  const xv = eq | mv;
  const xh = (((eq & pv) + pv) ^ pv) | eq;
  let ph = mv | ~(xh | pv);
  let mh = pv & xh;
  const out = ph & rowMask ? 1 : mh & rowMask ? -1 : 0;
  ph = (ph << 1) | (carry > 0 ? 1 : 0);
  mh = (mh << 1) | carryDown;
  up[block] = mh | ~(xv | ph);
  down[block] = ph & xv;
  return out;
}

interface PassageEnd {
  /** Symbol index just past the passage. */
  end: number;
  distance: number;
}

/**
 * Where the passage of `symbols` nearest to the pattern ends, if within `maxErrors` edits. Among equally
 * near passages it takes the one ending closest to `preferredEnd` (a UTF-16 offset): the stored position is the best
 * guess we have.
 */
function searchEnd(pattern: Pattern, symbols: TextSymbols, maxErrors: number, preferredEnd: number): PassageEnd | null {
  const { blocks, peq, rowOfClass, lastRowMask } = pattern;
  const last = blocks - 1;
  const up = new Int32Array(blocks);
  const down = new Int32Array(blocks);
  const bottom = new Int32Array(blocks);
  // Before any text the distance at row i is i, so only the blocks holding rows up to maxErrors are active.
  let active = Math.max(0, Math.ceil(maxErrors / blockWidth) - 1);
  for (let block = 0; block <= active; block += 1) {
    up[block] = -1;
    bottom[block] = Math.min((block + 1) * blockWidth, pattern.length);
  }
  let best: PassageEnd | null = null;
  let bestGap = Infinity;
  for (let column = 0; column < symbols.length; column += 1) {
    const row = rowOfClass[symbols.classes[column]!]! * blocks;
    // The row above the pattern stays 0: a passage may start anywhere.
    let carry = 0;
    for (let block = 0; block <= active; block += 1) {
      carry = advanceBlock(up, down, block, peq[row + block]!, carry, block === last ? lastRowMask : topRowBit);
      bottom[block] = bottom[block]! + carry;
    }
    // The next block's first row can only come within the allowance from the diagonal (a match under a cell at the
    // allowance) or from above (a cell that just dropped below it); its other rows cannot in the same column.
    if (active < last && bottom[active]! - carry <= maxErrors && ((peq[row + active + 1]! & 1) !== 0 || carry < 0)) {
      active += 1;
      up[active] = -1;
      down[active] = 0;
      // Its previous column is unknown but above the allowance; assuming distances climb by one per row overstates
      // them, which is harmless: every cell within the allowance is still computed exactly.
      const rows = active === last ? pattern.length - last * blockWidth : blockWidth;
      const mask = active === last ? lastRowMask : topRowBit;
      bottom[active] =
        bottom[active - 1]! - carry + rows + advanceBlock(up, down, active, peq[row + active]!, carry, mask);
    } else {
      // A block whose last row is a full block above the allowance has no row within it.
      while (active > 0 && bottom[active]! >= maxErrors + blockWidth) active -= 1;
    }
    if (active === last && bottom[last]! <= (best?.distance ?? maxErrors)) {
      const gap = Math.abs(symbols.offsets[column + 1]! - preferredEnd);
      if (best === null || bottom[last]! < best.distance || gap < bestGap) {
        best = { end: column + 1, distance: bottom[last]! };
        bestGap = gap;
      }
    }
  }
  return best;
}

/**
 * Runs the reversed pattern backwards from `end` with the top row anchored, giving the distance from the quote to
 * every passage ending at `end`; returns where the shortest one within `distance` starts. Shortest, because edit
 * distance can often pad a match with a neighbouring character at no extra cost ("o grow" for "expand" → "grow").
 */
function searchStart(reversed: Pattern, symbols: TextSymbols, end: number, distance: number): number {
  const { blocks, peq, rowOfClass, lastRowMask } = reversed;
  const last = blocks - 1;
  const up = new Int32Array(blocks).fill(-1);
  const down = new Int32Array(blocks);
  let score = reversed.length;
  let bestScore = score;
  let bestStart = end;
  // A passage longer than the quote plus `distance` would need more than `distance` deletions.
  const limit = Math.max(0, end - reversed.length - distance);
  for (let column = end - 1; column >= limit; column -= 1) {
    const row = rowOfClass[symbols.classes[column]!]! * blocks;
    // The row above the pattern counts the symbols read so far: the passage must end exactly at `end`.
    let carry = 1;
    for (let block = 0; block <= last; block += 1) {
      carry = advanceBlock(up, down, block, peq[row + block]!, carry, block === last ? lastRowMask : topRowBit);
    }
    score += carry;
    if (score < bestScore) {
      bestScore = score;
      bestStart = column;
      if (score <= distance) break;
    }
  }
  return bestStart;
}

// ---------------------------------------------------------------------------------------------------------------
// Characters

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

function splitsSurrogatePair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHighSurrogate(text.charCodeAt(offset - 1)) &&
    isLowSurrogate(text.charCodeAt(offset))
  );
}

/** Exactly the characters of JavaScript's `\s`, tested by code so the fuzzy search need not run a regex per unit. */
function isWhitespace(unit: number): boolean {
  if (unit <= 0x20) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
  if (unit < 0xa0) return false;
  return (
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000 ||
    unit === 0xfeff
  );
}

/** The code point starting at `offset`, or -1 at the end of the text. */
function codePointAt(text: string, offset: number): number {
  return offset < text.length ? (text.codePointAt(offset) ?? -1) : -1;
}

/** The code point ending at `offset`, or -1 at the start of the text. */
function codePointBefore(text: string, offset: number): number {
  if (offset <= 0) return -1;
  if (offset >= 2 && splitsSurrogatePair(text, offset - 1)) return text.codePointAt(offset - 2) ?? -1;
  return text.charCodeAt(offset - 1);
}

const wordCharPattern = /^[\p{L}\p{M}\p{N}]$/u;

function isWordChar(codePoint: number): boolean {
  return codePoint >= 0 && wordCharPattern.test(String.fromCodePoint(codePoint));
}
