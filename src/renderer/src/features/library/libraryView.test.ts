import { describe, expect, it } from 'vitest';
import { sampleFact } from '../../../../shared/testing/sampleSeed';
import { rankedBySearch } from './libraryView';

const scores = (entries: [string, number][]) => {
  const map = new Map(entries);
  return { scoreOf: (id: string) => map.get(id) };
};

describe('rankedBySearch', () => {
  const facts = ['a', 'b', 'c', 'd', 'e'].map((id) => sampleFact({ id }));
  const ids = (list: { id: string }[]) => list.map((fact) => fact.id);

  it('keeps only the matched cards, best score first', () => {
    const matches = scores([
      ['d', 1],
      ['b', 5],
      ['e', 3],
    ]);
    expect(ids(rankedBySearch(facts, matches))).toEqual(['b', 'e', 'd']);
  });

  it('leaves equal scores in the order of the cards, whatever order the matches came in', () => {
    const matches = scores([
      ['e', 2],
      ['a', 2],
      ['c', 2],
      ['b', 9],
    ]);
    expect(ids(rankedBySearch(facts, matches))).toEqual(['b', 'a', 'c', 'e']);
  });

  it('ignores matches for cards outside the selection', () => {
    expect(
      ids(
        rankedBySearch(
          facts.slice(0, 2),
          scores([
            ['z', 1],
            ['a', 1],
          ]),
        ),
      ),
    ).toEqual(['a']);
  });
});
