import { describe, expect, it } from 'vitest';
import { sampleSeed } from '../testing/sampleSeed';
import { emptyUserData } from '../schema/database';
import { composePack } from './composePack';
import { defaultExportOptions } from './exportSchemas';
import { packToMarkdown } from './packToMarkdown';

const stamp = '2026-01-01T00:00:00.000Z';
const seed = sampleSeed();
const user = {
  ...emptyUserData,
  notes: [
    {
      id: 'note-1',
      factId: 'trade-volume',
      markdown: '# Ask\nҚазақстан делегациясы · 한국 대표단과의 회의',
      createdAt: stamp,
      updatedAt: stamp,
    },
  ],
};
const pack = (options = {}) =>
  composePack(
    { sources: seed.sources, facts: seed.facts, user },
    { kind: 'all' },
    { ...defaultExportOptions, title: 'Pack *title*', author: 'Delegation', ...options },
    '2026-11-27T10:00:00.000Z',
  );

describe('packToMarkdown', () => {
  it('writes the cover, contents, key figures, one section per topic and the sources', () => {
    const markdown = packToMarkdown(pack());
    expect(markdown.startsWith('# Pack \\*title\\*\n')).toBe(true);
    expect(markdown).toContain('Prepared by Delegation · Exported 27 November 2026 · All cards');
    expect(markdown).toContain('- Overview (1)\n- Trade and investment (2)\n- Sources');
    expect(markdown).toContain('| USD 4 billion | Trade volume | Trade volume |');
    expect(markdown).toContain('## Trade and investment');
    expect(markdown).toContain('### Korean enterprises');
    expect(markdown).toContain('- **550** (more than) — Korean enterprises');
    expect(markdown).toContain('*Source: paragraphs 2 and 3 · Reported by The Sample Times*');
    expect(markdown).toContain(
      'All cards\n\n> **Facts as of August 2021.** The cards record the summit as the source article reported it at the time. Later events are not covered',
    );
    expect(markdown).toContain('## Sources');
    expect(markdown).toContain('- **The Sample Times**. An outlet the sample article cites.');
    expect(markdown.endsWith('\n')).toBe(true);
    expect(markdown).not.toMatch(/\n{3}/);
  });

  it('includes notes below the card, their headings demoted, only when asked', () => {
    const withNotes = packToMarkdown(pack());
    expect(withNotes).toContain('#### Your notes\n\n##### Ask\nҚазақстан делегациясы · 한국 대표단과의 회의');
    const without = packToMarkdown(pack({ includeNotes: false, includeSources: false }));
    expect(without).not.toContain('Your notes');
    expect(without).not.toContain('## Sources');
    expect(without).not.toContain('Source: paragraph');
  });
});
