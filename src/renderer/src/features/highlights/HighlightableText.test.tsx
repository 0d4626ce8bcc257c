import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeRange } from '../../../../shared/annotation/textSelectors';
import type { Fact } from '../../../../shared/schema/fact';
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

async function seedFact(): Promise<Fact> {
  const fact = (await briefing.service.getLibrary({})).facts.find((candidate) => candidate.id === factId);
  if (!fact) throw new Error(`the seed has no card "${factId}"`);
  return fact;
}

/** The component for the seed card, on the real store; `edit` stands in for a card whose text has changed. */
async function renderCard(edit?: (fact: Fact) => Fact) {
  render(
    <LibraryHarness service={briefing.service}>
      {(library, actions) => {
        const fact = library.facts.find((candidate) => candidate.id === factId);
        if (!fact) throw new Error('missing card');
        return (
          <HighlightableText
            fact={edit ? edit(fact) : fact}
            highlights={library.user.highlights.filter((highlight) => highlight.factId === factId)}
            actions={actions}
          />
        );
      }}
    </LibraryHarness>,
  );
  return screen.findByRole('group', { name: 'Card text' });
}

async function highlightPhrase(user: ReturnType<typeof userEvent.setup>, text: string, color = 'Yellow', comment = '') {
  await user.click(screen.getByRole('button', { name: 'Highlight a phrase…' }));
  const form = screen.getByRole('form', { name: 'Highlight a phrase' });
  // Pasted: what a reader copying from the card does, and one event instead of one per key.
  await user.click(within(form).getByRole('textbox', { name: 'Phrase to highlight' }));
  await user.paste(text);
  await user.click(within(form).getByRole('radio', { name: color }));
  if (comment) {
    await user.click(within(form).getByRole('textbox', { name: 'Comment (optional)' }));
    await user.paste(comment);
  }
  await user.click(within(form).getByRole('button', { name: 'Highlight' }));
}

