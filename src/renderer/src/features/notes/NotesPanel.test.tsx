import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rm } from 'node:fs/promises';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Note } from '../../../../shared/schema/annotations';
import { LibraryHarness } from '../../testing/LibraryHarness';
import { openRealBriefing, type RealBriefing } from '../../testing/realBriefing';
import { NotesPanel } from './NotesPanel';

const factId = 'trade-volume-projection';
const saveTimeout = { timeout: 3000 };

let briefing: RealBriefing;

beforeEach(async () => {
  briefing = await openRealBriefing();
});

afterEach(async () => {
  // Unmount first: an editor closing mid-sentence saves, and that write must not race the removal.
  cleanup();
  await rm(briefing.dataDirectory, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
});

async function renderPanel() {
  render(
    <StrictMode>
      <LibraryHarness service={briefing.service}>
        {(library, actions) => <NotesPanel factId={factId} notes={library.user.notes} actions={actions} />}
      </LibraryHarness>
    </StrictMode>,
  );
  return screen.findByRole('region', { name: 'Your notes' });
}

/** The notes on the card as the store holds them, oldest first. */
async function savedNotes(): Promise<Note[]> {
  const library = await briefing.service.getLibrary({});
  return library.user.notes.filter((note) => note.factId === factId);
}

async function savedMarkdown(): Promise<string[]> {
  return (await savedNotes()).map((note) => note.markdown);
}

async function seedNote(markdown: string): Promise<Note> {
  return briefing.make('createNote', { factId, markdown });
}

function editorIn(panel: HTMLElement) {
  const editor = within(panel).getByRole('group', { name: 'Note editor' });
  return {
    editor,
    textarea: within(editor).getByRole<HTMLTextAreaElement>('textbox', { name: 'Note' }),
    status: within(editor).getByRole('status'),
  };
}

function sleep(ms: number) {
  return act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));
}

