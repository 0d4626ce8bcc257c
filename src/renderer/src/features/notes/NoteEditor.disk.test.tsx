import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryHarness } from '../../testing/LibraryHarness';
import { openRealBriefing, type RealBriefing } from '../../testing/realBriefing';
import { NotesPanel } from './NotesPanel';

/** The note editor against the real store on a disk that fails, and a window that closes. */
const factId = 'trade-volume-projection';
const slow = { timeout: 5000 };
let briefing: RealBriefing;

beforeEach(async () => {
  briefing = await openRealBriefing();
});

afterEach(async () => {
  cleanup();
  await briefing.cleanup();
});

async function openEditor() {
  render(
    <LibraryHarness service={briefing.service}>
      {(library, actions) => <NotesPanel factId={factId} notes={library.user.notes} actions={actions} />}
    </LibraryHarness>,
  );
  const panel = await screen.findByRole('region', { name: 'Your notes' }, slow);
  const user = userEvent.setup();
  await user.click(within(panel).getByRole('button', { name: 'Add a note' }));
  return { panel, user, textarea: within(panel).getByRole<HTMLTextAreaElement>('textbox', { name: 'Note' }) };
}

async function savedNotes() {
  return (await briefing.service.getLibrary({})).user.notes.filter((note) => note.factId === factId);
}

describe('a note on a disk that fails', { timeout: 20_000 }, () => {
  it('keeps the text in the editor and says so when the disk is full; Try again saves one note', async () => {
    const { panel, user, textarea } = await openEditor();
    const heal = briefing.disk.fail({ operation: 'write', code: 'ENOSPC', path: /summit-briefing\.(json|journal)/ });
    await user.type(textarea, 'Ask about LNG');
    expect(await within(panel).findByRole('alert', {}, slow)).toHaveTextContent(
      'The disk is full: your note is still in the editor and was not saved.',
    );
    expect(textarea).toHaveValue('Ask about LNG');
    expect(within(panel).getByRole('group', { name: 'Note editor' })).toHaveTextContent('Not saved');
    expect(await savedNotes()).toEqual([]);

    heal();
    await user.click(within(panel).getByRole('button', { name: 'Try again' }));
    await expect.poll(async () => (await savedNotes()).map((note) => note.markdown), slow).toEqual(['Ask about LNG']);
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
    // The first, failed create and the retry carried the same id: one note.
    await user.type(textarea, '!');
    await expect.poll(async () => (await savedNotes()).map((note) => note.markdown), slow).toEqual(['Ask about LNG!']);
  });

  it('sends typing not yet saved the moment the window is closed (pagehide), not 400 ms later', async () => {
    const { user, textarea } = await openEditor();
    await user.type(textarea, 'Last words');
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    // The autosave pause has not passed; the close sent it anyway, and the main process has it.
    await briefing.router.whenIdle(2000);
    expect((await savedNotes()).map((note) => note.markdown)).toEqual(['Last words']);
  });
});
