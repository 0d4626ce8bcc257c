import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { savedDatabase } from '../../../../main/testing/savedFiles';
import { LibraryHarness } from '../../testing/LibraryHarness';
import { openRealBriefing, type RealBriefing } from '../../testing/realBriefing';
import { BriefsScreen } from './BriefsScreen';

/** The brief editor against the real router and store on a temp folder, on a disk that fails. */
const slow = { timeout: 5000 };
let briefing: RealBriefing;

beforeEach(async () => {
  briefing = await openRealBriefing();
});

afterEach(async () => {
  cleanup();
  await briefing.cleanup();
});

async function openBriefs() {
  await briefing.service.changeBrief({
    operation: 'createFromCards',
    title: 'Meeting brief',
    factIds: ['deal-usd-1-7-billion', 'president-moon'],
  });
  render(
    <LibraryHarness service={briefing.service}>
      {(library, actions) => (
        <BriefsScreen
          library={library}
          actions={actions}
          viewFacts={[]}
          viewTitle=""
          onOpenCard={() => undefined}
          announce={() => undefined}
          onClose={() => undefined}
        />
      )}
    </LibraryHarness>,
  );
  const editor = await screen.findByRole('article', { name: 'Meeting brief' }, slow);
  return { editor, user: userEvent.setup() };
}

/** What the window shows of the briefs equals what a fresh start would read from the disk. */
async function expectWindowEqualsDisk() {
  await briefing.router.flush();
  const shown = (await briefing.service.getLibrary({})).user.briefs;
  expect((await savedDatabase(briefing.dataDirectory)).user.briefs).toEqual(shown);
  return shown;
}

describe('the brief editor on a disk that fails', { timeout: 20_000 }, () => {
  it('keeps a line in its box when the disk is full, says so, and saves it once the disk is back', async () => {
    const { editor, user } = await openBriefs();
    const points = within(editor).getByRole('region', { name: /^Points to make/ });
    const box = within(points).getByRole('textbox', { name: 'New line in Points to make' });
    const heal = briefing.disk.fail({ operation: 'write', code: 'ENOSPC', path: /summit-briefing\.(json|journal)/ });
    await user.type(box, 'Welcome the deal{Enter}');
    expect(await within(editor).findByRole('alert', {}, slow)).toHaveTextContent(/disk is full/i);
    expect(box).toHaveValue('Welcome the deal');
    expect(within(points).queryAllByRole('listitem')).toHaveLength(0);
    expect((await expectWindowEqualsDisk())[0]?.sections['points-to-make']).toEqual([]);

    heal();
    await user.click(within(points).getByRole('button', { name: 'Add' }));
    expect(await within(points).findByRole('listitem', {}, slow)).toHaveTextContent('Welcome the deal');
    expect(box).toHaveValue('');
    expect(within(editor).queryByRole('alert')).not.toBeInTheDocument();
    const [brief] = await expectWindowEqualsDisk();
    expect(brief?.sections['points-to-make'].map((item) => item.text)).toEqual(['Welcome the deal']);
  });

  it('edits a line with Enter and deletes it with Delete, and the disk follows', async () => {
    const { editor, user } = await openBriefs();
    const background = within(editor).getByRole('region', { name: /^Background/ });
    const [first] = within(background).getAllByRole('listitem');
    first?.focus();
    await user.keyboard('{Enter}');
    const edit = within(background).getByRole('textbox', { name: 'Text of the line' });
    await user.clear(edit);
    await user.type(edit, 'A shorter line{Enter}');
    expect(await within(background).findByText('A shorter line', {}, slow)).toBeInTheDocument();
    expect((await expectWindowEqualsDisk())[0]?.sections.background[0]?.text).toBe('A shorter line');

    within(background).getAllByRole('listitem')[0]?.focus();
    await user.keyboard('{Delete}');
    await expect.poll(() => within(background).queryByText('A shorter line'), slow).toBeNull();
    expect((await expectWindowEqualsDisk())[0]?.sections.background).toHaveLength(1);
  });
});
