import { afterEach, describe, expect, it } from 'vitest';
import type { CardDocument } from '../../../../shared/search/cardSearch';
import { createSearchClient, type SearchClient } from './searchClient';

// jsdom has no Worker: the client answers with the same engine in the page, a task later, as it does where workers are missing.
const card = (id: string, title: string): CardDocument => ({
  id,
  title,
  summary: '',
  body: '',
  details: '',
  notes: '',
  highlights: '',
  tags: '',
});

let client: SearchClient | undefined;
afterEach(() => client?.dispose());

describe('createSearchClient', () => {
  it('runs only the newest of the searches that arrive before the index gets to them', async () => {
    client = createSearchClient();
    client.index([card('card-1', 'Uranium supply'), card('card-2', 'Uranium prices'), card('card-3', 'Hydrogen')]);
    const first = client.search('uranium');
    const overtaken = client.search('uran');
    const newest = client.search('hydrogen');
    const [firstReply, overtakenReply, newestReply] = await Promise.all([first, overtaken, newest]);
    // Never run: the index does not spend a lookup on a query nobody will see.
    expect(firstReply).toBeUndefined();
    expect(overtakenReply).toBeUndefined();
    expect(newestReply?.query).toBe('hydrogen');
    expect([...(newestReply?.matches.keys() ?? [])]).toEqual(['card-3']);
  });

  it('answers a search sent after another was answered, and sees what was indexed before it', async () => {
    client = createSearchClient();
    client.index([card('card-1', 'Uranium supply')]);
    expect((await client.search('uranium'))?.matches.size).toBe(1);
    client.index([card('card-2', 'Uranium prices')]);
    expect((await client.search('uranium'))?.matches.size).toBe(2);
  });
});
