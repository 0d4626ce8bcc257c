import { describe, expect, it } from 'vitest';
import { generateFactItems } from './factItems';
import { cardIdOfFactItem, CardItemIds } from './studyItemIds';
import { seedCards } from './testing/seedCards';

describe('cardIdOfFactItem reads back the card an item id was made for', () => {
  it('finds the card of every item made from the seed', () => {
    const cards = seedCards();
    const cardIds = new Set(cards.map((card) => card.id));
    const items = generateFactItems(cards);
    expect(items.length).toBeGreaterThan(30);
    for (const item of items) expect(cardIdOfFactItem(item.id, cardIds)).toBe(item.cardId);
  });

  it('gives the longest card id that prefixes the item, and nothing for an id of no listed card', () => {
    const cardIds = new Set(['a', 'a--b']);
    expect(cardIdOfFactItem(new CardItemIds('a--b').next('figure', '22'), cardIds)).toBe('a--b');
    expect(cardIdOfFactItem(new CardItemIds('a').next('figure', '22'), cardIds)).toBe('a');
    expect(cardIdOfFactItem('c--figure--22', cardIds)).toBeUndefined();
    expect(cardIdOfFactItem('a', cardIds)).toBeUndefined();
  });
});
