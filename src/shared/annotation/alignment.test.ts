import { describe, expect, it } from 'vitest';
import { anchoredSimilarity, distanceWithin } from './alignment';

describe('anchoredSimilarity', () => {
  it('aligns the expected text up to the anchored end and lets it start anywhere at the other', () => {
    expect(anchoredSimilarity('noise then Seoul. ', 'Seoul. ', 'end')).toBe(1);
    expect(anchoredSimilarity(' in Seoul and more', ' in Seoul', 'start')).toBe(1);
    // The same words away from the anchored end are not the context next to the quote.
    expect(anchoredSimilarity('Seoul. noise', 'Seoul. ', 'end')).toBeLessThan(0.5);
    expect(anchoredSimilarity('noise in Seoul', ' in Seoul', 'start')).toBeLessThan(0.5);
  });

  it('forgives a few edits in proportion to the length', () => {
    expect(anchoredSimilarity('met in Seoul, ', 'met in Seoul. ', 'end')).toBeCloseTo(1 - 1 / 14);
    expect(anchoredSimilarity('xx', 'abcd', 'end')).toBe(0);
  });

  it('is 0 when either side is empty', () => {
    expect(anchoredSimilarity('', 'abc', 'end')).toBe(0);
    expect(anchoredSimilarity('abc', '', 'start')).toBe(0);
  });

  it('pads with a character that neither string contains', () => {
    const odd = 'a\uffffb\ufffe';
    expect(anchoredSimilarity(`zz${odd}`, odd, 'end')).toBe(1);
    expect(anchoredSimilarity(`${odd}zz`, odd, 'start')).toBe(1);
  });
});

describe('distanceWithin', () => {
  it('counts the edits between the whole of both strings', () => {
    expect(distanceWithin('kitten', 'sitting', 5)).toBe(3);
    expect(distanceWithin('Seoul', 'Seoul', 0)).toBe(0);
    // A close match inside a longer string is not a close match of the whole.
    expect(distanceWithin('the summit in Seoul, 2021', 'Seoul', 5)).toBeNull();
    expect(distanceWithin('', 'abc', 3)).toBe(3);
  });

  it('is null beyond the allowance', () => {
    expect(distanceWithin('kitten', 'sitting', 2)).toBeNull();
    expect(distanceWithin('abc', 'xyz', 2)).toBeNull();
  });
});