// Every test saves through the real router and store to disk: give a busy machine time.
describe('HighlightableText', { timeout: 15_000 }, () => {
  it('highlights a typed phrase, saves it with both selectors and draws it as a mark', async () => {
    const user = userEvent.setup();
    const text = await renderCard();
    const fact = await seedFact();
    await highlightPhrase(user, phrase, 'Green');

    const mark = await within(text).findByRole('button', { name: `Highlight: ${phrase}` });
    expect(mark.tagName).toBe('MARK');
    expect(mark).toHaveAttribute('data-highlight-color', 'green');
    expect(mark).toHaveTextContent(phrase);
    expect(screen.queryByRole('form', { name: 'Highlight a phrase' })).not.toBeInTheDocument();

    const start = fact.body.indexOf(phrase);
    await expect.poll(savedHighlights).toHaveLength(1);
    const [saved] = await savedHighlights();
    expect(saved).toMatchObject({
      factId,
      color: 'green',
      target: {
        quote: { type: 'TextQuoteSelector', exact: phrase, prefix: fact.body.slice(start - 32, start) },
        position: { type: 'TextPositionSelector', start, end: start + phrase.length },
      },
    });
    expect(saved?.target.quote.suffix).toBe(fact.body.slice(start + phrase.length, start + phrase.length + 32));
  });

  it('changes the colour, adds a comment and removes the highlight from the popover', async () => {
    const user = userEvent.setup();
    const text = await renderCard();
    await highlightPhrase(user, phrase);
    const mark = await within(text).findByRole('button', { name: `Highlight: ${phrase}` });

    await user.click(mark);
    const popover = screen.getByRole('dialog', { name: 'Edit highlight' });
    expect(within(popover).getByRole('button', { name: 'Yellow' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(popover).getByRole('button', { name: 'Violet' }));
    await expect.poll(async () => (await savedHighlights())[0]?.color).toBe('violet');
    await waitFor(() => expect(mark).toHaveAttribute('data-highlight-color', 'violet'));
    expect(within(popover).getByRole('button', { name: 'Violet' })).toHaveAttribute('aria-pressed', 'true');

    const comment = within(popover).getByRole('textbox', { name: 'Highlight comment' });
    await user.click(comment);
    await user.paste('No baseline given');
    await user.keyboard('{Enter}');
    await expect.poll(async () => (await savedHighlights())[0]?.comment).toBe('No baseline given');
    const list = await screen.findByRole('region', { name: 'Your highlights' });
    expect(list).toHaveTextContent(phrase);
    expect(list).toHaveTextContent('No baseline given');

    // Edited again and saved by leaving the field: one save, not one per event.
    await user.paste(' for the figure');
    await user.tab();
    await expect.poll(async () => (await savedHighlights())[0]?.comment).toBe('No baseline given for the figure');

    await user.click(within(popover).getByRole('button', { name: 'Remove highlight' }));
    await expect.poll(savedHighlights).toHaveLength(0);
    await waitFor(() => expect(text.querySelector('mark')).toBeNull());
    expect(within(text).queryByRole('button', { name: `Highlight: ${phrase}` })).not.toBeInTheDocument();
    expect(text.querySelector('mark')).toBeNull();
    expect(screen.queryByRole('dialog', { name: 'Edit highlight' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Your highlights' })).not.toBeInTheDocument();
  });

  it('opens a highlight from the keyboard, and Escape closes only the popover', async () => {
    const user = userEvent.setup();
    let documentEscapes = 0;
    // An Escape whose default is not prevented is a close request: the card's <dialog> would cancel.
    const count = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) documentEscapes += 1;
    };
    document.addEventListener('keydown', count);
    try {
      const text = await renderCard();
      await highlightPhrase(user, 'projection');
      const mark = await within(text).findByRole('button', { name: 'Highlight: projection' });
      mark.focus();
      await user.keyboard('{Enter}');
      const popover = screen.getByRole('dialog', { name: 'Edit highlight' });
      expect(within(popover).getByRole('button', { name: 'Yellow' })).toHaveFocus();
      expect(mark).toHaveAttribute('aria-expanded', 'true');
      await user.keyboard('{Escape}');
      expect(popover).not.toBeInTheDocument();
      expect(mark).toHaveFocus();
      expect(documentEscapes).toBe(0);
    } finally {
      document.removeEventListener('keydown', count);
    }
  });

  it('says so when the phrase is not in the card, and saves nothing', async () => {
    const user = userEvent.setup();
    await renderCard();
    await highlightPhrase(user, 'trade with Mars');
    expect(await screen.findByRole('alert')).toHaveTextContent('“trade with Mars” is not in this card’s text');
    expect(screen.getByRole('textbox', { name: 'Phrase to highlight' })).toHaveAttribute('aria-invalid', 'true');
    expect(await savedHighlights()).toHaveLength(0);
  });

  it('highlights a phrase with a comment, whatever its case', async () => {
    const user = userEvent.setup();
    const text = await renderCard();
    await highlightPhrase(user, 'NO CURRENT BASELINE', 'Pink', 'Ask the ministry');
    await within(text).findByRole('button', { name: 'Highlight: no current baseline' });
    await expect
      .poll(async () => (await savedHighlights())[0])
      .toMatchObject({
        color: 'pink',
        comment: 'Ask the ministry',
        target: { quote: { exact: 'no current baseline' } },
      });
  });

  it('lists a highlight whose words left the card under "Highlights that lost their place"', async () => {
    const user = userEvent.setup();
    const fact = await seedFact();
    const lost = 'no current baseline to compare it with';
    const start = fact.body.indexOf(lost);
    await briefing.make('createHighlight', {
      factId,
      target: describeRange(fact.body, start, start + lost.length),
      color: 'pink',
      comment: 'Check the source',
    });
    const text = await renderCard((card) => ({
      ...card,
      body: card.body.replace(/It gives no year[^.]*\./, 'The period is not stated.'),
    }));

    const orphans = await screen.findByRole('region', { name: 'Highlights that lost their place' });
    expect(orphans).toHaveTextContent(lost);
    expect(orphans).toHaveTextContent('Check the source');
    expect(text.querySelector('mark')).toBeNull();

    await user.click(within(orphans).getByRole('button', { name: 'Remove highlight' }));
    await expect.poll(savedHighlights).toHaveLength(0);
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Highlights that lost their place' })).not.toBeInTheDocument(),
    );
  });

  it('shows the error when saving fails, inline', async () => {
    const user = userEvent.setup();
    // The text on screen has words the stored card does not: the main process refuses the highlight.
    await renderCard((card) => ({ ...card, body: `Briefing draft. ${card.body}` }));
    await highlightPhrase(user, 'Briefing draft');
    expect(await screen.findByRole('alert')).toHaveTextContent('not in this card’s text as it is now');
    expect(await savedHighlights()).toHaveLength(0);
  });

  it('shows highlights but offers no editing when read-only', async () => {
    const fact = await seedFact();
    const start = fact.body.indexOf('projection');
    await briefing.make('createHighlight', {
      factId,
      target: describeRange(fact.body, start, start + 'projection'.length),
      color: 'yellow',
    });
    render(
      <LibraryHarness service={briefing.service}>
        {(library, actions) => (
          <HighlightableText
            fact={fact}
            highlights={library.user.highlights}
            actions={actions}
            readOnlyReason="This card is being printed."
          />
        )}
      </LibraryHarness>,
    );
    expect(await screen.findByText('This card is being printed.')).toBeInTheDocument();
    const mark = document.querySelector('mark[data-highlight-color="yellow"]');
    expect(mark).toHaveTextContent('projection');
    expect(mark).not.toHaveAttribute('role');
    expect(screen.queryByRole('button', { name: 'Highlight a phrase…' })).not.toBeInTheDocument();
  });
});
