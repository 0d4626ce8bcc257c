import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Fact } from '../../../../shared/schema/fact';
import { LibraryHarness } from '../../testing/LibraryHarness';
import { openRealBriefing, type RealBriefing } from '../../testing/realBriefing';
import { CardForm, type CardFormProps } from './CardForm';

// The real router and store answer each change; on a busy machine that can take a second or two.
const slow = { timeout: 5000 };

let briefing: RealBriefing;

beforeEach(async () => {
  briefing = await openRealBriefing();
});

afterEach(() => briefing.cleanup());

function renderForm(props: Pick<CardFormProps, 'mode' | 'initial'>) {
  const onSaved = vi.fn<(fact: Fact) => void>();
  const onClose = vi.fn();
  render(
    <LibraryHarness service={briefing.service}>
      {(_library, actions) => <CardForm {...props} actions={actions} onClose={onClose} onSaved={onSaved} />}
    </LibraryHarness>,
  );
  return { onSaved, onClose };
}

async function ownFacts() {
  return (await briefing.service.getLibrary({})).user.ownFacts;
}

async function fillNewCard(user: UserEvent, dialog: HTMLElement) {
  await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Topic' }), 'Trade and investment');
  await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Almaty office opens');
  await user.type(
    within(dialog).getByRole('textbox', { name: 'Text' }),
    'KOTRA plans an office in Almaty. Officials named the date later.',
  );
  await user.click(within(dialog).getByRole('button', { name: 'Add figure' }));
  const figure = within(dialog).getByRole('group', { name: 'Figure 1' });
  expect(within(figure).getByRole('textbox', { name: 'Figure value' })).toHaveFocus();
  await user.type(within(figure).getByRole('textbox', { name: 'Figure value' }), 'USD 4 billion');
  await user.type(within(figure).getByRole('textbox', { name: 'What it measures' }), 'Planned investment');
  await user.click(within(dialog).getByRole('button', { name: 'Add person' }));
  const person = within(dialog).getByRole('group', { name: 'Person 1' });
  await user.type(within(person).getByRole('textbox', { name: 'Name' }), 'Kim Boo-kyum');
  await user.type(within(person).getByRole('textbox', { name: 'Role' }), 'Prime Minister of Korea');
}

describe('the card form', { timeout: 30_000 }, () => {
  it('creates the user’s own card with a figure and a person', async () => {
    const user = userEvent.setup();
    const { onSaved } = renderForm({ mode: 'create' });
    const dialog = await screen.findByRole('dialog', { name: 'New card' }, slow);
    await fillNewCard(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Save card' }));

    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1), slow);
    const saved = await ownFacts();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      origin: 'user',
      topic: 'trade-investment',
      title: 'Almaty office opens',
      summary: 'KOTRA plans an office in Almaty.',
      figures: [{ display: 'USD 4 billion', measures: 'Planned investment' }],
      people: [{ name: 'Kim Boo-kyum', role: 'Prime Minister of Korea' }],
    });
    expect(onSaved.mock.calls[0]?.[0]).toEqual(saved[0]);
  });

  it('says what is missing next to each field, in a summary, and saves nothing', async () => {
    const user = userEvent.setup();
    const { onSaved } = renderForm({ mode: 'create' });
    const dialog = await screen.findByRole('dialog', { name: 'New card' }, slow);
    await user.click(within(dialog).getByRole('button', { name: 'Add figure' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save card' }));

    const summary = await within(dialog).findByRole('alert', {}, slow);
    expect(summary).toHaveTextContent('The card was not saved');
    expect(summary).toHaveTextContent('Title: A card needs a title.');
    expect(summary).toHaveTextContent('Text: A card needs some text.');
    expect(summary).toHaveTextContent('Figure 1: value: A figure needs its value, e.g. “USD 4 billion”.');

    const title = within(dialog).getByRole('textbox', { name: 'Title' });
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('A card needs a title.');
    expect(title).toHaveFocus();
    const figure = within(dialog).getByRole('group', { name: 'Figure 1' });
    expect(within(figure).getByRole('textbox', { name: 'What it measures' })).toHaveAccessibleDescription(
      'Say what the figure measures.',
    );

    // Fixing a field clears its message as the user types.
    await user.type(title, 'A title');
    expect(title).not.toHaveAttribute('aria-invalid');
    expect(summary).not.toHaveTextContent('Title:');

    await user.click(within(figure).getByRole('button', { name: 'Remove figure' }));
    expect(within(dialog).queryByRole('group', { name: 'Figure 1' })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Add figure' })).toHaveFocus();
    expect(onSaved).not.toHaveBeenCalled();
    expect(await ownFacts()).toEqual([]);
  });

  it('edits a card: the form starts from the card, and the change is saved', async () => {
    const user = userEvent.setup();
    const fact = await briefing.make('createCard', {
      card: {
        topic: 'security',
        title: 'Peace process',
        body: 'Both sides backed the peace process on the peninsula.',
        figures: [{ display: '30 years', measures: 'Diplomatic ties' }],
        people: [{ name: 'Moon Jae-in', role: 'President of Korea' }],
      },
    });
    const { onSaved } = renderForm({ mode: 'edit', initial: fact });
    const dialog = await screen.findByRole('dialog', { name: 'Edit card' }, slow);
    expect(within(dialog).getByRole('combobox', { name: 'Topic' })).toHaveValue('security');
    const title = within(dialog).getByRole('textbox', { name: 'Title' });
    expect(title).toHaveValue('Peace process');
    expect(within(dialog).getByRole('textbox', { name: 'Figure value' })).toHaveValue('30 years');
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue('Moon Jae-in');

    await user.clear(title);
    await user.type(title, 'Peace on the peninsula');
    await user.click(
      within(within(dialog).getByRole('group', { name: 'Person 1' })).getByRole('button', { name: 'Remove person' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save card' }));

    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1), slow);
    const saved = await ownFacts();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ id: fact.id, title: 'Peace on the peninsula', people: [], origin: 'user' });
    expect(saved[0]?.figures).toMatchObject([{ display: '30 years', measures: 'Diplomatic ties' }]);
  });

  it('cancels without saving, and Escape closes too', async () => {
    const user = userEvent.setup();
    const { onClose, onSaved } = renderForm({ mode: 'create' });
    const dialog = await screen.findByRole('dialog', { name: 'New card' }, slow);
    await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Never mind');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(onSaved).not.toHaveBeenCalled();
    expect(await ownFacts()).toEqual([]);
  });
});
