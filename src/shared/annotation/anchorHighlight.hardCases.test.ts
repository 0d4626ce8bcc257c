import { describe, expect, it } from 'vitest';
import { anchor, type AnchorResult } from './anchorHighlight';
import { card, highlight, rangeOf } from './testing/highlightFixtures';
import type { HighlightTarget } from './textSelectors';

/** The range of the `occurrence`-th appearance of `phrase` in `text`. */
function nthRange(text: string, phrase: string, occurrence: number, method: AnchorResult['method']): AnchorResult {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) start = text.indexOf(phrase, start + 1);
  if (start === -1) throw new Error(`"${phrase}" occurs fewer than ${occurrence + 1} times`);
  return { start, end: start + phrase.length, method };
}

describe('repeated phrases are told apart by their context', () => {
  const text =
    'In Seoul the two sides agreed to expand cooperation in energy. ' +
    'In Almaty the two sides agreed to expand cooperation in healthcare. ' +
    'In Busan the two sides agreed to expand cooperation in shipbuilding.';
  const phrase = 'the two sides agreed to expand cooperation';
  const second = highlight(text, phrase, 1);
  // Inserted text that moves the first occurrence to exactly where the second used to be, so position alone would
  // pick the wrong one.
  const lure = 'Briefing. '.repeat(10).slice(0, second.position.start - text.indexOf(phrase));

  it('finds the highlighted occurrence of an unchanged phrase when another one now sits at its old offset', () => {
    const edited = lure + text;
    expect(edited.indexOf(phrase)).toBe(second.position.start);
    expect(anchor(edited, second)).toEqual(nthRange(edited, phrase, 1, 'quote'));
  });

  it('finds the highlighted occurrence when every occurrence was edited the same way', () => {
    const edited = lure + text.replaceAll('expand', 'deepen');
    const now = 'the two sides agreed to deepen cooperation';
    expect(anchor(edited, second)).toEqual(nthRange(edited, now, 1, 'fuzzy'));
  });

  it('still tells the occurrences apart when the context itself was lightly edited', () => {
    const edited = lure + text.replace('In Almaty', 'In  Almaty,').replaceAll('expand', 'broaden');
    const result = anchor(edited, second);
    expect(result).toEqual(nthRange(edited, 'the two sides agreed to broaden cooperation', 1, 'fuzzy'));
  });
});

describe('the stored position', () => {
  it('is kept when words of the same length changed on both sides of the highlight', () => {
    const target = highlight(card, 'Moon Jae-in');
    const edited = card.replace('met President Moon', 'met Presidenx Moon').replace('Jae-in in', 'Jae-in on');
    expect(anchor(edited, target)).toEqual(rangeOf(card, 'Moon Jae-in', 'position'));
  });
});

describe('a quote edited by a few characters', () => {
  const phrase = 'President Kassym-Jomart Tokayev met President Moon Jae-in';
  const target = highlight(card, phrase);

  it.each([
    ['a spelling corrected', 'Tokayev', 'Toqayev'],
    ['a letter dropped', 'Kassym', 'Kasym'],
    ['a hyphen removed', 'Jae-in', 'Jaein'],
    ['a title abbreviated', 'met President', 'met Pres.'],
  ])('follows %s inside the highlight', (_name, from, to) => {
    const edited = 'Background. ' + card.replace(from, to);
    expect(anchor(edited, target)).toEqual(rangeOf(edited, phrase.replace(from, to), 'fuzzy'));
  });

  it('does not end inside a word when the quote ended with a space and an edit ran into it', () => {
    const text = 'They noted that more than 550 Korean enterprises work in Kazakhstan, including Samsung and Hyundai.';
    const spaced = highlight(text, 'more than 550 Korean enterprises work in ');
    for (const [from, to, now] of [
      ['work in Kazakhstan', 'workforce Kazakhstan', 'more than 550 Korean enterprises workforce'],
      ['work in Kazakhstan, including', 'workshops, including', 'more than 550 Korean enterprises workshops'],
    ] as const) {
      const edited = text.replace(from, to);
      expect(anchor(edited, spaced), to).toEqual(rangeOf(edited, now, 'fuzzy'));
    }
  });

  it('follows a few scattered edits at once, and the text moving', () => {
    const edited = 'Summary of the visit. ' + card.replace('Kassym-Jomart Tokayev', 'Kassym Jomart Tokaev');
    expect(anchor(edited, target)).toEqual(
      rangeOf(edited, 'President Kassym Jomart Tokaev met President Moon Jae-in', 'fuzzy'),
    );
  });
});

