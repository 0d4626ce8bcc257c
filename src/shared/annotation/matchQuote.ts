import search from 'approx-string-match';
import type { SymbolText } from './symbolText';

/**
 * Candidate passages for a highlight's quote and the score that picks one, in the manner of the Hypothesis client:
 * approx-string-match (Myers' bit-parallel algorithm) proposes the passages nearest the quote within an error
 * budget, and each is scored by how like the quote it is, how like the stored context its surroundings are, and
 * how near it lies to where the highlight used to be.
 */

/** A passage of the card's text (UTF-16 offsets, end exclusive) and the edits that separate it from the quote. */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** What the scorer knows of the highlight as it was made. */
export interface QuoteContext {
  /** The quote's length in the unit `errors` counts (symbols for the fuzzy search). */
  quoteLength: number;
  /** The stored text just before and after the quote; empty where the quote touched the start or end. */
  prefix: string;
  suffix: string;
  /** Where the quote used to start (UTF-16). */
  hint: number;
}

/** A range of symbol indices, end exclusive. */
export interface SymbolWindow {
  from: number;
  to: number;
}

// The quote weighs most; each side of context can outvote a few errors in the quote, which is how a repeated
// phrase is told apart; position only breaks ties between otherwise equal passages.
const quoteWeight = 50;
const contextWeight = 20;
const positionWeight = 2;

/**
 * Match ends examined per search. Ordinary text has a handful; only a card that repeats itself hundreds of times has
 * more, and then the ends nearest the old position are the ones worth scoring.
 */
const maxEnds = 32;

function reversed(text: string): string {
  // Symbol strings name every symbol by one code unit, so reversing units reverses symbols.
  return text.split('').reverse().join('');
}

interface MatchEnd {
  errors: number;
  /** The start approx-string-match reported (the longest passage), kept as a fallback. */
  start: number;
  /** The search's lower bound, so a passage's start is sought where the search that found its end looked. */
  from: number;
}

/**
 * Every passage of `text` within `maxErrors` edits of `quote` (both in symbols) that ends where the fewest edits are
 * needed, first within `near` and then in the whole text: a passage edited where it stood is found even when a
 * closer copy of the quote sits elsewhere, and the scorer weighs the two.
 */
export function approximateCandidates(
  text: SymbolText,
  quote: string,
  maxErrors: number,
  near: SymbolWindow,
  hintEnd: number,
): Candidate[] {
  const { symbols, offsets } = text;
  const ends = new Map<number, MatchEnd>();
  if (near.from > 0 || near.to < symbols.length) {
    for (const match of search(symbols.slice(near.from, near.to), quote, maxErrors)) {
      ends.set(near.from + match.end, { errors: match.errors, start: near.from + match.start, from: near.from });
    }
  }
  for (const match of search(symbols, quote, maxErrors)) {
    const known = ends.get(match.end);
    if (!known || match.errors < known.errors) ends.set(match.end, { ...match, from: 0 });
  }
  const nearest = [...ends].sort(([a], [b]) => Math.abs(a - hintEnd) - Math.abs(b - hintEnd)).slice(0, maxEnds);

  const reversedQuote = reversed(quote);
  const candidates: Candidate[] = [];
  for (const [end, match] of nearest) {
    // The library reports the longest passage for each end, which often drags in a neighbouring character at no
    // cost ("o grow" for "expand" edited to "grow"). Searching backwards from the end, with the reversed quote,
    // gives every start at which the passage needs no more edits; the stored prefix then chooses among them.
    const from = Math.max(match.from, end - quote.length - match.errors);
    const starts = search(reversed(symbols.slice(from, end)), reversedQuote, match.errors)
      .filter((backwards) => backwards.start === 0)
      .map((backwards) => ({ start: end - backwards.end, errors: backwards.errors }));
    if (starts.length === 0) starts.push({ start: match.start, errors: match.errors });
    for (const { start, errors } of starts) candidates.push({ start: offsets[start]!, end: offsets[end]!, errors });
  }
  return candidates;
}

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
  return (agreement(actual, context, anchored) / context.length + anchoredSimilarity(actual, context, anchored)) / 2;
}

function memo(compute: (offset: number) => number): (offset: number) => number {
  const known = new Map<number, number>();
  return (offset) => {
    let value = known.get(offset);
    if (value === undefined) known.set(offset, (value = compute(offset)));
    return value;
  };
}

/**
 * The candidate with the best score (a weighted sum of quote similarity, prefix similarity, suffix similarity and
 * nearness to the old start), or null if there is none. Equal scores go to the passage nearer the old start.
 */
export function bestCandidate(text: string, candidates: readonly Candidate[], context: QuoteContext): Candidate | null {
  const hint = Math.min(context.hint, text.length);
  const before = memo((start) => contextScore(text, start, context.prefix, 'before'));
  const after = memo((end) => contextScore(text, end, context.suffix, 'after'));
  let best: Candidate | null = null;
  let bestScore = -Infinity;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = Math.abs(candidate.start - hint);
    const score =
      quoteWeight * (1 - candidate.errors / Math.max(1, context.quoteLength)) +
      contextWeight * (before(candidate.start) + after(candidate.end)) +
      positionWeight * (1 - distance / Math.max(1, text.length));
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = candidate;
      bestScore = score;
      bestDistance = distance;
    }
  }
  return best;
}
