import { describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../../../shared/export/backupSchemas';
import { createTranslator } from '../../../../shared/i18n/translator';
import { importSummaryLines } from './importSummaryText';

const none = { added: 0, changed: 0 };
const nothing: ImportSummary = {
  ownCards: none,
  notes: none,
  highlights: none,
  tags: none,
  cardTags: none,
  stars: none,
};

describe('importSummaryLines', () => {
  it('says what a backup brings of study and sources, and nothing of a kind it leaves alone', () => {
    const summary: ImportSummary = {
      ...nothing,
      notes: { added: 2, changed: 0 },
      studyLog: { added: 12, changed: 0 },
      ownStudyItems: { added: 1, changed: 2 },
      sources: { added: 1, changed: 0 },
      collections: none,
    };
    expect(importSummaryLines(summary, createTranslator('en').t)).toEqual([
      '2 notes added',
      '12 study answers added',
      '1 study item of your own added',
      '2 study items of your own changed',
      '1 source added',
    ]);
    expect(importSummaryLines(summary, createTranslator('ru').t)).toContain('добавлено 12 ответов изучения');
  });

  it('reads a summary from before study and sources, and is empty when nothing changes', () => {
    expect(importSummaryLines(nothing, createTranslator('en').t)).toEqual([]);
    expect(importSummaryLines({ ...nothing, studyLog: none, sources: none }, createTranslator('ko').t)).toEqual([]);
  });
});
