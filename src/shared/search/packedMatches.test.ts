import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CardMatch, SearchField } from './cardSearch';
import { packMatches, unpackMatches } from './packedMatches';

const field = fc.constantFrom<SearchField>('title', 'summary', 'body', 'details', 'notes', 'highlights', 'tags');
const match = fc.record({
  id: fc.string({ minLength: 1, maxLength: 12 }),
  score: fc.double({ noNaN: true, min: 0, max: 1e6 }),
  terms: fc.array(fc.constantFrom('astana', 'tokayev', '협력', 'trade', 'volume'), { maxLength: 4 }),
  fields: fc.uniqueArray(field, { maxLength: 7 }).map((fields) => new Set(fields)),
});

describe('packMatches', () => {
  it('gives back every match as it was: id, score, words in order, fields', () => {
    fc.assert(
      fc.property(fc.array(match, { maxLength: 40 }), (matches: CardMatch[]) => {
        expect(unpackMatches(packMatches(matches))).toEqual(matches);
      }),
    );
  });

  it('survives the structured clone the worker sends it through', () => {
    const matches: CardMatch[] = [
      { id: 'trade-volume', score: 3.5, terms: ['trade', 'volume'], fields: new Set<SearchField>(['title', 'notes']) },
      { id: 'own-1', score: 0.25, terms: ['trade'], fields: new Set<SearchField>(['tags']) },
    ];
    expect(unpackMatches(structuredClone(packMatches(matches)))).toEqual(matches);
  });
});
