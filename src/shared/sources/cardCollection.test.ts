import { describe, expect, it } from 'vitest';
import { cardCollectionId, sourceCollections } from './cardCollection';
import { shippedCollectionId } from './collections';

describe('cardCollectionId', () => {
  const ofSource = sourceCollections({ sources: [{ id: 'src-a', collectionId: 'visit-2024' }] as never });

  it('puts a card from a source in its source’s collection, whatever the card says', () => {
    expect(cardCollectionId({ sourceId: 'src-a', collectionId: 'other' }, ofSource)).toBe('visit-2024');
  });

  it('puts a card without a source in the collection it was written for', () => {
    expect(cardCollectionId({ collectionId: 'visit-2024' }, ofSource)).toBe('visit-2024');
  });

  it('puts a card with neither, or citing a source no longer here, in the shipped summit', () => {
    expect(cardCollectionId({}, ofSource)).toBe(shippedCollectionId);
    expect(cardCollectionId({ sourceId: 'gone' }, ofSource)).toBe(shippedCollectionId);
  });
});