describe('a quote whose words were removed is lost, not moved', () => {
  const phrase = 'agreed to expand bilateral trade to USD 10 billion';
  const target = highlight(card, phrase);

  it('when most of its words were cut', () => {
    const edited = card.replace(phrase, 'agreed to trade');
    expect(anchor(edited, target)).toBeNull();
  });

  it('when its sentence was deleted, even though a similar sentence remains', () => {
    const edited =
      card.slice(0, card.indexOf('The two leaders')) +
      'Both sides hope to expand trade in the coming years. ' +
      card.slice(card.indexOf('They also'));
    expect(anchor(edited, target)).toBeNull();
  });

  it('when only a match that splits a word is close enough, since whole words are what would be shown', () => {
    const text = 'Both leaders signed the joint act in Seoul.';
    const target = highlight(text, 'signed the joint act');
    // "signed the joint c" is two edits away; "signed the joint communiqué", the words a user would see, are not.
    expect(anchor(text.replace('act', 'communiqué'), target)).toBeNull();
    const accord = text.replace('act', 'accord');
    expect(anchor(accord, target)).toEqual(rangeOf(accord, 'signed the joint accord', 'fuzzy'));
  });

  it('when everything around it stayed and only the quote went', () => {
    const edited = card.replace(phrase + ' and ', '');
    expect(edited).toContain('The two leaders signed agreements worth');
    expect(anchor(edited, target)).toBeNull();
  });
});

describe('a short quote that could match in many places', () => {
  const text = 'Trade was USD 1.5 billion in 2019, USD 2.7 billion in 2020 and USD 1.7 billion in 2021.';
  const short = highlight(text, 'USD 1.7');

  it('is lost when it was edited, though near matches are everywhere', () => {
    expect(anchor(text.replace('USD 1.7', 'USD 1.8'), short)).toBeNull();
    expect(anchor(text.replace('USD 1.7', 'USD 7.1'), short)).toBeNull();
  });

  it('is found again by its context among many exact occurrences', () => {
    const word = highlight(text, 'USD', 2);
    const edited = 'Figures: ' + text.replace('USD 1.5 billion', 'USD 1.5 billion (estimate)');
    expect(anchor(edited, word)).toEqual(nthRange(edited, 'USD', 2, 'quote'));
  });

  it('with no stored context, is placed at the occurrence nearest its old position', () => {
    const found = highlight(text, 'USD', 1);
    const word: HighlightTarget = { ...found, quote: { ...found.quote, prefix: '', suffix: '' } };
    const edited = 'Note: ' + text;
    expect(anchor(edited, word)).toEqual(nthRange(edited, 'USD', 1, 'quote'));
  });

  it('with no stored context, is not placed fuzzily at all when it is under eight characters', () => {
    const word = highlight('USD 1.7', 'USD 1.7');
    expect(word.quote.prefix + word.quote.suffix).toBe('');
    expect(anchor(text.replace('USD 1.7', 'USD 1.8'), word)).toBeNull();
  });
});

describe('Korean and Cyrillic text', () => {
  const korean =
    '토카예프 대통령은 서울에서 문재인 대통령과 정상회담을 가졌다. 양국은 교역을 확대하기로 합의했다. ' +
    '누르술탄에서도 양국은 교역을 확대하기로 합의했다. 양국은 보건 협력도 논의했다.';

  it('tells apart a repeated Korean sentence by its context after an insertion', () => {
    const sentence = '양국은 교역을 확대하기로 합의했다';
    const second = highlight(korean, sentence, 1);
    const edited = '[요약] 2021년 8월. ' + korean;
    expect(anchor(edited, second)).toEqual(nthRange(edited, sentence, 1, 'quote'));
  });

  it('follows a Korean quote through a changed syllable and new spacing', () => {
    const target = highlight(korean, '문재인 대통령과 정상회담을 가졌다');
    const edited = korean
      .replace('문재인 대통령과 정상회담을', '문재인 대통령과  정상 회담을')
      .replace('가졌다', '열었다');
    expect(anchor(edited, target)).toEqual(rangeOf(edited, '문재인 대통령과  정상 회담을 열었다', 'fuzzy'));
  });

  it('loses a Korean highlight whose words were removed', () => {
    const target = highlight(korean, '양국은 보건 협력도 논의했다');
    expect(anchor(korean.replace('양국은 보건 협력도 논의했다.', '기타 논의.'), target)).toBeNull();
  });

  const russian =
    'Президент Касым-Жомарт Токаев встретился с президентом Мун Чжэ Ином в Сеуле. ' +
    'Стороны ещё раз договорились расширить торговлю и подписали соглашения на 1,7 млрд долларов.';

  it('follows a Russian quote through ё written as е, new punctuation and an insertion before it', () => {
    const target = highlight(russian, 'Стороны ещё раз договорились расширить торговлю');
    const edited = 'Итоги визита. ' + russian.replace('ещё раз договорились', 'еще раз договорились,');
    expect(anchor(edited, target)).toEqual(
      rangeOf(edited, 'Стороны еще раз договорились, расширить торговлю', 'fuzzy'),
    );
  });

  it('loses a Cyrillic highlight rather than attach it to a different name', () => {
    const target = highlight(russian, 'Касым-Жомарт Токаев');
    expect(anchor(russian.replace('Касым-Жомарт Токаев', 'Мун Чжэ Ин'), target)).toBeNull();
  });
});
