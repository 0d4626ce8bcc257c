import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SearchField } from './cardSearch';
import { packResults, SearchMatches, type IndexResult } from './packedMatches';

const field = fc.constantFrom<SearchField>('title', 'summary', 'body', 'details', 'notes', 'highlights', 'tags');
const word = fc.constantFrom('astana', 'tokayev', '협력', 'trade', 'volume');
// As MiniSearch gives them: each matched word with the fields it was found in; ids are unique.
const results = fc
  .uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 12 }),
      score: fc.double({ noNaN: true, min: 0, max: 1e6 }),
      match: fc.dictionary(word, fc.uniqueArray(field, { minLength: 1, maxLength: 7 }), { maxKeys: 4 }),
    }),
    { selector: (result) => result.id, maxLength: 40 },
  )
  .map((list) => list.map((result): IndexResult => ({ ...result, terms: Object.keys(result.match) })));

/** What a match should say, worked out the obvious way. */
function expected(result: IndexResult) {
  return {
    id: String(result.id),
    score: result.score,
    terms: [...result.terms],
    fields: new Set(Object.values(result.match).flat()),
  };
}

describe('packResults and SearchMatches', () => {
  it('give back every result as it was: id, score, words in order, fields, and the order itself', () => {
    fc.assert(
      fc.property(results, (list) => {
        const matches = new SearchMatches(packResults(list));
        expect(matches.all()).toEqual(list.map(expected));
        expect([...matches.keys()]).toEqual(list.map((result) => String(result.id)));
        expect(matches.size).toBe(list.length);
        for (const result of list) {
          expect(matches.has(String(result.id))).toBe(true);
          expect(matches.scoreOf(String(result.id))).toBe(result.score);
          expect(matches.get(String(result.id))).toEqual(expected(result));
        }
        expect(matches.get('\u0000 not a card')).toBeUndefined();
        expect(matches.scoreOf('\u0000 not a card')).toBeUndefined();
      }),
    );
  });

  it('survive the structured clone the worker sends them through', () => {
    const list: IndexResult[] = [
      { id: 'trade-volume', score: 3.5, terms: ['trade', 'volume'], match: { trade: ['title'], volume: ['notes'] } },
      { id: 'own-1', score: 0.25, terms: ['trade'], match: { trade: ['tags'] } },
    ];
    expect(new SearchMatches(structuredClone(packResults(list))).all()).toEqual(list.map(expected));
  });

  it('make a card’s match once, however often the card asks', () => {
    const matches = new SearchMatches(
      packResults([{ id: 'a', score: 1, terms: ['trade'], match: { trade: ['body'] } }]),
    );
    expect(matches.get('a')).toBe(matches.get('a'));
  });
});
