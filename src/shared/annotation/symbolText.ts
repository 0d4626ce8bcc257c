import { isHighSurrogate, isLowSurrogate, isWhitespace } from './unicodeText';

/**
 * approx-string-match compares UTF-16 code units, but an emoji is two of them and re-wrapping a line changes
 * whitespace without changing a word. So the fuzzy search reads text as symbols: one per code point, with every run
 * of whitespace a single space. Each distinct symbol of a card is named by one code unit, its rank of first
 * appearance, which gives the library a string it can search whose indices map back to UTF-16 ranges that never
 * split a surrogate pair. Ranks also keep most cards under 256 distinct symbols, the library's fast lookup.
 */
export interface SymbolText {
  /** One code unit per symbol. */
  symbols: string;
  /** Where symbol i starts in the source text; `offsets[symbols.length]` is the text's length. */
  offsets: Int32Array;
  /** Code point (0x20 for a whitespace run) → the code unit that names it in `symbols`. */
  alphabet: ReadonlyMap<number, number>;
}

/** Names no symbol of the text: a quote's symbol that the card does not contain can never match. */
const absentSymbol = 0xffff;

/** Calls `visit` with each symbol's code point and the UTF-16 offset where it starts. */
function scanSymbols(text: string, visit: (codePoint: number, at: number) => void): void {
  let at = 0;
  while (at < text.length) {
    const unit = text.charCodeAt(at);
    if (isWhitespace(unit)) {
      visit(0x20, at);
      at += 1;
      while (at < text.length && isWhitespace(text.charCodeAt(at))) at += 1;
    } else if (isHighSurrogate(unit) && at + 1 < text.length && isLowSurrogate(text.charCodeAt(at + 1))) {
      visit((unit - 0xd800) * 0x400 + (text.charCodeAt(at + 1) - 0xdc00) + 0x10000, at);
      at += 2;
    } else {
      // A lone surrogate is a symbol of its own, equal only to the same lone unit.
      visit(unit, at);
      at += 1;
    }
  }
}

function unitsToString(units: Uint16Array): string {
  // fromCharCode keeps every unit as it is (a decoder would replace lone surrogates); chunks keep the stack small.
  let result = '';
  for (let from = 0; from < units.length; from += 8192) {
    result += String.fromCharCode(...units.subarray(from, from + 8192));
  }
  return result;
}

/**
 * The symbol form of a card's text, or null when it has more distinct symbols than code units can name (65,535:
 * far beyond any card, and then the fuzzy search declines rather than confuse two characters).
 */
export function encodeText(text: string): SymbolText | null {
  const alphabet = new Map<number, number>();
  const units = new Uint16Array(text.length);
  const offsets = new Int32Array(text.length + 1);
  let length = 0;
  let overflow = false;
  scanSymbols(text, (codePoint, at) => {
    let unit = alphabet.get(codePoint);
    if (unit === undefined) {
      unit = alphabet.size;
      if (unit >= absentSymbol) overflow = true;
      alphabet.set(codePoint, unit);
    }
    units[length] = unit;
    offsets[length] = at;
    length += 1;
  });
  if (overflow) return null;
  offsets[length] = text.length;
  return { symbols: unitsToString(units.subarray(0, length)), offsets: offsets.subarray(0, length + 1), alphabet };
}

/** A quote or its context in the alphabet of `text`, so that equal symbols are equal code units. */
export function encodeLike(text: SymbolText, part: string): string {
  const units: number[] = [];
  scanSymbols(part, (codePoint) => units.push(text.alphabet.get(codePoint) ?? absentSymbol));
  return unitsToString(Uint16Array.from(units));
}

/** The index of the first symbol starting at or after the UTF-16 `offset` (the symbol count if none does). */
export function symbolIndexAt(text: SymbolText, offset: number): number {
  let low = 0;
  let high = text.symbols.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (text.offsets[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
