import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor, fuzzyMinLength, fuzzyMinSimilarity } from './anchorHighlight';
import { splitsPair } from './testing/highlightFixtures';
import { describeRange, highlightTargetSchema } from './textSelectors';

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
