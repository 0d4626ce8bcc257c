import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ModalDialog } from './ModalDialog';

/** A screen with a button that opens a dialog, which has a button that opens another over it. */
function Screen({ keepOnBackdropClick = false }: { keepOnBackdropClick?: boolean }) {
  const [open, setOpen] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setOpen(1)}>
        Open card
      </button>
      {open >= 1 && (
        <ModalDialog labelledBy="card-title" onClose={() => setOpen(0)} keepOnBackdropClick={keepOnBackdropClick}>
          <h2 id="card-title">Card</h2>
          <button type="button" onClick={() => setOpen(2)}>
            Open palette
          </button>
          {open === 2 && (
            <ModalDialog labelledBy="palette-title" onClose={() => setOpen(1)}>
              <h2 id="palette-title">Palette</h2>
            </ModalDialog>
          )}
        </ModalDialog>
      )}
    </>
  );
}

describe('ModalDialog', () => {
  it('is a native dialog opened modally, named by its heading', async () => {
    const user = userEvent.setup();
    render(<Screen />);
    await user.click(screen.getByRole('button', { name: 'Open card' }));
    const dialog = screen.getByRole('dialog', { name: 'Card' });
    expect(dialog.tagName).toBe('DIALOG');
    expect(dialog).toHaveAttribute('open');
    expect(dialog.contains(document.activeElement)).toBe(true);
  });

  it('closes only the top-most dialog on Escape, and hands the focus back to what opened each', async () => {
    const user = userEvent.setup();
    render(<Screen />);
    const opener = screen.getByRole('button', { name: 'Open card' });
    await user.click(opener);
    const inner = screen.getByRole('button', { name: 'Open palette' });
    await user.click(inner);
    expect(screen.getByRole('dialog', { name: 'Palette' })).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Palette' })).not.toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'Card' })).toBeInTheDocument();
    expect(inner).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('closes on a press beside the panel, but not on the panel itself', async () => {
    const user = userEvent.setup();
    render(<Screen />);
    await user.click(screen.getByRole('button', { name: 'Open card' }));
    fireEvent.mouseDown(screen.getByRole('heading', { name: 'Card' }));
    expect(screen.getByRole('dialog', { name: 'Card' })).toBeInTheDocument();
    fireEvent.mouseDown(screen.getByRole('dialog', { name: 'Card' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('keeps a form open on a press beside it, and still closes it on Escape', async () => {
    const user = userEvent.setup();
    render(<Screen keepOnBackdropClick />);
    await user.click(screen.getByRole('button', { name: 'Open card' }));
    fireEvent.mouseDown(screen.getByRole('dialog', { name: 'Card' }));
    expect(screen.getByRole('dialog', { name: 'Card' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
