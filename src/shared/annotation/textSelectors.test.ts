import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anchor,
  anchorAll,
  contextLength,
  describeRange,
  fuzzyMinLength,
  fuzzyMinSimilarity,
  highlightTargetSchema,
  maxQuoteLength,
  textPositionSelectorSchema,
  textQuoteSelectorSchema,
  trimRange,
  type AnchorResult,
  type HighlightTarget,
} from './textSelectors';

const card =
  'On 17 August 2021 President Kassym-Jomart Tokayev met President Moon Jae-in in Seoul. ' +
  'The two leaders agreed to expand bilateral trade to USD 10 billion and signed agreements worth USD 1.7 billion. ' +
  'They also discussed the return of the remains of Hong Beom-do.';

/** Highlights the `occurrence`-th appearance of `phrase`, as a user's selection would. */
function highlight(text: string, phrase: string, occurrence = 0): HighlightTarget {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) {
    start = text.indexOf(phrase, start + 1);
    if (start === -1) throw new Error(`"${phrase}" occurs fewer than ${occurrence + 1} times`);
  }
  return describeRange(text, start, start + phrase.length);
}

/** The range `phrase` occupies in `text`, for comparing with what anchor() found. */
function rangeOf(text: string, phrase: string, method: AnchorResult['method']): AnchorResult {
  const start = text.indexOf(phrase);
  if (start === -1) throw new Error(`"${phrase}" is not in the text`);
  return { start, end: start + phrase.length, method };
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

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

describe('anchor', () => {
  const phrase = 'agreed to expand bilateral trade to USD 10 billion';
  const target = highlight(card, phrase);

  it('finds an unchanged text by position', () => {
    expect(anchor(card, target)).toEqual(rangeOf(card, phrase, 'position'));
  });

  it('keeps the position when the text changes only after the highlight', () => {
    const edited = card.replace('Hong Beom-do', 'independence hero Hong Beom-do') + ' Added later.';
    expect(anchor(edited, target)).toEqual({
      start: target.position.start,
      end: target.position.end,
      method: 'position',
    });
  });

  it('follows the quote when text is inserted before the highlight', () => {
    const edited = 'Briefing note. ' + card.replace('in Seoul', 'at Cheong Wa Dae in Seoul');
    const result = anchor(edited, target);
    expect(result).toEqual(rangeOf(edited, phrase, 'quote'));
    expect(result?.start).toBe(target.position.start + 'Briefing note. '.length + 'at Cheong Wa Dae '.length);
  });

  it('follows the quote when text is deleted before the highlight', () => {
    const edited = card.replace('On 17 August 2021 President ', '').replace('President Moon', 'Moon');
    const result = anchor(edited, target);
    expect(result).toEqual(rangeOf(edited, phrase, 'quote'));
    expect(result?.start).toBe(target.position.start - 'On 17 August 2021 President '.length - 'President '.length);
  });

  it('anchors fuzzily when a word inside the highlight changed', () => {
    const edited = 'Update: ' + card.replace('expand', 'grow');
    expect(anchor(edited, target)).toEqual(
      rangeOf(edited, 'agreed to grow bilateral trade to USD 10 billion', 'fuzzy'),
    );
  });

  it('anchors fuzzily when a figure inside the highlight was corrected', () => {
    const edited = card.replace('USD 10 billion', 'USD 15 billion');
    expect(anchor(edited, target)).toEqual(
      rangeOf(edited, 'agreed to expand bilateral trade to USD 15 billion', 'fuzzy'),
    );
  });

  it('widens a fuzzy match to whole words when the highlight began and ended on word boundaries', () => {
    // Edit distance alone prefers "en bilateral…": "expand" shares more with "en" than with "broaden".
    const edited = card.replace('expand', 'broaden').replace('billion', 'billions');
    expect(anchor(edited, highlight(card, 'expand bilateral trade to USD 10 billion'))).toEqual(
      rangeOf(edited, 'broaden bilateral trade to USD 10 billions', 'fuzzy'),
    );
  });

  it('does not widen a fuzzy match when the user highlighted part of a word', () => {
    const text = 'The delegations reaffirmed their strategic partnership in Seoul.';
    const partial = highlight(text, 'gations reaffirmed their');
    const edited = text.replace('reaffirmed', 're-affirmed');
    expect(anchor(edited, partial)).toEqual(rangeOf(edited, 'gations re-affirmed their', 'fuzzy'));
  });

  it('tells apart two occurrences of the phrase by their prefix and suffix', () => {
    const text =
      'Seoul hosted the summit in August. ' +
      'Officials in Nur-Sultan prepared for weeks. ' +
      'Moon said the summit was a success.';
    const second = highlight(text, 'the summit', 1);
    // A long insertion before the second occurrence leaves the first one nearer the old offset.
    const edited = text.replace('prepared for weeks', 'prepared for weeks, ' + 'drafting '.repeat(12).trim());
    const result = anchor(edited, second);
    expect(result?.method).toBe('quote');
    expect(result?.start).toBe(edited.indexOf('the summit was'));
    const first = edited.indexOf('the summit');
    expect(Math.abs(first - second.position.start)).toBeLessThan(
      Math.abs((result?.start ?? 0) - second.position.start),
    );
  });

  it('uses the old position to choose between occurrences with the same context', () => {
    const filler = 'The leaders met, talked and agreed. '.repeat(2);
    const text = filler + 'trade grew' + filler + 'trade grew' + filler;
    const firstTarget = highlight(text, 'trade grew', 0);
    const secondTarget = highlight(text, 'trade grew', 1);
    expect(firstTarget.quote.prefix).toBe(secondTarget.quote.prefix);
    expect(firstTarget.quote.suffix).toBe(secondTarget.quote.suffix);
    const edited = 'Note: ' + text;
    expect(anchor(edited, firstTarget)).toEqual({
      start: firstTarget.position.start + 6,
      end: firstTarget.position.end + 6,
      method: 'quote',
    });
    expect(anchor(edited, secondTarget)).toEqual({
      start: secondTarget.position.start + 6,
      end: secondTarget.position.end + 6,
      method: 'quote',
    });
  });

  it('reports an orphan (null) when the highlighted text was removed', () => {
    const edited = card.slice(0, card.indexOf('The two leaders')) + card.slice(card.indexOf('They also'));
    expect(edited).not.toContain('trade');
    expect(anchor(edited, target)).toBeNull();
    expect(anchor('', target)).toBeNull();
  });

  it('reports an orphan when the passage changed beyond 75% similarity', () => {
    const edited = card.replace(phrase, 'decided to double trade with Korea within ten years');
    expect(anchor(edited, target)).toBeNull();
  });

  it('never anchors a quote shorter than 8 characters fuzzily', () => {
    const short = highlight(card, 'USD 1.7');
    expect(short.quote.exact.length).toBeLessThan(fuzzyMinLength);
    expect(anchor(card.replace('USD 1.7', 'USD 1.8'), short)).toBeNull();
  });

  it('copes with a stored position beyond the end of a shortened text', () => {
    const late = highlight(card, 'Hong Beom-do');
    expect(anchor('The remains of Hong Beom-do returned.', late)).toEqual(
      rangeOf('The remains of Hong Beom-do returned.', 'Hong Beom-do', 'quote'),
    );
  });

  describe('whitespace-only edits', () => {
    it('follows the quote when whitespace before the highlight changes', () => {
      const edited = card.replace('. The two', '.\n\nThe  two').replace('in Seoul', 'in\tSeoul');
      expect(anchor(edited, target)).toEqual(rangeOf(edited, phrase, 'quote'));
    });

    it('keeps the position when only trailing whitespace is added', () => {
      expect(anchor(card + '\n\n', target)).toEqual({
        start: target.position.start,
        end: target.position.end,
        method: 'position',
      });
    });

    it('covers the reflowed passage when whitespace inside the highlight changes', () => {
      const reflowed = 'agreed  to expand\nbilateral trade\n  to USD\u00a010 billion';
      const edited = card.replace(phrase, reflowed);
      expect(anchor(edited, target)).toEqual(rangeOf(edited, reflowed, 'fuzzy'));
    });

    it('counts a run of whitespace as a single space, so reflowing a short quote still anchors', () => {
      const text = 'Trade hit USD 4 bn.';
      const edited = 'Trade hit USD\n      4          bn.';
      expect(anchor(edited, highlight(text, 'USD 4 bn'))).toEqual(rangeOf(edited, 'USD\n      4          bn', 'fuzzy'));
    });
  });

  describe('Unicode text', () => {
    const korean =
      '2021년 8월 17일 서울에서 토카예프 대통령과 문재인 대통령이 정상회담을 가졌다. ' +
      '양국은 교역 규모를 100억 달러로 확대하기로 합의했다.';
    const koreanPhrase = '교역 규모를 100억 달러로 확대하기로';

    it('re-anchors Korean text by quote after an insertion before it', () => {
      const edited = '[속보] ' + korean;
      expect(anchor(edited, highlight(korean, koreanPhrase))).toEqual(rangeOf(edited, koreanPhrase, 'quote'));
    });

    it('re-anchors Korean text fuzzily after a figure inside it changed', () => {
      const edited = korean.replace('100억', '150억');
      expect(anchor(edited, highlight(korean, koreanPhrase))).toEqual(
        rangeOf(edited, '교역 규모를 150억 달러로 확대하기로', 'fuzzy'),
      );
    });

    const kazakh = 'Қазақстан Республикасының Президенті Қасым-Жомарт Тоқаев Сеулге мемлекеттік сапармен барды.';
    const kazakhPhrase = 'Қасым-Жомарт Тоқаев Сеулге мемлекеттік сапармен';

    it('re-anchors Kazakh Cyrillic text by position, quote and fuzzy match', () => {
      const target = highlight(kazakh, kazakhPhrase);
      expect(anchor(kazakh, target)).toEqual(rangeOf(kazakh, kazakhPhrase, 'position'));
      const moved = 'Тамыз 2021. ' + kazakh;
      expect(anchor(moved, target)).toEqual(rangeOf(moved, kazakhPhrase, 'quote'));
      const edited = kazakh.replace('Сеулге', 'Сеул қаласына');
      expect(anchor(edited, target)).toEqual(
        rangeOf(edited, 'Қасым-Жомарт Тоқаев Сеул қаласына мемлекеттік сапармен', 'fuzzy'),
      );
    });

    const emoji = 'Delegations 🇰🇿🤝🇰🇷 signed 24 agreements 📄 in Seoul.';

    it('counts offsets in UTF-16 code units, two per emoji', () => {
      const target = highlight(emoji, 'signed 24 agreements');
      expect(target.position.start).toBe('Delegations '.length + 4 + 2 + 4 + 1); // 🇰🇿 and 🇰🇷 are two code points each
      const edited = '🎉🎉 ' + emoji;
      expect(anchor(edited, target)).toEqual({
        start: target.position.start + 5,
        end: target.position.end + 5,
        method: 'quote',
      });
    });

    it('never splits a surrogate pair when a fuzzy match ends or starts at a changed emoji', () => {
      // 😀 and 😁 share their high surrogate, so matching code units would happily stop between the halves.
      const text = '😀 Delegations signed 24 agreements 😀 in Seoul.';
      const target = highlight(text, '😀 Delegations signed 24 agreements 😀');
      for (const [from, to] of [
        ['😀 Delegations', '😁 Delegations'],
        ['agreements 😀', 'agreements 😁'],
        ['agreements 😀', 'agreements 😁😁'],
        ['😀 Delegations', '\u{1F600}\u{1F601} Delegations'],
        ['agreements 😀', 'agreements \u{1F7E0}'],
      ] as const) {
        const edited = text.replace(from, to);
        const result = anchor(edited, target);
        expect(result?.method, to).toBe('fuzzy');
        if (result === null) continue;
        expect(splitsPair(edited, result.start), to).toBe(false);
        expect(splitsPair(edited, result.end), to).toBe(false);
        expect(edited.slice(result.start, result.end), to).toContain('Delegations signed 24 agreements');
      }
    });

    it('anchors fuzzily when an emoji inside the highlight was replaced', () => {
      const target = highlight(emoji, '🇰🇿🤝🇰🇷 signed 24 agreements');
      const edited = emoji.replace('🤝', '🙌');
      expect(anchor(edited, target)).toEqual(rangeOf(edited, '🇰🇿🙌🇰🇷 signed 24 agreements', 'fuzzy'));
    });
  });
});

describe('anchorAll', () => {
  it('returns one result per target, in order, with orphans as null', () => {
    const targets = [
      highlight(card, 'Hong Beom-do'),
      highlight(card, 'USD 1.7 billion'),
      highlight(card, 'Moon Jae-in'),
      highlight(card, 'Kassym-Jomart Tokayev'),
    ];
    const edited = 'Summary. ' + card.replace('Moon Jae-in', 'Moon');
    expect(anchorAll(edited, targets)).toEqual([
      rangeOf(edited, 'Hong Beom-do', 'quote'),
      rangeOf(edited, 'USD 1.7 billion', 'quote'),
      null,
      rangeOf(edited, 'Kassym-Jomart Tokayev', 'quote'),
    ]);
    expect(anchorAll(card, [])).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Property-based tests.

/** Characters chosen so that random texts repeat themselves, mix scripts and contain surrogate pairs. */
const mixedChars = ['a', 'b', 'c', ' ', '\n', '한', '국', 'Қ', 'з', '😀', '🇰', '🇷', '.', '1'];

/** Texts as arrays of code points, so that ranges can be picked on code point boundaries. */
const codePointsArb = fc.oneof(
  fc.array(fc.constantFrom(...mixedChars), { minLength: 1, maxLength: 120 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 80 }).map((text) => Array.from(text)),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).map((text) => Array.from(text)),
);

/** UTF-16 offset of each code point boundary. */
function boundaries(codePoints: readonly string[]): number[] {
  const offsets = [0];
  for (const codePoint of codePoints) offsets.push((offsets.at(-1) ?? 0) + codePoint.length);
  return offsets;
}

/** A text with a non-empty range on code point boundaries. */
const textAndRangeArb = fc.tuple(codePointsArb, fc.nat(), fc.nat()).map(([codePoints, a, b]) => {
  const offsets = boundaries(codePoints);
  const count = codePoints.length;
  const first = a % count;
  const last = first + 1 + (b % (count - first));
  return { text: codePoints.join(''), start: offsets[first] ?? 0, end: offsets[last] ?? 0, offsets };
});

describe('anchor properties', () => {
  it('anchors an unchanged text exactly, by position', () => {
    fc.assert(
      fc.property(textAndRangeArb, ({ text, start, end }) => {
        const target = describeRange(text, start, end);
        expect(highlightTargetSchema.safeParse(target).success).toBe(true);
        expect(anchor(text, target)).toEqual({ start, end, method: 'position' });
      }),
      { numRuns: 500 },
    );
  });

  it('still finds the exact quote after an insertion outside the highlight', () => {
    const insertionArb = fc.oneof(
      fc.array(fc.constantFrom(...mixedChars), { minLength: 1, maxLength: 20 }).map((chars) => chars.join('')),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
    );
    fc.assert(
      fc.property(textAndRangeArb, insertionArb, fc.nat(), ({ text, start, end, offsets }, insertion, pick) => {
        const target = describeRange(text, start, end);
        const outside = offsets.filter((offset) => offset <= start || offset >= end);
        const at = outside[pick % outside.length] ?? 0;
        const edited = text.slice(0, at) + insertion + text.slice(at);
        const result = anchor(edited, target);
        expect(result).not.toBeNull();
        expect(edited.slice(result?.start, result?.end)).toBe(target.quote.exact);
        if (at >= end) expect(result).toEqual({ start, end, method: 'position' });
      }),
      { numRuns: 500 },
    );
  });

  // The oracle spells out the documented measure with a plain dynamic programme: Levenshtein distance over
  // code points, each run of whitespace counted as one space. Word characters are left out of the alphabet so that
  // widening to whole words, which deliberately steps outside that measure, never comes into play.
  const symbols = (text: string): string[] => Array.from(text.replace(/\s+/g, ' '));

  function levenshtein(a: readonly string[], b: readonly string[]): number {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i += 1) {
      const next = [i];
      for (let j = 1; j <= b.length; j += 1) {
        next[j] = Math.min(
          (row[j] ?? 0) + 1,
          (next[j - 1] ?? 0) + 1,
          (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
        );
      }
      row = next;
    }
    return row[b.length] ?? 0;
  }

  /** The fewest edits turning `pattern` into any substring of `text`. */
  function bestSubstringDistance(pattern: readonly string[], text: readonly string[]): number {
    let row = Array.from({ length: pattern.length + 1 }, (_, i) => i);
    let best = row[pattern.length] ?? 0;
    for (const symbol of text) {
      const next = [0];
      for (let i = 1; i <= pattern.length; i += 1) {
        next[i] = Math.min(
          (row[i] ?? 0) + 1,
          (next[i - 1] ?? 0) + 1,
          (row[i - 1] ?? 0) + (pattern[i - 1] === symbol ? 0 : 1),
        );
      }
      row = next;
      best = Math.min(best, row[pattern.length] ?? 0);
    }
    return best;
  }

  const nonWordChars = ['.', ',', '-', '!', '?', ' ', ' ', '\n', '\t', '😀', '😁', '🇰'];
  const nonWordTextArb = fc.array(fc.constantFrom(...nonWordChars), { minLength: 8, maxLength: 260 });
  const editArb = fc.record({
    kind: fc.constantFrom('insert', 'delete', 'substitute'),
    at: fc.nat(),
    char: fc.constantFrom(...nonWordChars),
  });

  it('anchors an edited passage fuzzily if and only if some passage is at least 75% similar', () => {
    fc.assert(
      fc.property(
        nonWordTextArb,
        fc.nat(),
        fc.integer({ min: 8, max: 90 }),
        fc.array(editArb, { maxLength: 12 }),
        fc.nat(),
        (codePoints, a, length, edits, shift) => {
          const offsets = boundaries(codePoints);
          const first = a % codePoints.length;
          const last = Math.min(codePoints.length, first + length);
          const text = codePoints.join('');
          const target = describeRange(text, offsets[first] ?? 0, offsets[last] ?? 0);

          const quote = codePoints.slice(first, last);
          for (const { kind, at, char } of edits) {
            const index = at % (quote.length + 1);
            if (kind === 'insert') quote.splice(index, 0, char);
            else if (kind === 'delete') quote.splice(index, 1);
            else quote.splice(index, 1, char);
          }
          const before = codePoints.slice(0, first);
          const after = codePoints.slice(last);
          // Sometimes move the passage too, so that the search away from the old position is exercised.
          const moved = shift % 3 === 0 ? [...after, ...quote, ...before] : [...before, ...quote, ...after];
          const edited = moved.join('');

          const result = anchor(edited, target);
          const pattern = symbols(target.quote.exact);
          const allowed = Math.floor(pattern.length * (1 - fuzzyMinSimilarity));
          if (result === null || result.method === 'fuzzy') {
            expect(edited.includes(target.quote.exact)).toBe(false);
            const reachable =
              pattern.length >= fuzzyMinLength && bestSubstringDistance(pattern, symbols(edited)) <= allowed;
            expect(result !== null).toBe(reachable);
          }
          if (result !== null) {
            expect(result.start).toBeGreaterThanOrEqual(0);
            expect(result.end).toBeLessThanOrEqual(edited.length);
            expect(result.start).toBeLessThan(result.end);
            expect(splitsPair(edited, result.start)).toBe(false);
            expect(splitsPair(edited, result.end)).toBe(false);
            const found = edited.slice(result.start, result.end);
            if (result.method === 'fuzzy') expect(levenshtein(pattern, symbols(found))).toBeLessThanOrEqual(allowed);
            else expect(found).toBe(target.quote.exact);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
