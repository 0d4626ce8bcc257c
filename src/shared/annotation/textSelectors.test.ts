import { describe, expect, it } from 'vitest';
import { card, highlight } from './testing/highlightFixtures';
import {
  contextLength,
  describeRange,
  highlightTargetSchema,
  maxQuoteLength,
  textPositionSelectorSchema,
  textQuoteSelectorSchema,
  trimRange,
} from './textSelectors';

describe('describeRange', () => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz';

  it('keeps 32 characters of context on each side in the middle of the text', () => {
    const target = describeRange(alphabet, 34, 40);
    expect(target).toEqual({
      quote: {
        type: 'TextQuoteSelector',
        exact: '89abcd',
        prefix: alphabet.slice(2, 34),
        suffix: alphabet.slice(40, 62),
      },
      position: { type: 'TextPositionSelector', start: 34, end: 40 },
    });
    expect(target.quote.prefix).toHaveLength(contextLength);
  });

  it('has an empty prefix at the start of the text and a short suffix near its end', () => {
    expect(describeRange(alphabet, 0, 3).quote).toMatchObject({
      exact: 'ABC',
      prefix: '',
      suffix: alphabet.slice(3, 35),
    });
    expect(describeRange(alphabet, 50, 55).quote).toMatchObject({ prefix: alphabet.slice(18, 50), suffix: 'tuvwxyz' });
  });

  it('has an empty suffix at the end of the text', () => {
    expect(describeRange(alphabet, 59, 62).quote).toMatchObject({
      exact: 'xyz',
      prefix: alphabet.slice(27, 59),
      suffix: '',
    });
    expect(describeRange('Seoul', 0, 5).quote).toMatchObject({ exact: 'Seoul', prefix: '', suffix: '' });
  });

  it('trims nothing: whitespace the caller selected stays in the quote', () => {
    expect(describeRange('a  Seoul  b', 1, 10).quote.exact).toBe('  Seoul  ');
  });

  it('shortens the context rather than cut an emoji in half', () => {
    // Pairs sit at [1, 2], [3, 4]…: offset 10, 32 units before the quote, is the second half of a pair.
    const text = 'x' + '😀'.repeat(20) + 'yTARGETz' + '😀'.repeat(20);
    const start = text.indexOf('TARGET');
    const target = describeRange(text, start, start + 6);
    expect(target.quote.prefix).toBe(text.slice(11, start));
    expect(target.quote.prefix).toHaveLength(31);
    expect(target.quote.suffix).toBe('z' + '😀'.repeat(15));
    expect(target.quote.suffix).toHaveLength(31);
  });

  it('builds targets the schema accepts', () => {
    expect(highlightTargetSchema.parse(highlight(card, 'USD 10 billion'))).toEqual(highlight(card, 'USD 10 billion'));
  });

  it.each([
    ['an empty range', 5, 5, /empty/],
    ['a reversed range', 6, 5, /empty|reversed/],
    ['a negative start', -1, 5, /outside/],
    ['an end past the text', 0, card.length + 1, /outside/],
    ['fractional offsets', 1.5, 4, /integer/],
    ['NaN', Number.NaN, 4, /integer/],
  ])('throws a RangeError for %s', (_name, start, end, message) => {
    expect(() => describeRange(card, start, end)).toThrow(RangeError);
    expect(() => describeRange(card, start, end)).toThrow(message);
  });

  it('throws a RangeError for a range that splits a surrogate pair', () => {
    const text = 'Deal 🤝 signed';
    const emoji = text.indexOf('🤝');
    expect(() => describeRange(text, emoji + 1, text.length)).toThrow(/surrogate pair/);
    expect(() => describeRange(text, 0, emoji + 1)).toThrow(/surrogate pair/);
    expect(() => describeRange(text, emoji + 1, text.length)).toThrow(RangeError);
    expect(describeRange(text, emoji, emoji + 2).quote.exact).toBe('🤝');
  });

  it('throws a RangeError for a quote longer than can be stored', () => {
    const long = 'a'.repeat(maxQuoteLength + 1);
    expect(() => describeRange(long, 0, long.length)).toThrow(RangeError);
    expect(describeRange(long, 1, long.length).quote.exact).toHaveLength(maxQuoteLength);
  });
});

