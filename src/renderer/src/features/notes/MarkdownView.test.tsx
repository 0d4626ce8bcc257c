import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BriefingService } from '../../../../shared/service';
import { LibraryHarness } from '../../testing/LibraryHarness';
import { openRealBriefing, type RealBriefing } from '../../testing/realBriefing';
import { confirmedExternalLinks } from '../../../../main/electron/policy/confirmedExternalLinks';
import { NotesPanel } from './NotesPanel';
import { renderNoteMarkdown } from '../../ui/renderNoteMarkdown';

const factId = 'trade-volume-projection';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

let briefing: RealBriefing;
/** Every link the panel asked the main process to open, with what the real router answered. */
let opened: { url: string; result: Promise<boolean> }[];

beforeEach(async () => {
  briefing = await openRealBriefing();
  opened = [];
  delete window.__xss;
});

afterEach(async () => {
  // Unmount first: an editor closing mid-sentence saves, and that write must not race the removal.
  cleanup();
  await rm(briefing.dataDirectory, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
});

/** The real service, recording every link the panel asks it to open. */
function recordingLinks(service: BriefingService): BriefingService {
  return {
    ...service,
    openExternalLink(request) {
      const answer = service.openExternalLink(request);
      opened.push({ url: request.url, result: answer.then(({ opened: yes }) => yes) });
      return answer;
    },
  };
}

async function renderNotes(...markdown: string[]) {
  for (const text of markdown) await briefing.make('createNote', { factId, markdown: text });
  render(
    <LibraryHarness service={recordingLinks(briefing.service)}>
      {(library, actions) => <NotesPanel factId={factId} notes={library.user.notes} actions={actions} />}
    </LibraryHarness>,
  );
  return screen.findByRole('region', { name: 'Your notes' });
}

describe('rendering a note', { timeout: 20_000 }, () => {
  it('renders hostile notes inert', async () => {
    const panel = await renderNotes(
      '<script>alert(1)</script>',
      '<img src=x onerror="window.__xss=1">',
      '[click](javascript:window.__xss=1)',
      '&lt;b&gt;entities&lt;/b&gt;',
      '![tracker](https://example.com/pixel.png) <iframe src="https://example.com"></iframe>',
    );
    expect(panel.querySelector('script, img, iframe, b, [onerror], [src]')).toBeNull();
    // With the image rule off an image is at most a link to it, and an address in escaped HTML is
    // linkified: both are plain https links behind the same confirmation.
    expect(
      within(panel)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['https://example.com/pixel.png', 'https://example.com']);
    expect(within(panel).getByText('<script>alert(1)</script>')).toBeInTheDocument();
    expect(within(panel).getByText(/<img src=x onerror=/)).toBeInTheDocument();
    expect(within(panel).getByText('[click](javascript:window.__xss=1)')).toBeInTheDocument();
    expect(within(panel).getByText('<b>entities</b>')).toBeInTheDocument();

    await userEvent.setup().click(within(panel).getByText('[click](javascript:window.__xss=1)'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(window.__xss).toBeUndefined();
  });

  it('links only http(s) addresses, with target and rel set, and never writes an image', () => {
    const html = renderNoteMarkdown(
      [
        '[site](https://astanatimes.com/) www.koreaherald.com',
        '[mail](mailto:desk@example.com) desk@example.com <mailto:desk@example.com>',
        '[empty]() [relative](/settings) [data](data:text/html,hi) [file](file:///etc/passwd)',
        '![pic](https://example.com/a.png)',
      ].join('\n\n'),
    );
    const container = document.createElement('div');
    container.innerHTML = html;
    const links = Array.from(container.querySelectorAll('a'));
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://astanatimes.com/',
      'http://www.koreaherald.com',
      'https://example.com/a.png',
    ]);
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    expect(container.querySelector('img')).toBeNull();
    expect(container).toHaveTextContent('[mail](mailto:desk@example.com)');
  });

  it('sets Markdown as prose and keeps typographic quotes', () => {
    const container = document.createElement('div');
    container.innerHTML = renderNoteMarkdown('# Heading\n\n- one\n- two\n\n> quoted\n\n`code` and "quotes"');
    expect(container.querySelector('h1')).toHaveTextContent('Heading');
    expect(container.querySelectorAll('li')).toHaveLength(2);
    expect(container.querySelector('blockquote')).toHaveTextContent('quoted');
    expect(container.querySelector('code')).toHaveTextContent('code');
    expect(container).toHaveTextContent('“quotes”');
  });
});

describe('a link in a note', { timeout: 20_000 }, () => {
  const url = 'https://astanatimes.com/2021/08/kazakhstan-korea/';

  /** The main process's own confirmation (a native message box in Electron), answered here. */
  async function withConfirmation(answer: boolean) {
    const asked: string[] = [];
    const browser: string[] = [];
    await rm(briefing.dataDirectory, { recursive: true, force: true });
    briefing = await openRealBriefing(undefined, {
      links: confirmedExternalLinks({
        confirm: async (address) => (asked.push(address), answer),
        open: async (address) => void browser.push(address),
      }),
    });
    return { asked, browser };
  }

  it('asks once, in the main process: declined, nothing opens, nothing is said, and the notes keep the focus', async () => {
    const { asked, browser } = await withConfirmation(false);
    const user = userEvent.setup();
    const panel = await renderNotes(`Source: [The Astana Times](${url})`);
    const link = within(panel).getByRole('link', { name: 'The Astana Times' });
    await user.click(link);

    await waitFor(() => expect(asked).toEqual([url]));
    await expect(opened[0]?.result).resolves.toBe(false);
    // The window asks nothing of its own: one question, the one a page cannot skip.
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
    expect(link).toHaveFocus();
    expect(browser).toEqual([]);
  });

  it('opens the link in the browser once the person agrees', async () => {
    const { asked, browser } = await withConfirmation(true);
    const user = userEvent.setup();
    const panel = await renderNotes(`Source: [The Astana Times](${url})`);
    await user.click(within(panel).getByRole('link', { name: 'The Astana Times' }));

    await expect(opened[0]?.result).resolves.toBe(true);
    expect(asked).toEqual([url]);
    expect(browser).toEqual([url]);
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when the main process refuses the link, without asking', async () => {
    const { asked, browser } = await withConfirmation(true);
    const user = userEvent.setup();
    // A user name in the address hides where it really goes: the main process will not open it.
    const sneaky = 'https://astanatimes.com@example.com/';
    const panel = await renderNotes(`[The Astana Times](${sneaky})`);
    await user.click(within(panel).getByRole('link', { name: 'The Astana Times' }));

    await expect(opened[0]?.result).resolves.toBe(false);
    await waitFor(() => expect(within(panel).getByRole('alert')).toHaveTextContent(/did not open/));
    expect(asked).toEqual([]);
    expect(browser).toEqual([]);
  });
});