// Real typing against the real store: generous on a busy machine.
describe('the notes panel', { timeout: 20_000 }, () => {
  it('invites the first note when the card has none', async () => {
    const panel = await renderPanel();
    expect(within(panel).getByText(/No notes on this card yet/)).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Add a note' })).toBeInTheDocument();
    expect(within(panel).queryByRole('listitem')).not.toBeInTheDocument();
  });

  it('creates the note on the first pause in typing, then updates it, and renders it as Markdown', async () => {
    const user = userEvent.setup();
    const panel = await renderPanel();
    await user.click(within(panel).getByRole('button', { name: 'Add a note' }));
    const { textarea, status } = editorIn(panel);
    expect(textarea).toHaveFocus();

    await user.type(textarea, 'Ask about **LNG** terms');
    expect(status).toHaveTextContent('Saving…');
    await waitFor(() => expect(status).toHaveTextContent('Saved'), saveTimeout);
    await expect.poll(savedMarkdown, saveTimeout).toEqual(['Ask about **LNG** terms']);

    await user.type(textarea, ' and the 2022 deadline');
    await expect.poll(savedMarkdown, saveTimeout).toEqual(['Ask about **LNG** terms and the 2022 deadline']);
    await waitFor(() => expect(status).toHaveTextContent('Saved'), saveTimeout);

    await user.click(within(panel).getByRole('button', { name: 'Done' }));
    expect(await within(panel).findByRole('button', { name: 'Edit note' })).toHaveFocus();
    expect(within(panel).queryByRole('group', { name: 'Note editor' })).not.toBeInTheDocument();
    expect(within(panel).getByText('LNG', { selector: 'strong' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Delete note' })).toBeInTheDocument();
    expect(await savedNotes()).toHaveLength(1);
  });

  it('saves at once on Escape, keeps several notes oldest first, and shows no empty note', async () => {
    const user = userEvent.setup();
    const panel = await renderPanel();
    for (const text of ['First thought', 'Второй: Қазақстан', '세 번째 메모']) {
      await user.click(await within(panel).findByRole('button', { name: 'Add a note' }));
      await user.type(editorIn(panel).textarea, text);
      await user.keyboard('{Escape}');
      await expect.poll(async () => (await savedMarkdown()).at(-1), saveTimeout).toBe(text);
    }
    expect(await savedMarkdown()).toEqual(['First thought', 'Второй: Қазақстан', '세 번째 메모']);
    await waitFor(() => expect(within(panel).getAllByRole('listitem')).toHaveLength(3));
    const items = within(panel).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByText(/First|Второй|세/).textContent)).toEqual([
      'First thought',
      'Второй: Қазақстан',
      '세 번째 메모',
    ]);
    expect(within(panel).getAllByRole('button', { name: 'Edit note' })).toHaveLength(3);

    await user.click(within(panel).getByRole('button', { name: 'Add a note' }));
    await user.type(editorIn(panel).textarea, '   ');
    await user.click(within(panel).getByRole('button', { name: 'Done' }));
    expect(await within(panel).findByRole('button', { name: 'Add a note' })).toHaveFocus();
    await sleep(600);
    expect(await savedNotes()).toHaveLength(3);
  });

  it('edits a note and closes on Ctrl+Enter', async () => {
    const note = await seedNote('Check the *first* figure');
    const user = userEvent.setup();
    const panel = await renderPanel();
    expect(within(panel).getByText('first', { selector: 'em' })).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Edit note' }));
    const { textarea } = editorIn(panel);
    expect(textarea).toHaveValue('Check the *first* figure');
    await user.clear(textarea);
    await user.type(textarea, 'Checked: USD 4 billion by 2022');
    await user.keyboard('{Control>}{Enter}{/Control}');

    await expect
      .poll(savedNotes, saveTimeout)
      .toEqual([expect.objectContaining({ id: note.id, markdown: 'Checked: USD 4 billion by 2022' })]);
    expect(await within(panel).findByRole('button', { name: 'Edit note' })).toHaveFocus();
    expect(within(panel).queryByRole('group', { name: 'Note editor' })).not.toBeInTheDocument();
    expect(within(panel).getByText('Checked: USD 4 billion by 2022')).toBeInTheDocument();
    expect(within(panel).getByText(/edited/)).toBeInTheDocument();
  });

  it('deletes a note and says how to undo it', async () => {
    await seedNote('Keep me');
    await seedNote('Delete me');
    const user = userEvent.setup();
    const panel = await renderPanel();
    const doomed = within(panel).getAllByRole('listitem')[1];
    if (!doomed) throw new Error('the second note is not listed');
    expect(doomed).toHaveTextContent('Delete me');

    await user.click(within(doomed).getByRole('button', { name: 'Delete note' }));
    await expect.poll(savedMarkdown, saveTimeout).toEqual(['Keep me']);
    await waitFor(() => expect(within(panel).queryByText('Delete me')).not.toBeInTheDocument());
    expect(within(panel).getAllByRole('listitem')).toHaveLength(1);
    expect(within(panel).getByText('Note deleted. Press Ctrl+Z to undo.')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Add a note' })).toHaveFocus();
    expect((await briefing.service.getLibrary({})).history.canUndo).toBe(true);
  });

  it('asks before leaving an emptied note: keep the earlier text or delete it', async () => {
    await seedNote('Was here');
    const user = userEvent.setup();
    const panel = await renderPanel();

    await user.click(within(panel).getByRole('button', { name: 'Edit note' }));
    await user.clear(editorIn(panel).textarea);
    await user.click(within(panel).getByRole('button', { name: 'Done' }));
    expect(await within(panel).findByText(/This note is empty now/)).toBeInTheDocument();
    await waitFor(() => expect(within(panel).getByRole('button', { name: 'Keep earlier text' })).toHaveFocus());
    await user.click(within(panel).getByRole('button', { name: 'Keep earlier text' }));
    expect(within(panel).getByText('Was here')).toBeInTheDocument();
    expect(await savedMarkdown()).toEqual(['Was here']);

    await user.click(within(panel).getByRole('button', { name: 'Edit note' }));
    await user.clear(editorIn(panel).textarea);
    await user.keyboard('{Escape}');
    await user.click(await within(panel).findByRole('button', { name: 'Delete empty note' }));
    await expect.poll(savedNotes, saveTimeout).toEqual([]);
    expect(await within(panel).findByText(/No notes on this card yet/)).toBeInTheDocument();
    await waitFor(() => expect(within(panel).getByRole('button', { name: 'Add a note' })).toHaveFocus());
  });
});

describe('the note size limit', { timeout: 20_000 }, () => {
  it('refuses a new note over 100 KB, keeps the text and saves nothing', async () => {
    const user = userEvent.setup();
    const panel = await renderPanel();
    await user.click(within(panel).getByRole('button', { name: 'Add a note' }));
    const { textarea, status } = editorIn(panel);
    const big = 'a'.repeat(101 * 1024);
    await user.paste(big);

    expect(within(panel).getByRole('alert')).toHaveTextContent(
      'This note is 101 KB; a note can be at most 100 KB. Shorten it or split it into two notes.',
    );
    expect(status).toHaveTextContent('Not saved');
    await sleep(700);
    expect(textarea.value).toBe(big);
    expect(await savedNotes()).toEqual([]);

    await user.click(within(panel).getByRole('button', { name: 'Done' }));
    expect(within(panel).getByRole('group', { name: 'Note editor' })).toBeInTheDocument();
    expect(textarea).toHaveFocus();

    await user.click(within(panel).getByRole('button', { name: 'Discard unsaved changes' }));
    expect(within(panel).queryByRole('group', { name: 'Note editor' })).not.toBeInTheDocument();
    expect(await savedNotes()).toEqual([]);
  });

  it('counts UTF-8 bytes, leaves the saved note as it was, and saves again once shortened', async () => {
    const note = await seedNote('Short');
    const user = userEvent.setup();
    const panel = await renderPanel();
    await user.click(within(panel).getByRole('button', { name: 'Edit note' }));
    const { textarea, status } = editorIn(panel);
    // 35,000 characters, but three bytes each: 105,000 bytes.
    const korean = '한'.repeat(35_000);
    fireEvent.change(textarea, { target: { value: `Short ${korean}` } });

    expect(within(panel).getByRole('alert')).toHaveTextContent(/^This note is 103 KB; a note can be at most 100 KB\./);
    await sleep(700);
    expect(textarea.value).toBe(`Short ${korean}`);
    expect(await savedNotes()).toEqual([expect.objectContaining({ id: note.id, markdown: 'Short' })]);

    fireEvent.change(textarea, { target: { value: 'Short, 한국 대표단' } });
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
    await expect.poll(savedMarkdown, saveTimeout).toEqual(['Short, 한국 대표단']);
    await waitFor(() => expect(status).toHaveTextContent('Saved'), saveTimeout);
  });

  it('shows the message of a save the main process refused and keeps the text', async () => {
    const note = await seedNote('Soon gone');
    const user = userEvent.setup();
    const panel = await renderPanel();
    await user.click(within(panel).getByRole('button', { name: 'Edit note' }));
    // Deleted behind the editor's back, so the next save is refused by the real router.
    await briefing.service.deleteNote({ noteId: note.id });
    const { textarea, status } = editorIn(panel);
    await user.type(textarea, ' and more');

    const alert = await within(panel).findByRole('alert', {}, saveTimeout);
    expect(alert).toHaveTextContent(`There is no note with the id "${note.id}"; nothing was changed.`);
    expect(status).toHaveTextContent('Not saved');
    expect(textarea).toHaveValue('Soon gone and more');

    await user.click(within(panel).getByRole('button', { name: 'Done' }));
    expect(within(panel).getByRole('group', { name: 'Note editor' })).toBeInTheDocument();
    expect(await savedNotes()).toEqual([]);
  });
});
