import { describe, expect, it } from 'vitest';
import {
  agreement,
  anchoredSimilarity,
  approximateCandidates,
  bestCandidate,
  contextScore,
  type Candidate,
} from './matchQuote';
import { encodeLike, encodeText } from './symbolText';

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

describe('agreement', () => {
  it('counts matching characters from the anchored end until the first difference', () => {
    expect(agreement('xx in Seoul', 'yy in Seoul', 'end')).toBe(9);
    expect(agreement(' in Seoul xx', ' in Seoul yy', 'start')).toBe(10);
    expect(agreement('abc', 'xbc', 'start')).toBe(0);
    expect(agreement('bc', 'abc', 'end')).toBe(2);
  });
});

describe('contextScore', () => {
  const text = 'The leaders met in Seoul. They agreed on trade.';
  const at = text.indexOf('They');

  it('is 1 where the stored context borders the candidate unchanged', () => {
    expect(contextScore(text, at, 'met in Seoul. ', 'before')).toBe(1);
    expect(contextScore(text, at + 4, ' agreed on', 'after')).toBe(1);
  });

  it('keeps some evidence when a character next to the quote changed, and more when one further away did', () => {
    const near = contextScore(text, at, 'met in Seoul! ', 'before');
    const far = contextScore(text, at, 'met at Seoul. ', 'before');
    expect(near).toBeGreaterThan(0.3);
    expect(far).toBeGreaterThan(near);
    expect(far).toBeLessThan(1);
  });

  it('reads an empty stored context as the start or end of the text', () => {
    expect(contextScore(text, 0, '', 'before')).toBe(1);
    expect(contextScore(text, at, '', 'before')).toBe(0);
    expect(contextScore(text, text.length, '', 'after')).toBe(1);
    expect(contextScore(text, at, '', 'after')).toBe(0);
  });
});

describe('approximateCandidates', () => {
  const text = 'Both leaders agreed to grow bilateral trade.';
  const encoded = encodeText(text)!;
  const quote = encodeLike(encoded, 'expand bilateral trade');
  const whole = { from: 0, to: encoded.symbols.length };

  it('offers every start at which a passage needs the fewest edits, not only the longest', () => {
    const candidates = approximateCandidates(encoded, quote, 6, whole, 0);
    const passages = candidates.map((candidate) => text.slice(candidate.start, candidate.end));
    expect(passages).toContain('grow bilateral trade');
    expect(passages).toContain('o grow bilateral trade');
    expect(new Set(candidates.map((candidate) => candidate.errors))).toEqual(new Set([6]));
  });

  it('finds nothing beyond the error budget', () => {
    expect(approximateCandidates(encoded, quote, 5, whole, 0)).toEqual([]);
  });

  it('also offers the best passage near the old position when a closer match lies elsewhere', () => {
    const card = 'They agreed to expand trade in energy. Later they agreed to expand trade in health.';
    const cardSymbols = encodeText(card)!;
    const edited = encodeLike(cardSymbols, 'agreed to expand trade in energy');
    const later = card.indexOf('agreed to expand trade in health');
    const near = { from: later - 4, to: cardSymbols.symbols.length };
    const passages = approximateCandidates(cardSymbols, edited, 8, near, card.length).map((candidate) =>
      card.slice(candidate.start, candidate.end),
    );
    expect(passages).toContain('agreed to expand trade in energy');
    // Within the window the fewest edits end inside "health"; widening to whole words is the caller's step.
    expect(passages).toContain('agreed to expand trade in healt');
  });
});

describe('bestCandidate', () => {
  const text = 'In Seoul they agreed to expand trade. In Almaty they agreed to expand trade.';
  const first = text.indexOf('agreed');
  const second = text.lastIndexOf('agreed');
  const length = 'agreed to expand trade'.length;
  const candidate = (start: number, errors = 0): Candidate => ({ start, end: start + length, errors });

  it('picks the candidate whose surroundings match the stored context', () => {
    const context = { quoteLength: length, prefix: 'In Almaty they ', suffix: '.', hint: first };
    expect(bestCandidate(text, [candidate(first), candidate(second)], context)).toEqual(candidate(second));
  });

  it('lets matching context outvote a few more errors in the quote', () => {
    const context = { quoteLength: length, prefix: 'In Almaty they ', suffix: '.', hint: first };
    expect(bestCandidate(text, [candidate(first, 0), candidate(second, 3)], context)).toEqual(candidate(second, 3));
  });

  it('breaks a tie by nearness to the old position', () => {
    const context = { quoteLength: length, prefix: ' they ', suffix: ' trade.', hint: second - 3 };
    const far = candidate(first);
    const near = candidate(second);
    expect(bestCandidate(text, [far, near], { ...context, suffix: '' })).toEqual(near);
    expect(bestCandidate(text, [near, far], { ...context, suffix: '', hint: first })).toEqual(far);
  });

  it('returns null without candidates', () => {
    expect(bestCandidate(text, [], { quoteLength: 3, prefix: '', suffix: '', hint: 0 })).toBeNull();
  });
});
