import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Library } from '../../../../shared/contract';
import { emptyUserData } from '../../../../shared/schema/database';
import {
  commandTitle,
  shortcutLabel,
  staticCommands,
  translateCommands,
  type CommandContext,
  type CommandEffects,
} from '../../commands';
import { createTranslator } from '../../../../shared/i18n/translator';
import { LibraryHeader } from './LibraryHeader';

const english = createTranslator('en').t;
const registry = translateCommands(staticCommands, english);

function contextWith(overrides: Partial<CommandContext>, effects: Partial<CommandEffects> = {}): CommandContext {
  return {
    library: { user: emptyUserData } as unknown as Library,
    openCardId: undefined,
    overlay: undefined,
    canUndo: true,
    canRedo: false,
    theme: 'system',
    language: 'en',
    effects: effects as CommandEffects,
    ...overrides,
  };
}

function renderHeader(context: CommandContext, readOnlyReason?: string) {
  return render(
    <LibraryHeader
      search={null}
      language={null}
      save={{ kind: 'saved' }}
      commands={registry}
      context={context}
      platform="other"
      {...(readOnlyReason ? { readOnlyReason } : {})}
    />,
  );
}

const command = (id: string) => registry.find((candidate) => candidate.id === id)!;

describe('LibraryHeader', () => {
  it('takes its buttons’ titles from the registry’s labels and shortcuts', () => {
    renderHeader(contextWith({}));
    for (const [name, id] of [
      ['Undo', 'undo'],
      ['Redo', 'redo'],
      ['New card', 'new-card'],
      ['Export', 'export-pdf'],
    ] as const) {
      const button = screen.getByRole('button', { name });
      expect(button).toHaveAttribute('title', commandTitle(command(id), 'other'));
      const [shortcut] = command(id).shortcuts?.other ?? [];
      expect(button.title).toContain(shortcutLabel(shortcut!, 'other'));
    }
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', 'Undo (Ctrl+Z)');
    expect(screen.getByRole('button', { name: 'Export' })).toHaveAttribute(
      'title',
      'Export PDF briefing pack… (Ctrl+E)',
    );
  });

  it('is disabled where the command’s `when` says so, and a press runs the command', async () => {
    const user = userEvent.setup();
    const effects = { undo: vi.fn(), redo: vi.fn(), newCard: vi.fn(), openExport: vi.fn() };
    renderHeader(contextWith({ canUndo: true, canRedo: false }, effects));
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveAttribute('aria-disabled', 'false');
    expect(screen.getByRole('button', { name: 'Redo' })).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    await user.click(screen.getByRole('button', { name: 'New card' }));
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(effects.undo).toHaveBeenCalledTimes(1);
    expect(effects.redo).not.toHaveBeenCalled();
    expect(effects.newCard).toHaveBeenCalledTimes(1);
    expect(effects.openExport).toHaveBeenCalledTimes(1);
  });

  it('says why New card cannot run in a read-only folder', () => {
    renderHeader(
      contextWith({ library: { user: emptyUserData, readOnly: { reason: 'The folder is read-only.' } } as never }),
      'The folder is read-only.',
    );
    const button = screen.getByRole('button', { name: 'New card' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAttribute('title', 'Read-only: The folder is read-only.');
  });
});
