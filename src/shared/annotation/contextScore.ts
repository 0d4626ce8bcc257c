import search from 'approx-string-match';

/*
 * How alike the text beside a candidate passage is to the context stored with the highlight. The nearest characters
 * are the strongest evidence, so context is compared from the quote outwards.
 */

/** A code unit in neither string, to pad with: U+FFFF is a noncharacter, so the loop almost never runs. */
function sentinel(...parts: string[]): string {
  let unit = 0xffff;
  while (parts.some((part) => part.includes(String.fromCharCode(unit)))) unit -= 1;
  return String.fromCharCode(unit);
}

/**
 * How much of `expected` survives in `actual`, 1 − edits / length, where `expected` must be aligned up to the
 * `anchored` end of `actual` (the end that touches the quote) and may start anywhere at the other. Padding both
 * strings with more copies of an absent character than `expected` is long makes approx-string-match find exactly
 * that alignment: a match that stopped short of the padding would cost more than any alignment that reaches it.
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

/** How many characters agree, counted from the `anchored` end outwards, until the first difference. */
export function agreement(actual: string, expected: string, anchored: 'start' | 'end'): number {
  const length = Math.min(actual.length, expected.length);
  let count = 0;
  if (anchored === 'start') {
    while (count < length && actual.charCodeAt(count) === expected.charCodeAt(count)) count += 1;
  } else {
    const a = actual.length - 1;
    const e = expected.length - 1;
    while (count < length && actual.charCodeAt(a - count) === expected.charCodeAt(e - count)) count += 1;
  }
  return count;
}

/**
 * How well the text beside a candidate matches one side of the stored context, from 0 to 1. Half is the unbroken
 * run of agreement next to the quote, since the nearest characters are the strongest evidence (a repeated phrase's
 * copies share everything but their immediate surroundings); half is the similarity of the whole context, so that a
 * typo fixed two characters away does not erase the evidence. An empty side means the quote touched the text's
 * start or end, which a candidate either does too or does not.
 */
export function contextScore(text: string, at: number, context: string, side: 'before' | 'after'): number {
  if (context.length === 0) return at === (side === 'before' ? 0 : text.length) ? 1 : 0;
  const anchored = side === 'before' ? 'end' : 'start';
  const actual =
    side === 'before' ? text.slice(Math.max(0, at - context.length), at) : text.slice(at, at + context.length);
  const run = agreement(actual, context, anchored);
  // An unbroken context is the common case, and its similarity is 1 without a search.
  if (run === context.length) return 1;
  return (run / context.length + anchoredSimilarity(actual, context, anchored)) / 2;
}
