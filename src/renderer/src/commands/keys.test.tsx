import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { emptyUserData } from '../../../shared/schema/database';
import type { Library } from '../../../shared/contract';
import type { CommandContext, CommandEffects } from './command';
import { createTranslator } from '../../../shared/i18n/translator';
import { translateCommands } from './command';
import { redoCommand, undoCommand } from './historyCommands';
import { isTextField, matchesShortcut, shortcutLabel } from './keys';
import { useCommands } from './useCommands';

const commands = translateCommands([undoCommand, redoCommand], createTranslator('en').t);

function Harness({ undo, redo }: { undo: () => void; redo: () => void }) {
  const context = {
    library: { user: emptyUserData } as unknown as Library,
    openCardId: undefined,
    overlay: undefined,
    canUndo: true,
    canRedo: true,
    theme: 'system',
    language: 'en',
    effects: { undo, redo } as unknown as CommandEffects,
  } satisfies CommandContext;
  useCommands(commands, context, 'other', undefined);
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

  it('matches and names shortcuts per platform', () => {
    const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);
    expect(matchesShortcut(key({ key: 'k', ctrlKey: true }), 'Mod+K', 'other')).toBe(true);
    expect(matchesShortcut(key({ key: 'k', metaKey: true }), 'Mod+K', 'other')).toBe(false);
    expect(matchesShortcut(key({ key: 'k', metaKey: true }), 'Mod+K', 'mac')).toBe(true);
    expect(matchesShortcut(key({ key: 'P', ctrlKey: true, shiftKey: true }), 'Mod+Shift+P', 'other')).toBe(true);
    expect(matchesShortcut(key({ key: 'p', ctrlKey: true }), 'Mod+Shift+P', 'other')).toBe(false);
    expect(matchesShortcut(key({ key: '?', shiftKey: true }), '?', 'other')).toBe(true);
    expect(matchesShortcut(key({ key: 's' }), 'S', 'other')).toBe(true);
    expect(matchesShortcut(key({ key: 's', ctrlKey: true }), 'S', 'other')).toBe(false);
    expect(shortcutLabel('Mod+Shift+P', 'other')).toBe('Ctrl+Shift+P');
    expect(shortcutLabel('Mod+Shift+P', 'mac')).toBe('⌘⇧P');
  });
});
