import { describe, expect, it } from 'vitest';
import { agreement, contextScore } from './contextScore';

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
