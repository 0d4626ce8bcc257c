import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openBriefingRouter } from '../../../../main/ipc/openBriefingRouter';
import type { Printer } from '../../../../main/domain/ports/exportPorts';
import { buildBridge } from '../../../../shared/bridge';
import { channelNames } from '../../../../shared/channels';
import { checkResponse, type Library } from '../../../../shared/contract';
import type { PackModel } from '../../../../shared/export/packModel';
import { serviceFromBridge, type BriefingService } from '../../../../shared/service';
import { BriefingServiceProvider } from '../../service/ServiceContext';
import { readSeed } from '../../testing/realBriefing';
import { ExportScreen } from './ExportScreen';

let folder: string;
let service: BriefingService;
let library: Library;
const printed: PackModel[] = [];

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'summit-briefing-export-screen-'));
  printed.length = 0;
  const printer: Printer = {
    printPack: (model) => {
      printed.push(model);
      return Promise.resolve({ pdf: new TextEncoder().encode('%PDF stub'), pages: 9 });
    },
  };
  const router = await openBriefingRouter({
    dataDirectory: join(folder, 'data'),
    seed: await readSeed(),
    printer,
    dialogs: {
      chooseSavePath: ({ defaultName }) => Promise.resolve(join(folder, defaultName)),
      chooseOpenPath: () => Promise.resolve(undefined),
    },
    reveal: { reveal: () => undefined },
  });
  service = serviceFromBridge(
    buildBridge(channelNames, (name, request) => router.handle(name, request)),
    { check: checkResponse },
  );
  library = await service.getLibrary({});
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true, maxRetries: 5 });
});

function renderScreen() {
  render(
    <BriefingServiceProvider value={service}>
      <ExportScreen library={library} onClose={vi.fn()} onImported={vi.fn()} />
    </BriefingServiceProvider>,
  );
}

// Each choice re-lays out the live preview of the pack, which jsdom does slowly.
/** The export screen's "Saved to …" status (the dialog also holds the window's announcement region). */
function savedStatus(): Promise<HTMLElement> {
  return waitFor(() => {
    const status = screen.getAllByRole('status').find((region) => /Saved to/.test(region.textContent ?? ''));
    if (!status) throw new Error('Nothing saved yet.');
    return status;
  });
}

describe('ExportScreen', { timeout: 20_000 }, () => {
  it('exports the chosen topics with the chosen options and says where the file went', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.click(screen.getByRole('radio', { name: /Topics/ }));
    expect(screen.getByRole('button', { name: 'Save PDF…' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText('Choose at least one topic.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /Security/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Include notes' }));
    await user.click(screen.getByRole('radio', { name: 'Letter' }));
    await user.clear(screen.getByLabelText('Title'));
    await user.type(screen.getByLabelText('Title'), 'Бриф');
    await user.click(screen.getByRole('button', { name: 'Save PDF…' }));

    const status = await savedStatus();
    expect(status).toHaveTextContent(/Saved to .*briefing-pack-\d{4}-\d{2}-\d{2}\.pdf/);
    expect(screen.getByRole('button', { name: 'Show in folder' })).toBeInTheDocument();
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatchObject({ paper: 'Letter', options: { includeNotes: false }, cover: { title: 'Бриф' } });
    expect(printed[0]!.sections.map((section) => section.topic)).toEqual(['security']);
  });

  it('saves Markdown of hand-picked cards', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.click(screen.getByRole('radio', { name: /Hand-picked/ }));
    const fact = library.facts[3]!;
    await user.type(screen.getByRole('searchbox', { name: 'Filter cards' }), fact.title.slice(0, 12));
    await user.click(screen.getByRole('checkbox', { name: fact.title }));
    await user.click(screen.getByRole('button', { name: 'Save Markdown…' }));
    const status = await savedStatus();
    const path = /Saved to (.+\.md)/.exec(status.textContent ?? '')?.[1];
    const markdown = await readFile(path!, 'utf8');
    expect(markdown).toContain(`### ${fact.title}`);
    expect(markdown).not.toContain(`### ${library.facts[0]!.title}`);
  });

  it('tells the user when there is nothing starred to export', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.click(screen.getByRole('radio', { name: /Starred/ }));
    await user.click(screen.getByRole('button', { name: 'Save PDF…' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('No cards are starred yet'));
    expect(printed).toEqual([]);
  });
});
