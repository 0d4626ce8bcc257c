import { describe, expect, it } from 'vitest';
import { anchor, anchorAll } from './anchorHighlight';
import { highlight } from './testing/highlightFixtures';
import { describeRange } from './textSelectors';

// Speed on long cards is measured in bench/anchorBench.ts; these tests check that the answers stay right there.

describe('long texts', () => {
  /** Deterministic pseudo-prose of about `length` characters: few phrases repeat, like a real card. */
  function prose(length: number, seed: number): string {
    const words = (
      'summit trade investment energy health agreement delegation minister president Seoul Almaty Busan ' +
      'Nur-Sultan cooperation programme research uranium hydrogen shipbuilding vaccine digital logistics rail ' +
      'culture students scholarship 2021 USD billion projects enterprises Samsung Hyundai Lotte Baiterek 정상회담 ' +
      '교역 협력 서울 대통령 сотрудничество торговля Сеул'
    ).split(' ');
    let state = seed;
    const next = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    const sentences: string[] = [];
    let total = 0;
    while (total < length) {
      const count = 6 + Math.floor(next() * 10);
      const sentence = Array.from({ length: count }, () => words[Math.floor(next() * words.length)]).join(' ');
      const line = sentence.charAt(0).toUpperCase() + sentence.slice(1) + (next() < 0.2 ? '.\n\n' : '. ');
      sentences.push(line);
      total += line.length;
    }
    return sentences.join('').slice(0, length);
  }

  const text = prose(20_000, 7);
  const at = (offset: number, length: number) => {
    let start = offset;
    while (text.charAt(start) !== ' ') start += 1;
    start += 1;
    return describeRange(text, start, start + length);
  };
  const early = at(300, 60);
  const middle = at(10_000, 80);
  const late = at(19_500, 60);

  it('finds highlights across a 20,000-character card by position, quote, fuzzy match, or not at all', () => {
    expect(text.length).toBe(20_000);
    const inserted = 'A new opening paragraph, written after the highlights were made. ';
    const middleQuote = middle.quote.exact;
    const editedMiddle = middleQuote.slice(0, 20) + 'XYZ' + middleQuote.slice(23);
    let edited = text.replace(middleQuote, editedMiddle);
    edited = edited.slice(0, 19_400) + edited.slice(19_400).replace(late.quote.exact, '');
    edited = inserted + edited;

    const results = anchorAll(edited, [early, middle, late]);
    expect(results[0]).toEqual({
      start: early.position.start + inserted.length,
      end: early.position.end + inserted.length,
      method: 'quote',
    });
    expect(results[1]).toEqual({
      start: middle.position.start + inserted.length,
      end: middle.position.end + inserted.length,
      method: 'fuzzy',
    });
    expect(results[2]).toBeNull();
    expect(anchorAll(text, [early, middle, late]).map((result) => result?.method)).toEqual([
      'position',
      'position',
      'position',
    ]);
  });

  it('on a card with more distinct characters than the fuzzy search can name, anchors exactly or not at all', () => {
    const symbols = Array.from({ length: 0x10000 }, (_, index) => String.fromCodePoint(0x20000 + index)).join('');
    const huge = `${symbols} The two leaders agreed to expand bilateral trade.`;
    const target = highlight(huge, 'agreed to expand bilateral trade');
    const moved = `Note. ${huge}`;
    expect(anchor(moved, target)?.method).toBe('quote');
    expect(anchor(moved.replace('expand', 'expend'), target)).toBeNull();
  });

  it('finds an edited passage pushed thousands of characters on, beside its context, not a look-alike at its old offset', () => {
    const quote = middle.quote.exact;
    const edited = quote.slice(0, 10) + '#' + quote.slice(11);
    const lookAlike = quote.slice(0, 40) + '%' + quote.slice(41);
    // The look-alike now sits exactly where the highlight was, among new words; the real passage, with the words
    // that surrounded it, is 5,000 characters further on.
    const cut = middle.position.start - 100;
    const lead = prose(99, 3) + ' ';
    const filler = ' ' + prose(5_000, 11);
    const card = text.slice(0, cut) + lead + lookAlike + filler + text.slice(cut).replace(quote, edited);
    expect(card.indexOf(lookAlike)).toBe(middle.position.start);
    const result = anchor(card, middle);
    expect(result?.method).toBe('fuzzy');
    expect(result?.start).toBe(middle.position.start + lookAlike.length + filler.length + 100);
    expect(card.slice(result?.start, result?.end)).toBe(edited);
  });

  it('finds a passage that moved from the end of a long card to its start', () => {
    const quote = late.quote.exact;
    const moved = quote.slice(0, 30) + '*' + quote.slice(31);
    const edited = moved + '. ' + text.replace(quote, '');
    const result = anchor(edited, late);
    expect(result?.method).toBe('fuzzy');
    expect(result?.start).toBe(0);
    expect(edited.slice(result?.start, result?.end)).toBe(moved);
  });
});
