import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Fact } from '../../../../shared/schema/fact';
import { LibraryHarness } from '../../testing/LibraryHarness';
import { openRealBriefing, readSeed, type RealBriefing } from '../../testing/realBriefing';
import { TagChip } from './TagChip';
import { TagPicker } from './TagPicker';

// The real router and store answer each change; on a busy machine that can take a second or two.
const slow = { timeout: 5000 };

let briefing: RealBriefing;
let fact: Fact;

beforeEach(async () => {
  const seed = await readSeed();
  const first = seed.facts[0];
  if (!first) throw new Error('empty seed');
  fact = first;
  briefing = await openRealBriefing();
});

afterEach(() => briefing.cleanup());

function renderPicker() {
  render(
    <LibraryHarness service={briefing.service}>
      {(library, actions) => (
        <TagPicker
          factId={fact.id}
          tags={library.user.tags}
          selectedTagIds={library.user.cardTags[fact.id] ?? []}
          actions={actions}
        />
      )}
    </LibraryHarness>,
  );
  return screen.findByRole('group', { name: 'Tags' }, slow);
}

async function savedCardTags() {
  return (await briefing.service.getLibrary({})).user.cardTags;
}

describe('the tag picker', { timeout: 20_000 }, () => {
  it('creates a tag with Enter and applies it to the card at once', async () => {
    const user = userEvent.setup();
    const group = await renderPicker();
    expect(within(group).getByText('No tags on this card yet.')).toBeInTheDocument();

    const add = within(group).getByRole('button', { name: 'Add tag' });
    await user.click(add);
    expect(add).toHaveAttribute('aria-expanded', 'true');
    const name = within(group).getByRole('textbox', { name: 'New tag name' });
    expect(name).toHaveFocus();
    await user.click(within(group).getByRole('radio', { name: 'Green' }));
    await user.type(name, 'talking point{Enter}');

    expect(await within(group).findByRole('button', { name: 'Remove tag talking point' }, slow)).toBeInTheDocument();
    expect(within(group).getByRole('checkbox', { name: 'talking point' })).toBeChecked();
    await waitFor(() => expect(name).toHaveValue(''));
    await waitFor(async () => {
      const library = await briefing.service.getLibrary({});
      expect(library.user.tags).toMatchObject([{ name: 'talking point', color: 'green' }]);
      expect(library.user.cardTags).toEqual({ [fact.id]: [library.user.tags[0]?.id] });
    }, slow);
  });

  it('applies and removes existing tags from the keyboard, and from the chips', async () => {
    const user = userEvent.setup();
    const first = await briefing.make('createTag', { name: 'follow up', color: 'blue' });
    const second = await briefing.make('createTag', { name: 'talking point', color: 'amber' });
    const group = await renderPicker();

    await user.click(within(group).getByRole('button', { name: 'Add tag' }));
    const followUp = within(group).getByRole('checkbox', { name: 'follow up' });
    expect(followUp).toHaveFocus();
    await user.keyboard(' ');
    // A second change while the first is still saving shows at once and keeps the first.
    await user.keyboard('{ArrowDown}');
    expect(within(group).getByRole('checkbox', { name: 'talking point' })).toHaveFocus();
    await user.keyboard(' ');
    expect(followUp).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'talking point' })).toBeChecked();
    await waitFor(async () => expect(await savedCardTags()).toEqual({ [fact.id]: [first.id, second.id] }), slow);

    // Escape closes the popover only, and gives the keyboard back to its button.
    await user.keyboard('{Escape}');
    expect(within(group).queryByRole('checkbox')).not.toBeInTheDocument();
    expect(within(group).getByRole('button', { name: 'Add tag' })).toHaveFocus();

    await user.click(await within(group).findByRole('button', { name: 'Remove tag follow up' }, slow));
    expect(within(group).queryByRole('button', { name: 'Remove tag follow up' })).toBeNull();
    await waitFor(async () => expect(await savedCardTags()).toEqual({ [fact.id]: [second.id] }), slow);

    await user.click(within(group).getByRole('button', { name: 'Add tag' }));
    await user.click(within(group).getByRole('checkbox', { name: 'talking point' }));
    await waitFor(async () => expect(await savedCardTags()).toEqual({}), slow);
    expect(within(group).getByText('No tags on this card yet.')).toBeInTheDocument();
  });

  it('applies the existing tag when its name is typed again, and says why an empty name will not do', async () => {
    const user = userEvent.setup();
    const tag = await briefing.make('createTag', { name: 'Talking point', color: 'teal' });
    const group = await renderPicker();
    await user.click(within(group).getByRole('button', { name: 'Add tag' }));
    const name = within(group).getByRole('textbox', { name: 'New tag name' });

    await user.click(within(group).getByRole('button', { name: 'Create' }));
    expect(await within(group).findByRole('alert', {}, slow)).toHaveTextContent('A tag needs a name.');
    expect(name).toHaveAttribute('aria-invalid', 'true');

    await user.type(name, 'talking POINT{Enter}');
    expect(await within(group).findByRole('button', { name: 'Remove tag Talking point' }, slow)).toBeInTheDocument();
    await waitFor(async () => {
      const library = await briefing.service.getLibrary({});
      expect(library.user.tags).toHaveLength(1);
      expect(library.user.cardTags).toEqual({ [fact.id]: [tag.id] });
    }, slow);
  });

  it('shows the store’s error inline when a change is refused', async () => {
    const user = userEvent.setup();
    const unused = () => {
      throw new Error('unused');
    };
    render(
      <TagPicker
        factId={fact.id}
        tags={[{ id: 'tag-gone', name: 'gone', color: 'red', createdAt: '2021-08-17T00:00:00.000Z' }]}
        selectedTagIds={[]}
        actions={{
          createTag: () => Promise.reject(new Error('unused')),
          // Straight to the router: the window's store would have shown the tag gone before the click.
          setCardTags: (request) => briefing.service.setCardTags(request),
          held: { ownFacts: unused, notes: unused, highlights: unused, tags: unused },
        }}
      />,
    );
    const group = screen.getByRole('group', { name: 'Tags' });
    await user.click(within(group).getByRole('button', { name: 'Add tag' }));
    await user.click(within(group).getByRole('checkbox', { name: 'gone' }));
    expect(await within(group).findByRole('alert', {}, slow)).toHaveTextContent(/tag/i);
    expect(within(group).getByRole('checkbox', { name: 'gone' })).not.toBeChecked();
  });
});

describe('a tag chip', () => {
  it('carries the tag’s name and colour', () => {
    render(<TagChip tag={{ name: 'talking point', color: 'violet' }} />);
    const chip = screen.getByText('talking point').closest('.tag-chip');
    expect(chip).toHaveAttribute('data-tag-color', 'violet');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
