import { describe, expect, it } from 'vitest';
import { anchor, anchorAll, fuzzyMinLength } from './anchorHighlight';
import { card, highlight, rangeOf, splitsPair } from './testing/highlightFixtures';

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
