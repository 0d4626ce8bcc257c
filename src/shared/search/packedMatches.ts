import type { CardMatch, SearchField } from './cardSearch';

/**
 * Matches as the search worker sends them: columns of numbers and one list of each distinct word. A common word matches
 * most of 10,000 cards, and the same matches as objects, each with its Set of fields, cost the window about 25 ms to
 * receive (structured clone) at every key; as columns they cost under a millisecond.
 */
export interface PackedMatches {
  /** Best first. */
  ids: string[];
  scores: Float64Array;
  /** Each card's fields that matched, one bit per field in `fieldOrder`. */
  fields: Uint8Array;
  /** The distinct matched words; `termIndexes[termStarts[i] … termStarts[i + 1]]` are card i's. */
  words: string[];
  termStarts: Uint32Array;
  termIndexes: Uint32Array;
}

/** One result as the index (MiniSearch) gives it: the words that matched, each with the fields it was found in. */
export interface IndexResult {
  id: unknown;
  score: number;
  terms: readonly string[];
  match: Readonly<Record<string, readonly string[]>>;
}

const fieldOrder: readonly SearchField[] = ['title', 'summary', 'body', 'details', 'notes', 'highlights', 'tags'];
const fieldBits = new Map<string, number>(fieldOrder.map((field, bit) => [field, 1 << bit]));

/**
 * Packs the index's results straight into columns. It runs once per key for up to 7,000 results, so it is one plain loop
 * that makes no object per result (making each a `CardMatch` with its Set first cost a fifth of the search).
 */
export function packResults(results: readonly IndexResult[]): PackedMatches {
  const count = results.length;
  const wordIndex = new Map<string, number>();
  const termIndexes: number[] = [];
  const termStarts = new Uint32Array(count + 1);
  const fields = new Uint8Array(count);
  const scores = new Float64Array(count);
  const ids = new Array<string>(count);
  for (let index = 0; index < count; index++) {
    const result = results[index] as IndexResult;
    ids[index] = String(result.id);
    scores[index] = result.score;
    let bits = 0;
    for (const term in result.match) for (const field of result.match[term] ?? []) bits |= fieldBits.get(field) ?? 0;
    fields[index] = bits;
    termStarts[index] = termIndexes.length;
    for (const term of result.terms) {
      let at = wordIndex.get(term);
      if (at === undefined) wordIndex.set(term, (at = wordIndex.size));
      termIndexes.push(at);
    }
  }
  termStarts[count] = termIndexes.length;
  return { ids, scores, fields, words: [...wordIndex.keys()], termStarts, termIndexes: Uint32Array.from(termIndexes) };
}

/** What a card needs of the matches to show its own: a `Map` of `CardMatch`es will do, as will `SearchMatches`. */
export interface MatchLookup {
  get(id: string): CardMatch | undefined;
}

/**
 * The matches the window holds, read from their columns. Only the cards on screen ever ask for their `CardMatch`
 * (a virtualised grid shows a dozen of 7,000), so each is made when first asked for; ranking reads the scores alone.
 */
export class SearchMatches implements MatchLookup {
  private readonly positions = new Map<string, number>();
  private readonly made = new Map<number, CardMatch>();

  constructor(private readonly packed: PackedMatches) {
    packed.ids.forEach((id, position) => this.positions.set(id, position));
  }

  get size(): number {
    return this.packed.ids.length;
  }

  /** The matched cards' ids, best first. */
  keys(): IterableIterator<string> {
    return this.packed.ids[Symbol.iterator]();
  }

  has(id: string): boolean {
    return this.positions.has(id);
  }

  scoreOf(id: string): number | undefined {
    const position = this.positions.get(id);
    return position === undefined ? undefined : this.packed.scores[position];
  }

  get(id: string): CardMatch | undefined {
    const position = this.positions.get(id);
    if (position === undefined) return undefined;
    let match = this.made.get(position);
    if (!match) this.made.set(position, (match = this.matchAt(position)));
    return match;
  }

  /** Every match, best first (for tests and small result sets). */
  all(): CardMatch[] {
    return this.packed.ids.map((id) => this.get(id) as CardMatch);
  }

  private matchAt(position: number): CardMatch {
    const { ids, scores, fields, words, termStarts, termIndexes } = this.packed;
    const terms: string[] = [];
    for (let at = termStarts[position] ?? 0; at < (termStarts[position + 1] ?? 0); at++)
      terms.push(words[termIndexes[at] ?? 0] ?? '');
    const bits = fields[position] ?? 0;
    return {
      id: ids[position] ?? '',
      score: scores[position] ?? 0,
      terms,
      fields: new Set(fieldOrder.filter((_, bit) => (bits & (1 << bit)) !== 0)),
    };
  }
}
