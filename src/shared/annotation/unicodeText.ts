/**
 * Character tests the selectors and the anchoring share. Offsets are UTF-16 code units, so every helper here is
 * about not splitting a surrogate pair and about reading whitespace and words the way JavaScript's regexes do.
 */

export function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

export function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair, where no range may start or end. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHighSurrogate(text.charCodeAt(offset - 1)) &&
    isLowSurrogate(text.charCodeAt(offset))
  );
}

/** Exactly the characters of JavaScript's `\s`, tested by code so a 20,000-character scan runs no regex per unit. */
export function isWhitespace(unit: number): boolean {
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
export function codePointAt(text: string, offset: number): number {
  return offset < text.length ? (text.codePointAt(offset) ?? -1) : -1;
}

/** The code point ending at `offset`, or -1 at the start of the text. */
export function codePointBefore(text: string, offset: number): number {
  if (offset <= 0) return -1;
  if (offset >= 2 && splitsSurrogatePair(text, offset - 1)) return text.codePointAt(offset - 2) ?? -1;
  return text.charCodeAt(offset - 1);
}

const wordCharPattern = /^[\p{L}\p{M}\p{N}]$/u;

/** Letters, marks and digits of any script: what a "whole word" is made of, in Hangul and Cyrillic as in Latin. */
export function isWordChar(codePoint: number): boolean {
  return codePoint >= 0 && wordCharPattern.test(String.fromCodePoint(codePoint));
}
