import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Fact } from '../../../../shared/schema/fact';
import { LibraryHarness } from '../../testing/LibraryHarness';
import { openRealBriefing, type RealBriefing } from '../../testing/realBriefing';
import { DeleteCardButton } from './DeleteCardButton';

// The real router and store answer each change; on a busy machine that can take a second or two.
const slow = { timeout: 5000 };

let briefing: RealBriefing;
let fact: Fact;

beforeEach(async () => {
  briefing = await openRealBriefing();
  fact = await briefing.make('createCard', {
    card: {
      topic: 'overview',
      title: 'My summary of the day',
      body: 'The two presidents met in Seoul.',
      figures: [],
      people: [],
    },
  });
  const tag = await briefing.make('createTag', { name: 'mine', color: 'blue' });
  await briefing.service.setCardTags({ factId: fact.id, tagIds: [tag.id] });
  await briefing.make('createNote', { factId: fact.id, markdown: 'Ask about the date.' });
});

afterEach(() => briefing.cleanup());

function renderButton() {
  const onDeleted = vi.fn();
  render(
    <LibraryHarness service={briefing.service}>
      {(_library, actions) => <DeleteCardButton fact={fact} actions={actions} onDeleted={onDeleted} />}
    </LibraryHarness>,
  );
  return onDeleted;
}

describe('deleting an own card', { timeout: 20_000 }, () => {
  it('asks first, and Cancel keeps the card', async () => {
    const user = userEvent.setup();
    const onDeleted = renderButton();
    await user.click(await screen.findByRole('button', { name: 'Delete card' }, slow));
    const confirm = screen.getByRole('group', {
      name: 'Delete “My summary of the day”? Its notes, highlights and tags go with it. You can undo this.',
    });
    expect(within(confirm).getByRole('button', { name: 'Delete' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Delete card' })).toHaveFocus();
    expect(onDeleted).not.toHaveBeenCalled();
    expect((await briefing.service.getLibrary({})).user.ownFacts).toHaveLength(1);
  });

  it('deletes the card with its notes and tags once confirmed', async () => {
    const user = userEvent.setup();
    const onDeleted = renderButton();
    await user.click(await screen.findByRole('button', { name: 'Delete card' }, slow));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await vi.waitFor(() => expect(onDeleted).toHaveBeenCalledTimes(1), slow);
    const { user: saved } = await briefing.service.getLibrary({});
    expect(saved.ownFacts).toEqual([]);
    expect(saved.notes).toEqual([]);
    expect(saved.cardTags).toEqual({});
    expect(saved.tags).toHaveLength(1);
  });
});
