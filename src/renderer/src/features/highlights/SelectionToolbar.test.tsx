import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryActions } from '../../store/useLibrary';
import { LibraryHarness } from '../../testing/LibraryHarness';
import { openRealBriefing, type RealBriefing } from '../../testing/realBriefing';
import { HighlightableText } from './HighlightableText';

const factId = 'trade-volume-projection';
const phrase = 'the growing volume of trade';

let briefing: RealBriefing;

beforeEach(async () => {
  briefing = await openRealBriefing();
});

afterEach(() => briefing.cleanup());

async function savedHighlights() {
  return (await briefing.service.getLibrary({})).user.highlights;
}

/** The component for the seed card, on the real store; `wrap` lets a test watch the actions. */
async function renderCard(wrap?: (actions: LibraryActions) => LibraryActions) {
  render(
    <LibraryHarness service={briefing.service}>
      {(library, actions) => {
        const fact = library.facts.find((candidate) => candidate.id === factId);
        if (!fact) throw new Error('missing card');
        return (
          <HighlightableText
            fact={fact}
            highlights={library.user.highlights.filter((highlight) => highlight.factId === factId)}
            actions={wrap ? wrap(actions) : actions}
          />
        );
      }}
    </LibraryHarness>,
  );
  return screen.findByRole('group', { name: 'Card text' });
}

// Every test saves through the real router and store to disk: give a busy machine time.
describe('selecting card text', { timeout: 15_000 }, () => {
  it('highlights what the user selects with the mouse, from the floating toolbar', async () => {
    const user = userEvent.setup();
    const text = await renderCard();
    const node = within(text).getByText(/growing volume/).firstChild;
    if (!node?.nodeValue) throw new Error('no text node');
    const start = node.nodeValue.indexOf(phrase);
    const range = document.createRange();
    // A little whitespace either side, as a drag often catches: it is trimmed away.
    range.setStart(node, start - 1);
    range.setEnd(node, start + phrase.length + 1);
    act(() => {
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    });
    fireEvent.mouseUp(text);

    const toolbar = await screen.findByRole('toolbar', { name: 'Highlight selection' });
    expect(
      within(toolbar)
        .getAllByRole('button')
        .map((button) => button.getAttribute('aria-label') ?? button.textContent),
    ).toEqual([
      'Highlight in Yellow',
      'Highlight in Green',
      'Highlight in Blue',
      'Highlight in Pink',
      'Highlight in Violet',
      'Comment',
    ]);
    await user.click(within(toolbar).getByRole('button', { name: 'Highlight in Blue' }));
    const mark = await within(text).findByRole('button', { name: `Highlight: ${phrase}` });
    expect(mark).toHaveAttribute('data-highlight-color', 'blue');
    expect(screen.queryByRole('toolbar', { name: 'Highlight selection' })).not.toBeInTheDocument();
    await expect.poll(async () => (await savedHighlights())[0]?.target.quote.exact).toBe(phrase);
  });

  it('"Comment" highlights the selection and opens its comment; Enter then Done saves the comment once', async () => {
    const user = userEvent.setup();
    const updates: unknown[] = [];
    const text = await renderCard((actions) => ({
      ...actions,
      updateHighlight(input) {
        updates.push(input);
        return actions.updateHighlight(input);
      },
    }));
    const node = within(text).getByText(/growing volume/).firstChild;
    if (!node?.nodeValue) throw new Error('no text node');
    const start = node.nodeValue.indexOf('projection');
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + 'projection'.length);
    act(() => {
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    });
    fireEvent.keyUp(text, { key: 'ArrowRight', shiftKey: true });
    await user.click(await screen.findByRole('button', { name: 'Comment' }));

    const comment = await screen.findByRole('textbox', { name: 'Highlight comment' });
    await waitFor(() => expect(comment).toHaveFocus());
    await user.paste('Projected, not measured');
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Done' }));
    await expect
      .poll(async () => (await savedHighlights())[0])
      .toMatchObject({
        color: 'yellow',
        comment: 'Projected, not measured',
        target: { quote: { exact: 'projection' } },
      });
    expect(updates).toHaveLength(1);
    expect(screen.queryByRole('dialog', { name: 'Edit highlight' })).not.toBeInTheDocument();
    expect(within(text).getByRole('button', { name: 'Highlight: projection' })).toHaveFocus();
  });

  it('Escape dismisses the toolbar and the selection, not the dialog around them', async () => {
    const user = userEvent.setup();
    const text = await renderCard();
    const node = within(text).getByText(/growing volume/).firstChild;
    if (!node) throw new Error('no text node');
    const range = document.createRange();
    range.setStart(node, 3);
    range.setEnd(node, 8);
    act(() => {
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    });
    fireEvent.mouseUp(text);
    await screen.findByRole('toolbar', { name: 'Highlight selection' });
    let dialogHeardEscape = false;
    // An Escape whose default is not prevented is a close request: the card's <dialog> would cancel.
    const listener = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) dialogHeardEscape = true;
    };
    document.addEventListener('keydown', listener);
    try {
      await user.keyboard('{Escape}');
    } finally {
      document.removeEventListener('keydown', listener);
    }
    expect(screen.queryByRole('toolbar', { name: 'Highlight selection' })).not.toBeInTheDocument();
    expect(window.getSelection()?.isCollapsed).toBe(true);
    expect(dialogHeardEscape).toBe(false);
  });

  it('shows no toolbar for a selection outside the text', async () => {
    render(<p>Outside the card</p>);
    const text = await renderCard();
    const outside = screen.getByText('Outside the card').firstChild;
    if (!outside) throw new Error('no text');
    const range = document.createRange();
    range.setStart(outside, 0);
    range.setEnd(outside, 7);
    act(() => {
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    });
    fireEvent.mouseUp(outside);
    fireEvent.mouseUp(text);
    expect(screen.queryByRole('toolbar', { name: 'Highlight selection' })).not.toBeInTheDocument();
  });
});
