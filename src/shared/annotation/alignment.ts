import search from 'approx-string-match';

/*
 * Alignments approx-string-match does not offer directly. It finds the best match of a pattern anywhere in a text;
 * padding both with more copies of a character neither contains than the errors allowed pins an end of the match:
 * a match that stopped short of the padding would cost more than any alignment that reaches it.
 */

/** A code unit in neither string, to pad with: U+FFFF is a noncharacter, so the loop almost never runs. */
function sentinel(...parts: string[]): string {
  let unit = 0xffff;
  while (parts.some((part) => part.includes(String.fromCharCode(unit)))) unit -= 1;
  return String.fromCharCode(unit);
}

/**
 * How much of `expected` survives in `actual`, 1 − edits / length, where `expected` must be aligned up to the
 * `anchored` end of `actual` (the end that touches the quote) and may start anywhere at the other.
 */
export function anchoredSimilarity(actual: string, expected: string, anchored: 'start' | 'end'): number {
  if (expected.length === 0 || actual.length === 0) return 0;
  const pad = sentinel(actual, expected).repeat(expected.length + 1);
  const [best] =
    anchored === 'start'
      ? search(pad + actual, pad + expected, expected.length)
      : search(actual + pad, expected + pad, expected.length);
  return best ? 1 - best.errors / expected.length : 0;
}

/** The edit distance between the whole of `actual` and the whole of `expected`, or null if it exceeds `maxErrors`. */
export function distanceWithin(actual: string, expected: string, maxErrors: number): number | null {
  const pad = sentinel(actual, expected).repeat(maxErrors + 1);
  const [best] = search(pad + actual + pad, pad + expected + pad, maxErrors);
  return best ? best.errors : null;
}
