import { act, render } from '@testing-library/react';
import { createTranslator } from '../../../shared/i18n/translator';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Library } from '../../../shared/contract';
import { publishedMenuSchema, type PublishedCommand } from '../../../shared/menuCommands';
import { emptyUserData } from '../../../shared/schema/database';
import { translateCommands, type CommandContext, type CommandEffects } from './command';
import { commandsFor, staticCommands } from './index';
import { menuPublishDelayMs, publishedCommands, usePublishedMenu } from './menuCommands';

const english = createTranslator('en').t;
const registry = translateCommands(staticCommands, english);

const library = {
  readOnly: undefined,
  user: {
    ...emptyUserData,
    tags: [{ id: 'tag-1', name: 'Trade', color: 'blue', createdAt: '2021-08-17T09:00:00.000Z' }],
  },
} as unknown as Library;

function contextWith(overrides: Partial<CommandContext> = {}): CommandContext {
  return {
    library,
    openCardId: undefined,
    overlay: undefined,
    canUndo: true,
    canRedo: false,
    theme: 'system',
    language: 'en',
    effects: {} as CommandEffects,
    ...overrides,
  };
}

const byId = (list: PublishedCommand[], id: string) => list.find((command) => command.id === id);

describe('publishedCommands', () => {
  it('lists the registry as the main process’s schema accepts it, on both keyboards', () => {
    for (const platform of ['mac', 'other'] as const) {
      const list = publishedCommands(commandsFor(library, english), contextWith(), platform);
      expect(publishedMenuSchema.safeParse(list).success).toBe(true);
    }
  });

  it('takes label, key and group from the registry and enabled from `when`', () => {
    const list = publishedCommands(registry, contextWith(), 'other');
    expect(byId(list, 'export-pdf')).toEqual({
      id: 'export-pdf',
      label: 'Export PDF briefing pack…',
      menu: 'File',
      group: 'Export',
      accelerator: 'CmdOrCtrl+E',
      enabled: true,
    });
    expect(byId(list, 'new-card')).toMatchObject({ menu: 'File', accelerator: 'CmdOrCtrl+N', enabled: true });
    expect(byId(list, 'close-card')).toMatchObject({ menu: 'File', accelerator: 'Esc', enabled: false });
    expect(byId(list, 'redo')).toMatchObject({ menu: 'Edit', accelerator: 'CmdOrCtrl+Shift+Z' });
    // The key with a modifier is the one a menu shows: Ctrl+F rather than "/".
    expect(byId(list, 'search')).toMatchObject({ menu: 'View', accelerator: 'CmdOrCtrl+F' });
    expect(byId(list, 'go-security')).toMatchObject({ menu: 'Go', accelerator: '5' });
  });

  it('flips with the context: a card opened enables Close card and disables New card', () => {
    const list = publishedCommands(registry, contextWith({ openCardId: 'trade-volume', overlay: 'card' }), 'other');
    expect(byId(list, 'close-card')?.enabled).toBe(true);
    expect(byId(list, 'new-card')?.enabled).toBe(false);
    expect(byId(list, 'star-card')?.enabled).toBe(true);
  });

  it('checks the theme in use', () => {
    const list = publishedCommands(registry, contextWith({ theme: 'dark' }), 'other');
    expect(byId(list, 'theme-dark')).toMatchObject({ checked: true, enabled: false });
    expect(byId(list, 'theme-light')).toMatchObject({ checked: false, enabled: true });
    expect(byId(list, 'toggle-theme')).not.toHaveProperty('checked');
  });

  it('leaves out the per-tag filters and the main process’s own commands', () => {
    const ids = publishedCommands(commandsFor(library, english), contextWith(), 'other').map((command) => command.id);
    expect(ids).not.toContain('filter-tag-tag-1');
    expect(ids).not.toContain('about');
    expect(ids).not.toContain('show-data-folder');
    expect(ids).toContain('filter-starred');
  });
});

describe('usePublishedMenu', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function Publisher({
    context,
    publish,
  }: {
    context: CommandContext;
    publish: (request: unknown) => Promise<unknown>;
  }) {
    usePublishedMenu(registry, context, 'other', {
      publishMenu: publish as never,
    });
    return null;
  }

  it('publishes once after a burst of renders, and again only when the list differs', async () => {
    const publish = vi.fn(() => Promise.resolve({ published: 1 }));
    const { rerender } = render(<Publisher context={contextWith()} publish={publish} />);
    rerender(<Publisher context={contextWith()} publish={publish} />);
    rerender(<Publisher context={contextWith()} publish={publish} />);
    expect(publish).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(menuPublishDelayMs));
    expect(publish).toHaveBeenCalledTimes(1);

    // A new context with the same commands enabled: nothing to rebuild.
    rerender(<Publisher context={contextWith({ canUndo: false })} publish={publish} />);
    await act(() => vi.advanceTimersByTimeAsync(menuPublishDelayMs * 2));
    expect(publish).toHaveBeenCalledTimes(1);

    rerender(<Publisher context={contextWith({ openCardId: 'trade-volume', overlay: 'card' })} publish={publish} />);
    await act(() => vi.advanceTimersByTimeAsync(menuPublishDelayMs));
    expect(publish).toHaveBeenCalledTimes(2);
    const [[last]] = publish.mock.calls.slice(-1) as unknown as [[{ commands: PublishedCommand[] }]];
    expect(byId(last.commands, 'close-card')?.enabled).toBe(true);
  });

  it('tries again with the next change when a publication is refused', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const publish = vi.fn<(request: unknown) => Promise<unknown>>(() => Promise.reject(new Error('refused')));
    const { rerender } = render(<Publisher context={contextWith()} publish={publish} />);
    await act(() => vi.advanceTimersByTimeAsync(menuPublishDelayMs));
    expect(publish).toHaveBeenCalledTimes(1);
    publish.mockImplementation(() => Promise.resolve({ published: 1 }));
    rerender(<Publisher context={contextWith({ theme: 'dark' })} publish={publish} />);
    await act(() => vi.advanceTimersByTimeAsync(menuPublishDelayMs));
    expect(publish).toHaveBeenCalledTimes(2);
  });
});
