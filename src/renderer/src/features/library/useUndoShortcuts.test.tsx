import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { isTextField, useUndoShortcuts } from './useUndoShortcuts';

function Harness({ undo, redo }: { undo: () => void; redo: () => void }) {
  useUndoShortcuts(undo, redo);
  return (
    <div>
      <label>
        Tag <input type="checkbox" />
      </label>
      <label>
        Colour <input type="radio" />
      </label>
      <button type="button">Star</button>
      <label>
        Topic
        <select>
          <option>All</option>
        </select>
      </label>
      <label>
        Search <input type="search" />
      </label>
      <label>
        Note <textarea />
      </label>
      <div contentEditable suppressContentEditableWarning aria-label="Editable">
        text
      </div>
    </div>
  );
}

describe('undo keys', () => {
  it('undo and redo on a checkbox, a radio, a button and a menu; never inside a text field', () => {
    const undo = vi.fn();
    const redo = vi.fn();
    render(<Harness undo={undo} redo={redo} />);
    const everywhere = [
      screen.getByRole('checkbox', { name: 'Tag' }),
      screen.getByRole('radio', { name: 'Colour' }),
      screen.getByRole('button', { name: 'Star' }),
      screen.getByRole('combobox', { name: 'Topic' }),
    ];
    for (const control of everywhere) {
      control.focus();
      fireEvent.keyDown(control, { key: 'z', ctrlKey: true });
      fireEvent.keyDown(control, { key: 'Z', ctrlKey: true, shiftKey: true });
    }
    expect(undo).toHaveBeenCalledTimes(4);
    expect(redo).toHaveBeenCalledTimes(4);

    for (const field of [
      screen.getByRole('searchbox', { name: 'Search' }),
      screen.getByRole('textbox', { name: 'Note' }),
      screen.getByLabelText('Editable'),
    ]) {
      fireEvent.keyDown(field, { key: 'z', ctrlKey: true });
      fireEvent.keyDown(field, { key: 'y', ctrlKey: true });
    }
    expect(undo).toHaveBeenCalledTimes(4);
    expect(redo).toHaveBeenCalledTimes(4);
  });

  it('knows which fields keep their own text undo', () => {
    const make = (html: string) => {
      const holder = document.createElement('div');
      holder.innerHTML = html;
      return holder.firstElementChild;
    };
    expect(isTextField(make('<input type="text">'))).toBe(true);
    expect(isTextField(make('<input>'))).toBe(true);
    expect(isTextField(make('<input type="checkbox">'))).toBe(false);
    expect(isTextField(make('<input type="range">'))).toBe(false);
    expect(isTextField(make('<textarea></textarea>'))).toBe(true);
    expect(isTextField(make('<div contenteditable="false"></div>'))).toBe(false);
    expect(isTextField(null)).toBe(false);
  });
});
