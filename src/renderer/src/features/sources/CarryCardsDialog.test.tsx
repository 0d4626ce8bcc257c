import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openBriefingRouter, type BriefingRouter } from '../../../../main/ipc/openBriefingRouter';
import { buildBridge } from '../../../../shared/bridge';
import { channelNames } from '../../../../shared/channels';
import { checkResponse } from '../../../../shared/contract';
import { serviceFromBridge, type BriefingService } from '../../../../shared/service';
import { quoteFromSelection, readingView, shippedCollectionId, type SourceRecord } from '../../../../shared/sources';
import { BriefingServiceProvider } from '../../service/ServiceContext';
import { readSeed } from '../../testing/realBriefing';
import { CarryCardsDialog } from './CarryCardsDialog';
import { replaceableSources } from './SourceFields';

let folder: string;
let router: BriefingRouter;
let service: BriefingService;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'summit-briefing-carry-dialog-'));
  router = await openBriefingRouter({ dataDirectory: join(folder, 'data'), seed: await readSeed() });
  service = serviceFromBridge(
    buildBridge(channelNames, (name, request) => router.handle(name, request)),
    { check: checkResponse },
  );
});

afterEach(async () => {
  await router.close();
  await rm(folder, { recursive: true, force: true, maxRetries: 5 });
});

async function imported(paragraphs: string[], title: string, supersedes?: string): Promise<SourceRecord> {
  const draft = await service.readPastedSource({ text: paragraphs.join('\n\n') });
  const { changed } = await service.importSource({
    token: draft.token,
    collectionId: shippedCollectionId,
    metadata: { title },
    ...(supersedes ? { supersedes } : {}),
  });
  return changed.sources!.upserted[0]!;
}

const words = 'carry 2 million tonnes of freight';

describe('carrying cards over', () => {
  it('lists a card that stays with its reason, and Move is disabled and moves nothing when no card can move', async () => {
    const old = await imported(['Forum', `The corridor would ${words} a year.`], 'Forum');
    const start = readingView(old).text.indexOf(words);
    const quote = quoteFromSelection(old, start, start + words.length);
    await service.createCard({
      id: 'user-freight',
      card: {
        topic: 'trade-investment',
        title: 'A freight corridor',
        body: 'Both sides will study a corridor.',
        figures: [],
        people: [],
        source: { sourceId: old.id, paragraphs: [2], quote: { text: quote.text, target: quote.target } },
      },
    });
    const newer = await imported(
      ['Forum', 'The corridor would carry 3 million tonnes of freight a year.'],
      'Forum (corrected)',
      old.id,
    );
    const carryCards = vi.fn(service.carryCards);
    render(
      <BriefingServiceProvider value={service}>
        <CarryCardsDialog source={newer} actions={{ carryCards }} onDone={vi.fn()} onClose={vi.fn()} />
      </BriefingServiceProvider>,
    );
    const stays = await screen.findByRole('region', { name: '1 card stays on the earlier version' });
    expect(within(stays).getByText('A freight corridor')).toBeTruthy();
    expect(within(stays).getByText('its quoted words differ in the new version')).toBeTruthy();
    expect(screen.queryByRole('region', { name: /moves?$/ })).toBeNull();
    const move = screen.getByRole('button', { name: 'Move 0 cards' });
    expect(move.getAttribute('aria-disabled')).toBe('true');
    expect(move.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(/No card can move/)).toBeTruthy();
    await userEvent.click(move);
    expect(carryCards).not.toHaveBeenCalled();
    const library = await service.getLibrary({});
    expect(library.user.ownFacts.find((fact) => fact.id === 'user-freight')?.sourceId).toBe(old.id);
  });

  it('moves the cards that can move and says how many now cite the new version and how many stay', async () => {
    const old = await imported(['Forum', `The corridor would ${words} a year.`, 'It meets in May.'], 'Forum');
    const start = readingView(old).text.indexOf(words);
    const quote = quoteFromSelection(old, start, start + words.length);
    const card = (title: string, paragraphs: number[]) => ({
      topic: 'trade-investment' as const,
      title,
      body: `${title}, in the user’s words.`,
      figures: [],
      people: [],
      source: { sourceId: old.id, paragraphs, quote: { text: quote.text, target: quote.target } },
    });
    await service.createCard({ id: 'user-freight', card: card('A freight corridor', [2]) });
    await service.createCard({ id: 'user-may', card: card('A meeting in May', [2, 3]) });
    const newer = await imported(
      ['Forum', 'A correction.', `The corridor would ${words} a year.`, 'It meets in June.'],
      'Forum (corrected)',
      old.id,
    );
    const onDone = vi.fn();
    render(
      <BriefingServiceProvider value={service}>
        <CarryCardsDialog source={newer} actions={service} onDone={onDone} onClose={vi.fn()} />
      </BriefingServiceProvider>,
    );
    const moves = await screen.findByRole('region', { name: '1 card moves' });
    expect(within(moves).getByText('will cite ¶3')).toBeTruthy();
    const stays = screen.getByRole('region', { name: '1 card stays on the earlier version' });
    expect(within(stays).getByText('¶3 is not in the new version')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Move 1 card' }));
    await waitFor(() =>
      expect(onDone).toHaveBeenCalledWith('1 card now cites “Forum (corrected)”. 1 stays on the earlier version.'),
    );
    const library = await service.getLibrary({});
    const sourceOf = (id: string) => library.user.ownFacts.find((fact) => fact.id === id)?.sourceId;
    expect([sourceOf('user-freight'), sourceOf('user-may')]).toEqual([newer.id, old.id]);
  });

  it('offers as “New version of” only the collection’s sources that no newer one replaces, the shipped article too', async () => {
    const old = await imported(['Forum', 'The forum met.'], 'Forum');
    const newer = await imported(['Forum', 'The forum met in May.'], 'Forum (corrected)', old.id);
    const library = await service.getLibrary({});
    const shipped = library.sources.find((source) => source.kind === 'article')!;
    const all = [{ ...old, id: shipped.id, collectionId: shippedCollectionId, title: 'shipped' }, old, newer];
    expect(replaceableSources(all, shippedCollectionId).map((source) => source.id)).toEqual([shipped.id, newer.id]);
    expect(replaceableSources(all, 'collection-elsewhere')).toEqual([]);
  });
});
