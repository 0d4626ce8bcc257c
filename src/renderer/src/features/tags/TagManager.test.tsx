import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Seed } from '../../../../shared/schema/seed';
import { LibraryHarness } from '../../testing/LibraryHarness';
import { openRealBriefing, readSeed, type RealBriefing } from '../../testing/realBriefing';
import { TagManager } from './TagManager';

const slow = { timeout: 5000 };

let briefing: RealBriefing;
let seed: Seed;

beforeEach(async () => {
  seed = await readSeed();
  briefing = await openRealBriefing();
});

afterEach(() => briefing.cleanup());

function renderManager(onClose = vi.fn()) {
  render(
    <LibraryHarness service={briefing.service}>
      {(library, actions) => (
        <TagManager tags={library.user.tags} cardTags={library.user.cardTags} actions={actions} onClose={onClose} />
      )}
    </LibraryHarness>,
  );
  return screen.findByRole('dialog', { name: 'Manage tags' }, slow);
}

async function savedUser() {
  return (await briefing.service.getLibrary({})).user;
}

// The real router and store run under jsdom; on a busy machine a few typed names take seconds.
describe('the tag manager', { timeout: 20_000 }, () => {
  it('says there are no tags yet, then creates one with the chosen colour', async () => {
    const user = userEvent.setup();
    const dialog = await renderManager();
    expect(within(dialog).getByText('No tags yet')).toBeInTheDocument();

    await user.type(within(dialog).getByRole('textbox', { name: 'New tag name' }), 'talking point');
    await user.click(
      within(within(dialog).getByRole('radiogroup', { name: 'Colour of new tag' })).getByRole('radio', {
        name: 'Teal',
      }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Create tag' }));

    expect(await within(dialog).findByRole('textbox', { name: 'Name of tag talking point' }, slow)).toHaveValue(
      'talking point',
    );
    const colour = within(dialog).getByRole('radiogroup', { name: 'Colour of tag talking point' });
    expect(within(colour).getByRole('radio', { name: 'Teal' })).toBeChecked();
    expect(within(dialog).getByRole('textbox', { name: 'New tag name' })).toHaveValue('');
    expect((await savedUser()).tags).toMatchObject([{ name: 'talking point', color: 'teal' }]);
  });

  it('renames a tag on Enter and on leaving the field, and recolours it', async () => {
    const user = userEvent.setup();
    await briefing.make('createTag', { name: 'follow up', color: 'blue' });
    const dialog = await renderManager();

    const name = await within(dialog).findByRole('textbox', { name: 'Name of tag follow up' }, slow);
    await user.clear(name);
    await user.type(name, 'ask about it{Enter}');
    expect(await within(dialog).findByRole('textbox', { name: 'Name of tag ask about it' }, slow)).toBe(name);
    expect((await savedUser()).tags[0]?.name).toBe('ask about it');

    await user.type(name, ' again');
    await user.tab();
    expect(await within(dialog).findByRole('textbox', { name: 'Name of tag ask about it again' }, slow)).toBe(name);

    const colours = within(dialog).getByRole('radiogroup', { name: 'Colour of tag ask about it again' });
    for (const colour of ['Slate', 'Blue', 'Green', 'Amber', 'Red', 'Violet', 'Teal']) {
      expect(within(colours).getByRole('radio', { name: colour })).toBeInTheDocument();
    }
    await user.click(within(colours).getByRole('radio', { name: 'Red' }));
    expect(within(colours).getByRole('radio', { name: 'Red' })).toBeChecked();
    await expect
      .poll(async () => (await savedUser()).tags[0], slow)
      .toMatchObject({ name: 'ask about it again', color: 'red' });
  });

  it('shows the store’s error when a new name is already taken, and keeps what the user typed', async () => {
    const user = userEvent.setup();
    await briefing.make('createTag', { name: 'Talking point', color: 'blue' });
    await briefing.make('createTag', { name: 'Follow up', color: 'green' });
    const dialog = await renderManager();

    await user.type(within(dialog).getByRole('textbox', { name: 'New tag name' }), 'talking POINT{Enter}');
    expect(await within(dialog).findByRole('alert', {}, slow)).toHaveTextContent(
      'There is already a tag called “Talking point”.',
    );
    expect(within(dialog).getByRole('textbox', { name: 'New tag name' })).toHaveValue('talking POINT');

    const rename = within(dialog).getByRole('textbox', { name: 'Name of tag Follow up' });
    await user.clear(rename);
    await user.type(rename, 'Talking point{Enter}');
    const alerts = await within(dialog).findAllByRole('alert', {}, slow);
    expect(alerts.some((alert) => alert.textContent === 'There is already a tag called “Talking point”.')).toBe(true);
    expect(rename).toHaveAttribute('aria-invalid', 'true');
    expect((await savedUser()).tags.map((tag) => tag.name)).toEqual(['Talking point', 'Follow up']);
  });

  it('refuses an empty name without asking the store', async () => {
    const user = userEvent.setup();
    const dialog = await renderManager();
    await user.click(within(dialog).getByRole('button', { name: 'Create tag' }));
    expect(await within(dialog).findByRole('alert', {}, slow)).toHaveTextContent('A tag needs a name.');
    expect((await savedUser()).tags).toEqual([]);
  });

  it('deletes a tag after a confirmation that counts its cards, and takes it off those cards', async () => {
    const user = userEvent.setup();
    const [first, second] = seed.facts;
    if (!first || !second) throw new Error('the seed needs two cards');
    const tag = await briefing.make('createTag', { name: 'talking point', color: 'amber' });
    const kept = await briefing.make('createTag', { name: 'keep', color: 'slate' });
    await briefing.service.setCardTags({ factId: first.id, tagIds: [tag.id, kept.id] });
    await briefing.service.setCardTags({ factId: second.id, tagIds: [tag.id] });
    const dialog = await renderManager();

    await user.click(await within(dialog).findByRole('button', { name: 'Delete tag talking point' }, slow));
    const confirm = within(dialog).getByRole('group', {
      name: 'Delete tag talking point? It will be removed from 2 cards.',
    });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(within(dialog).getByRole('button', { name: 'Delete tag talking point' })).toHaveFocus();
    expect((await savedUser()).tags).toHaveLength(2);

    await user.click(within(dialog).getByRole('button', { name: 'Delete tag talking point' }));
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    await waitFor(
      () =>
        expect(within(dialog).queryByRole('textbox', { name: 'Name of tag talking point' })).not.toBeInTheDocument(),
      slow,
    );
    const saved = await savedUser();
    expect(saved.tags.map((candidate) => candidate.name)).toEqual(['keep']);
    expect(saved.cardTags).toEqual({ [first.id]: [kept.id] });
    expect(within(dialog).getByRole('textbox', { name: 'New tag name' })).toHaveFocus();
  });

  it('closes on Escape, but the first Escape in an edited name only takes the edit back', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    await briefing.make('createTag', { name: 'draft', color: 'violet' });
    const dialog = await renderManager(onClose);
    const name = await within(dialog).findByRole('textbox', { name: 'Name of tag draft' }, slow);
    await user.type(name, 'ed');
    await user.keyboard('{Escape}');
    expect(name).toHaveValue('draft');
    expect(onClose).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
