import { describe, expect, it } from 'vitest';
import { SearchEngine } from './searchEngine';
import { searchHost, unpackReply, type PackedSearchReply, type WorkerReply } from './searchProtocol';

const card = (id: string, title: string) => ({
  id,
  title,
  summary: '',
  body: '',
  details: '',
  notes: '',
  highlights: '',
  tags: '',
});

describe('searchHost', () => {
  it('indexes and flushes at once, runs a search a task later, and only the newest of those that came meanwhile', () => {
    const replies: WorkerReply[] = [];
    const tasks: Array<() => void> = [];
    const receive = searchHost(
      new SearchEngine(),
      (reply) => replies.push(reply),
      (run) => tasks.push(run),
    );
    receive({ kind: 'index', documents: [card('card-1', 'Uranium supply')] });
    receive({ kind: 'search', id: 1, query: 'ura' });
    receive({ kind: 'search', id: 2, query: 'uranium' });
    // Indexed before the search runs: the search sees it.
    receive({ kind: 'index', documents: [card('card-2', 'Uranium prices')] });
    receive({ kind: 'flush', id: 3 });
    expect(replies).toEqual([
      { kind: 'superseded', id: 1 },
      { kind: 'flushed', id: 3 },
    ]);
    expect(tasks).toHaveLength(1);
    tasks.shift()?.();
    const answer = unpackReply(replies.at(-1) as PackedSearchReply);
    expect(answer).toMatchObject({ kind: 'results', id: 2, query: 'uranium', indexed: 2 });
    expect([...answer.matches.keys()].sort()).toEqual(['card-1', 'card-2']);
    // The next search is a new turn.
    receive({ kind: 'search', id: 4, query: 'prices' });
    expect(tasks).toHaveLength(1);
    tasks.shift()?.();
    expect(replies.at(-1)).toMatchObject({ kind: 'results', id: 4 });
    expect(replies).toHaveLength(4);
  });
});
