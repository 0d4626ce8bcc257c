import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyUserData, type UserData } from '../../../../shared/schema/database';
import { sampleFact } from '../../../../shared/testing/sampleSeed';
import { useCardSearch, type SearchedPart } from './useCardSearch';

// The same engine as the worker, answering in the page (jsdom has no Worker), a task later.
const cards = Array.from({ length: 450 }, (_, index) =>
  sampleFact({ id: `card-${index}`, title: index === 449 ? 'Uranium supply' : `Card ${index}` }),
);
const firstScreen = cards.slice(0, 60);
const withNote: UserData = {
  ...emptyUserData,
  notes: [
    {
      id: 'note-1',
      factId: 'card-10',
      markdown: 'Ask about uranium prices',
      createdAt: '2026-08-17T09:00:00.000Z',
      updatedAt: '2026-08-17T09:00:00.000Z',
    },
  ],
};

interface Props {
  facts: typeof cards;
  user: UserData;
  part: SearchedPart | undefined;
}

const props = (facts: Props['facts'], part: Props['part'], user: UserData = emptyUserData): Props => ({
  facts,
  user,
  part,
});

describe('search while the library arrives', () => {
  it('answers from the cards indexed so far, says it is not complete, and completes with the whole library', async () => {
    const { result, rerender } = renderHook(
      ({ facts, user, part }: Props) => useCardSearch(facts, user, 'uranium', part),
      { initialProps: props(firstScreen, { stage: 'first-screen' }) },
    );
    await waitFor(() => expect(result.current).toBeDefined());
    expect(result.current?.matches.size).toBe(0);
    expect(result.current?.complete).toBe(false);

    // Every card has arrived, the notes not yet: the card at the end is found once its slice is in.
    rerender({ facts: cards, user: emptyUserData, part: { stage: 'cards' } });
    await waitFor(() => expect([...(result.current?.matches.keys() ?? [])]).toEqual(['card-449']));
    expect(result.current?.complete).toBe(false);

    // The whole library, with the note: the note's card is found too, and the answer is complete.
    rerender({ facts: cards, user: withNote, part: undefined });
    await waitFor(() => expect(result.current?.complete).toBe(true));
    expect(new Set(result.current?.matches.keys())).toEqual(new Set(['card-449', 'card-10']));
  });

  it('drops cards a newer part no longer holds', async () => {
    const { result, rerender } = renderHook(
      ({ facts, user, part }: Props) => useCardSearch(facts, user, 'uranium', part),
      { initialProps: props(cards, { stage: 'cards' }) },
    );
    await waitFor(() => expect(result.current?.matches.has('card-449')).toBe(true));
    rerender({ facts: cards.slice(0, 449), user: emptyUserData, part: undefined });
    await waitFor(() => expect(result.current?.complete).toBe(true));
    expect(result.current?.matches.size).toBe(0);
  });
});