describe('trimRange', () => {
  it('shrinks the range to exclude leading and trailing whitespace', () => {
    const text = 'met  \n Moon Jae-in \t in Seoul';
    expect(trimRange(text, 3, 21)).toEqual({ start: 7, end: 18 });
    expect(text.slice(7, 18)).toBe('Moon Jae-in');
  });

  it('treats no-break and ideographic spaces as whitespace, and keeps inner spaces', () => {
    const text = '\u00a0서울 정상회담\u3000';
    expect(trimRange(text, 0, text.length)).toEqual({ start: 1, end: 8 });
  });

  it('returns the range unchanged when there is nothing to trim', () => {
    expect(trimRange(card, 3, 17)).toEqual({ start: 3, end: 17 });
  });

  it('returns null when nothing but whitespace is left', () => {
    expect(trimRange('a \n\t b', 1, 5)).toBeNull();
    expect(trimRange('abc', 1, 1)).toBeNull();
  });

  it('throws a RangeError for offsets outside the text', () => {
    expect(() => trimRange('abc', 2, 4)).toThrow(RangeError);
    expect(() => trimRange('abc', -1, 2)).toThrow(RangeError);
    expect(() => trimRange('abc', 2, 1)).toThrow(RangeError);
  });
});

describe('schemas', () => {
  const target = highlight(card, 'USD 10 billion');

  it('accept a well-formed target', () => {
    expect(highlightTargetSchema.safeParse(target).success).toBe(true);
  });

  it('reject a position whose start is not before its end', () => {
    expect(textPositionSelectorSchema.safeParse({ type: 'TextPositionSelector', start: 4, end: 4 }).success).toBe(
      false,
    );
    expect(textPositionSelectorSchema.safeParse({ type: 'TextPositionSelector', start: 5, end: 4 }).success).toBe(
      false,
    );
    expect(highlightTargetSchema.safeParse({ ...target, position: { ...target.position, end: 0 } }).success).toBe(
      false,
    );
  });

  it('reject negative and fractional offsets', () => {
    expect(textPositionSelectorSchema.safeParse({ type: 'TextPositionSelector', start: -1, end: 4 }).success).toBe(
      false,
    );
    expect(textPositionSelectorSchema.safeParse({ type: 'TextPositionSelector', start: 0, end: 2.5 }).success).toBe(
      false,
    );
  });

  it('reject unknown keys at every level', () => {
    expect(textQuoteSelectorSchema.safeParse({ ...target.quote, note: 'x' }).success).toBe(false);
    expect(textPositionSelectorSchema.safeParse({ ...target.position, page: 1 }).success).toBe(false);
    expect(highlightTargetSchema.safeParse({ ...target, colour: 'yellow' }).success).toBe(false);
  });

  it('reject an empty or overlong quote, overlong context and the wrong selector type', () => {
    const quote = target.quote;
    expect(textQuoteSelectorSchema.safeParse({ ...quote, exact: '' }).success).toBe(false);
    expect(textQuoteSelectorSchema.safeParse({ ...quote, exact: 'a'.repeat(2001) }).success).toBe(false);
    expect(textQuoteSelectorSchema.safeParse({ ...quote, exact: 'a'.repeat(2000) }).success).toBe(true);
    expect(textQuoteSelectorSchema.safeParse({ ...quote, prefix: 'a'.repeat(65) }).success).toBe(false);
    expect(textQuoteSelectorSchema.safeParse({ ...quote, suffix: 'a'.repeat(64) }).success).toBe(true);
    expect(textQuoteSelectorSchema.safeParse({ ...quote, type: 'TextPositionSelector' }).success).toBe(false);
  });
});
