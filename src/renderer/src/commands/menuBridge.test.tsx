import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordingAppShell, type RecordingAppShell } from '../../../main/ipc/appShell';
import { openBriefingRouter, type BriefingRouter } from '../../../main/ipc/openBriefingRouter';
import { buildBridge } from '../../../shared/bridge';
import { channelNames, eventNames } from '../../../shared/channels';
import type { BriefingBridge } from '../../../shared/bridge';
import { checkResponse } from '../../../shared/contract';
import { serviceFromBridge } from '../../../shared/service';
import { App } from '../App';
import { isTextField } from './keys';
import { readSeed } from '../testing/realBriefing';

let folder: string;
let router: BriefingRouter;
let bridge: BriefingBridge;
let shell: RecordingAppShell;
const listeners = new Map<string, Set<(payload: unknown) => void>>();

/** What the main process does when a menu item is clicked: one runCommand event to the window. */
function sendFromMenu(payload: unknown) {
  act(() => {
    for (const listener of listeners.get('runCommand') ?? []) listener(payload);
  });
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'summit-briefing-menu-'));
  shell = recordingAppShell();
  router = await openBriefingRouter({
    shell,
    dataDirectory: join(folder, 'data'),
    seed: await readSeed(),
    dialogs: {
      chooseSavePath: async ({ defaultName }) => join(folder, defaultName),
      chooseOpenPath: async () => undefined,
    },
  });
  // The same bridge the preload builds, with its event half wired to this test instead of ipcRenderer.
  bridge = buildBridge(channelNames, (name, request) => router.handle(name, request), {
    names: eventNames,
    subscribe(name, listener) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set.add(listener));
      return () => set.delete(listener);
    },
  });
  window.briefing = bridge;
});

afterEach(async () => {
  window.briefing = undefined;
  listeners.clear();
  await router.flush();
  await rm(folder, { recursive: true, force: true, maxRetries: 5 });
});

async function renderApp() {
  render(<App service={serviceFromBridge(bridge, { check: checkResponse })} />);
  return screen.findByRole('region', { name: 'Briefing cards' }, { timeout: 10_000 });
}

// Every test opens the real router and store on disk and renders the whole app: give a busy machine time.
describe('menu commands in the window', { timeout: 30_000 }, () => {
  it('opens the new card form for New Card', async () => {
    await renderApp();
    sendFromMenu({ commandId: 'new-card' });
    expect(await screen.findByRole('dialog', { name: /new card/i }, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('opens the export screen for Export…', async () => {
    await renderApp();
    sendFromMenu({ commandId: 'export-pdf' });
    expect(await screen.findByRole('dialog', { name: 'Export' }, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('saves a backup straight away for Export Backup…, once', async () => {
    const exportBackup = vi.spyOn(router, 'handle');
    await renderApp();
    sendFromMenu({ commandId: 'export-backup' });
    const dialog = await screen.findByRole('dialog', { name: 'Export' }, { timeout: 10_000 });
    expect(await within(dialog).findByText(/Saved to/, {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(exportBackup.mock.calls.filter(([name]) => name === 'exportBackup')).toHaveLength(1);
    expect(existsSync(folder)).toBe(true);
  });

  it('undoes the last change outside a text field, through the app history', async () => {
    const user = userEvent.setup();
    const cards = await renderApp();
    const [first] = within(cards).getAllByRole('button', { name: 'Star card' });
    await user.click(first!);
    expect(await within(cards).findByRole('button', { name: 'Star card', pressed: true })).toBeInTheDocument();
    (document.activeElement as HTMLElement | null)?.blur();
    // The star is in the history once it is on disk; the header's Undo says when.
    await vi.waitFor(
      () => expect(screen.getByRole('button', { name: 'Undo' })).toHaveAttribute('aria-disabled', 'false'),
      {
        timeout: 10_000,
      },
    );
    sendFromMenu({ commandId: 'undo' });
    await vi.waitFor(
      () => expect(within(cards).queryAllByRole('button', { name: 'Star card', pressed: true })).toHaveLength(0),
      { timeout: 10_000 },
    );
  });

  it('leaves Undo to the text field that has the focus', async () => {
    const user = userEvent.setup();
    const cards = await renderApp();
    const [first] = within(cards).getAllByRole('button', { name: 'Star card' });
    await user.click(first!);
    await within(cards).findByRole('button', { name: 'Star card', pressed: true });
    await vi.waitFor(
      () => expect(screen.getByRole('button', { name: 'Undo' })).toHaveAttribute('aria-disabled', 'false'),
      {
        timeout: 10_000,
      },
    );
    const execCommand = vi.fn(() => true);
    document.execCommand = execCommand;
    await user.click(screen.getByRole('searchbox', { name: 'Search briefing' }));
    sendFromMenu({ commandId: 'undo' });
    expect(execCommand).toHaveBeenCalledWith('undo');
    // The star stays: the app's history was not touched.
    expect(within(cards).getByRole('button', { name: 'Star card', pressed: true })).toBeInTheDocument();
  });

  it.each([{ commandId: 'format-disk' }, { commandId: 'undo', extra: true }, 'undo', null])(
    'ignores a payload that is not a command: %j',
    async (payload) => {
      const cards = await renderApp();
      sendFromMenu(payload);
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(within(cards).getAllByRole('article').length).toBeGreaterThan(0);
    },
  );

  it('publishes its commands for the native menu once the library is shown', async () => {
    await renderApp();
    await vi.waitFor(() => expect(shell.published.length).toBeGreaterThan(10), { timeout: 10_000 });
    expect(shell.published.find((command) => command.id === 'export-pdf')).toMatchObject({ enabled: true });
    expect(shell.published.find((command) => command.id === 'close-card')).toMatchObject({ enabled: false });
  });

  it('runs About and Show data folder in the main process from the palette', async () => {
    const user = userEvent.setup();
    await renderApp();
    for (const label of ['About Summit Briefing', 'Show data folder']) {
      await user.keyboard('{Control>}k{/Control}');
      const input = await screen.findByRole('combobox', { name: 'Type a command, a card or a topic' });
      await user.type(input, label);
      await user.keyboard('{Enter}');
    }
    await vi.waitFor(() => expect(shell.ranMain).toEqual(['about', 'show-data-folder']), { timeout: 10_000 });
  });

  it('stops listening when the screen goes away', async () => {
    const { unmount } = render(<App service={serviceFromBridge(bridge, { check: checkResponse })} />);
    await screen.findByRole('region', { name: 'Briefing cards' }, { timeout: 10_000 });
    expect(listeners.get('runCommand')?.size).toBe(1);
    unmount();
    expect(listeners.get('runCommand')?.size).toBe(0);
  });
});

describe('which fields keep their own undo', () => {
  it.each([
    ['<textarea></textarea>', true],
    ['<input type="text">', true],
    ['<input type="search">', true],
    ['<input type="checkbox">', false],
    ['<textarea readonly></textarea>', false],
    ['<div contenteditable="true"></div>', true],
    ['<button>Star</button>', false],
  ])('treats %s as a text field: %s', (html, editing) => {
    document.body.innerHTML = html;
    const element = document.body.firstElementChild as HTMLElement;
    element.tabIndex = 0;
    element.focus();
    expect(isTextField(document.activeElement)).toBe(editing);
    document.body.innerHTML = '';
  });
});
