import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../shared/i18n/translator';
import { collectionContentsText } from './collectionContentsText';

const empty = { cards: 0, sources: 0, notes: 0, highlights: 0, tags: 0, stars: 0, answers: 0, studyItems: 0 };

describe('collectionContentsText', () => {
  it('names the cards always and every other kind only when the file holds some', () => {
    const { t } = createTranslator('en');
    expect(collectionContentsText(empty, t)).toBe('0 cards');
    expect(collectionContentsText({ ...empty, cards: 12, sources: 2, notes: 5, answers: 1 }, t)).toBe(
      '12 cards, 2 sources, 5 notes, 1 study answer',
    );
  });

  it('speaks the window’s language, plural forms included', () => {
    expect(collectionContentsText({ ...empty, cards: 3, notes: 5 }, createTranslator('ru').t)).toBe(
      '3 карточки, 5 заметок',
    );
  });
});
