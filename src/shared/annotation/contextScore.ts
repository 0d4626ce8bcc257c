import { anchoredSimilarity } from './alignment';

/*
 * How alike the text beside a candidate passage is to the context stored with the highlight. The nearest characters
 * are the strongest evidence, so context is compared from the quote outwards.
 */

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
