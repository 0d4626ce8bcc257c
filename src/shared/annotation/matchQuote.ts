import search from 'approx-string-match';
import { contextScore } from './contextScore';
import type { SymbolText } from './symbolText';

/**
 * Candidate passages for a highlight's edited quote and the score that picks one, in the manner of the Hypothesis
 * client: approx-string-match (Myers' bit-parallel algorithm) proposes the passages nearest the quote within an
 * error budget, and each is scored by how like the quote it is, how like the stored context its surroundings are,
 * and how near it lies to where the highlight used to be. Likely stretches of the card are searched before the
 * whole of it, which only a passage that is not settled by its context needs.
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

/**
 * Every passage of `window` (symbol indices into `text`) within `maxErrors` edits of `quote` that ends where the
 * fewest edits are needed, with each start at which it needs no more; the ends nearest `hintEnd` first.
 */
export function candidatesIn(
  text: SymbolText,
  quote: string,
  maxErrors: number,
  window: SymbolWindow,
  hintEnd: number,
): Candidate[] {
  const { symbols, offsets } = text;
  const whole = window.from === 0 && window.to === symbols.length;
  const matches = search(whole ? symbols : symbols.slice(window.from, window.to), quote, maxErrors)
    .map((match) => ({ start: window.from + match.start, end: window.from + match.end, errors: match.errors }))
    .sort((a, b) => Math.abs(a.end - hintEnd) - Math.abs(b.end - hintEnd))
    .slice(0, maxEnds);

  const reversedQuote = reversed(quote);
  const candidates: Candidate[] = [];
  for (const match of matches) {
    // The library reports the longest passage for each end, which often drags in a neighbouring character at no
    // cost ("o grow" for "expand" edited to "grow"). Searching backwards from the end, with the reversed quote,
    // gives every start at which the passage needs no more edits; the stored prefix then chooses among them.
    const { end, errors } = match;
    const from = Math.max(window.from, end - quote.length - errors);
    const starts = search(reversed(symbols.slice(from, end)), reversedQuote, errors)
      .filter((backwards) => backwards.start === 0)
      .map((backwards) => end - backwards.end);
    if (starts.length === 0) starts.push(match.start);
    for (const start of starts) candidates.push({ start: offsets[start]!, end: offsets[end]!, errors });
  }
  return candidates;
}

function memo(compute: (offset: number) => number): (offset: number) => number {
  const known = new Map<number, number>();
  return (offset) => {
    let value = known.get(offset);
    if (value === undefined) known.set(offset, (value = compute(offset)));
    return value;
  };
}

interface Ranked {
  candidate: Candidate;
  /** The context scores on each side, from 0 to 1. */
  before: number;
  after: number;
}

function rank(text: string, candidates: readonly Candidate[], context: QuoteContext): Ranked | null {
  const hint = Math.min(context.hint, text.length);
  const before = memo((start) => contextScore(text, start, context.prefix, 'before'));
  const after = memo((end) => contextScore(text, end, context.suffix, 'after'));
  let best: Ranked | null = null;
  let bestScore = -Infinity;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = Math.abs(candidate.start - hint);
    const score =
      quoteWeight * (1 - candidate.errors / Math.max(1, context.quoteLength)) +
      contextWeight * (before(candidate.start) + after(candidate.end)) +
      positionWeight * (1 - distance / Math.max(1, text.length));
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = { candidate, before: before(candidate.start), after: after(candidate.end) };
      bestScore = score;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The candidate with the best score (a weighted sum of quote similarity, prefix similarity, suffix similarity and
 * nearness to the old start), or null if there is none. Equal scores go to the passage nearer the old start.
 */
export function bestCandidate(text: string, candidates: readonly Candidate[], context: QuoteContext): Candidate | null {
  return rank(text, candidates, context)?.candidate ?? null;
}

/**
 * A likely passage whose surroundings score at least this on both sides is the highlighted passage, edited where
 * it stands; so is one beside which a side of the stored context of at least `settledIntact` characters is intact.
 */
const settledContext = 0.75;
const settledIntact = 8;

/** Whether a likely passage is certain enough to skip the search of the whole card, the costly part. */
function isSettled({ before, after }: Ranked, { prefix, suffix }: QuoteContext): boolean {
  if (before === 1 && prefix.length >= settledIntact) return true;
  if (after === 1 && suffix.length >= settledIntact) return true;
  return Math.min(before, after) >= settledContext;
}

/** Sorted, with overlapping windows merged, so that no stretch of the card is searched twice. */
function merged(windows: readonly SymbolWindow[]): SymbolWindow[] {
  const sorted = windows.filter((window) => window.from < window.to).sort((a, b) => a.from - b.from);
  const result: SymbolWindow[] = [];
  for (const window of sorted) {
    const last = result.at(-1);
    if (last && window.from <= last.to) last.to = Math.max(last.to, window.to);
    else result.push({ ...window });
  }
  return result;
}

/**
 * The best passage of `text` for an edited quote (`quote` in the symbols of `symbols`, within `maxErrors` edits):
 * candidates from the `likely` windows first (near the old position, next to where the stored context still stands),
 * then from the whole text unless a likely one is settled by its context. All are scored together, so
 * an edited passage is found where it stood even when a closer copy of the quote sits elsewhere, and a passage that
 * moved is found where it went.
 */
export function matchQuote(
  text: string,
  symbols: SymbolText,
  quote: string,
  maxErrors: number,
  likely: readonly SymbolWindow[],
  context: QuoteContext & { hintEnd: number },
): Candidate | null {
  const length = symbols.symbols.length;
  const windows = merged(likely);
  const partial = windows.length > 0 && (windows[0]!.from > 0 || windows[0]!.to < length);
  const local = partial
    ? windows.flatMap((window) => candidatesIn(symbols, quote, maxErrors, window, context.hintEnd))
    : [];
  const nearBest = rank(text, local, context);
  if (nearBest && isSettled(nearBest, context)) return nearBest.candidate;
  const everywhere = candidatesIn(symbols, quote, maxErrors, { from: 0, to: length }, context.hintEnd);
  return bestCandidate(text, [...local, ...everywhere], context);
}
