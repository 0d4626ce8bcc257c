import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AnnouncementProvider, Announcements, type Announcement } from './announcements';
import { ModalDialog } from './ModalDialog';

function Window({ announcement, dialogs }: { announcement: Announcement; dialogs: number }) {
  return (
    <AnnouncementProvider value={announcement}>
      <main aria-label="Library">
        <Announcements />
      </main>
      {dialogs >= 1 && (
        <ModalDialog labelledBy="card" onClose={() => undefined}>
          <h2 id="card">Card</h2>
          {dialogs >= 2 && (
            <ModalDialog labelledBy="palette" onClose={() => undefined}>
              <h2 id="palette">Palette</h2>
            </ModalDialog>
          )}
        </ModalDialog>
      )}
    </AnnouncementProvider>
  );
}

const statusIn = (element: HTMLElement) =>
  within(element)
    .getAllByRole('status')
    .map((region) => region.textContent)
    .join('');

describe('announcements go where the user is', () => {
  it('in the window when no dialog is open', () => {
    render(<Window announcement={{ status: 'Undone.' }} dialogs={0} />);
    expect(statusIn(screen.getByRole('main'))).toBe('Undone.');
  });

  it('in the top-most dialog, and nowhere else, while dialogs are open', () => {
    const { rerender } = render(<Window announcement={{ status: '' }} dialogs={1} />);
    rerender(<Window announcement={{ status: 'Undone.', error: 'The disk is full.' }} dialogs={1} />);
    const card = screen.getByRole('dialog', { name: 'Card' });
    expect(statusIn(card)).toBe('Undone.');
    expect(within(card).getByRole('alert')).toHaveTextContent('The disk is full.');
    expect(statusIn(screen.getByRole('main'))).toBe('');
    expect(within(screen.getByRole('main')).queryByRole('alert')).toBeNull();

    rerender(<Window announcement={{ status: 'Redone.' }} dialogs={2} />);
    const palette = screen.getByRole('dialog', { name: 'Palette' });
    expect(statusIn(palette)).toBe('Redone.');
    // The card's own region (the palette's sits inside the card's panel in the DOM) stays empty.
    const cardRegions = within(card)
      .getAllByRole('status')
      .filter((region) => !palette.contains(region));
    expect(cardRegions.map((region) => region.textContent).join('')).toBe('');

    rerender(<Window announcement={{ status: 'Redone.' }} dialogs={0} />);
    expect(statusIn(screen.getByRole('main'))).toBe('Redone.');
  });
});
