import type { CardMatch, SearchField } from './cardSearch';

/**
 * Matches as the search worker sends them: columns of numbers and one list of each distinct word. A common word matches
 * most of 10,000 cards, and the same matches as objects, each with its Set of fields, cost the window about 25 ms to
 * receive (structured clone) at every key; as columns they cost under a millisecond.
 */
export interface PackedMatches {
  ids: string[];
  scores: Float64Array;
  /** Each card's fields that matched, one bit per field in `fieldOrder`. */
  fields: Uint8Array;
  /** The distinct matched words; `termIndexes[termStarts[i] … termStarts[i + 1]]` are card i's. */
  words: string[];
  termStarts: Uint32Array;
  termIndexes: Uint32Array;
}

const fieldOrder: readonly SearchField[] = ['title', 'summary', 'body', 'details', 'notes', 'highlights', 'tags'];

export function packMatches(matches: readonly CardMatch[]): PackedMatches {
  const wordIndex = new Map<string, number>();
  const termIndexes: number[] = [];
  const termStarts = new Uint32Array(matches.length + 1);
  const fields = new Uint8Array(matches.length);
  const scores = new Float64Array(matches.length);
  const ids: string[] = [];
  matches.forEach((match, index) => {
    ids.push(match.id);
    scores[index] = match.score;
    let bits = 0;
    fieldOrder.forEach((field, bit) => {
      if (match.fields.has(field)) bits |= 1 << bit;
    });
    fields[index] = bits;
    termStarts[index] = termIndexes.length;
    for (const term of match.terms) {
      let at = wordIndex.get(term);
      if (at === undefined) wordIndex.set(term, (at = wordIndex.size));
      termIndexes.push(at);
    }
  });
  termStarts[matches.length] = termIndexes.length;
  return { ids, scores, fields, words: [...wordIndex.keys()], termStarts, termIndexes: Uint32Array.from(termIndexes) };
}

export function unpackMatches(packed: PackedMatches): CardMatch[] {
  const { ids, scores, fields, words, termStarts, termIndexes } = packed;
  return ids.map((id, index) => {
    const terms: string[] = [];
    for (let at = termStarts[index] ?? 0; at < (termStarts[index + 1] ?? 0); at++)
      terms.push(words[termIndexes[at] ?? 0] ?? '');
    const bits = fields[index] ?? 0;
    return {
      id,
      score: scores[index] ?? 0,
      terms,
      fields: new Set(fieldOrder.filter((_, bit) => (bits & (1 << bit)) !== 0)),
    };
  });
}
