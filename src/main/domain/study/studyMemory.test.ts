import { describe, expect, it } from 'vitest';
import { emptyUserData, type UserData } from '../../../shared/schema/database';
import { foldStudyLog } from '../../../shared/study/foldStudyLog';
import type { StudyLogEntry } from '../../../shared/study/reviewLogSchemas';
import { rateItem, suspensionEntry, undoLastRating } from '../../../shared/study/studyActions';
import { loadSeed } from '../../../shared/study/testing/seedCards';
import { StudyMemory } from './studyMemory';

const settings = emptyUserData.studyPreferences.settings;
const withLog = (studyLog: StudyLogEntry[]): UserData => ({ ...emptyUserData, studyLog });

describe('StudyMemory', () => {
  it('advances the fold entry by entry to exactly what a fresh fold of the whole log gives', () => {
    const memory = new StudyMemory(loadSeed().facts);
    const items = memory.items(emptyUserData).slice(0, 6);
    let log: StudyLogEntry[] = [];
    let now = Date.parse('2026-03-01T09:00:00.000Z');
    const ratings = ['good', 'again', 'hard', 'easy', 'good', 'again'] as const;
    for (let step = 0; step < 60; step += 1) {
      now += 7 * 60_000;
      const at = new Date(now).toISOString();
      const fold = memory.foldOf(withLog(log));
      const item = items[step % items.length]!;
      let entry: StudyLogEntry;
      if (step % 9 === 8) entry = undoLastRating(fold, { id: `undo-${step}`, at });
      else if (step % 13 === 12) entry = suspensionEntry('suspend', { id: `suspend-${step}`, itemId: item.id, at });
      else {
        entry = rateItem(
          { id: `review-${step}`, itemId: item.id, rating: ratings[step % ratings.length]!, at },
          fold.states.get(item.id),
          settings,
        ).entry;
      }
      log = [...log, entry];
      const advanced = memory.foldOf(withLog(log));
      const fresh = foldStudyLog(log, settings);
      expect(advanced.states).toEqual(fresh.states);
      expect(advanced.reviews).toEqual(fresh.reviews);
    }
    // One whole fold at the start; every later entry was applied on top.
    expect(memory.fullFolds).toBe(1);
  });

  it('folds in slices to exactly what foldStudyLog gives, and then advances from there', async () => {
    const memory = new StudyMemory(loadSeed().facts);
    const items = memory.items(emptyUserData).slice(0, 4);
    let log: StudyLogEntry[] = [];
    let fold = foldStudyLog(log, settings);
    let now = Date.parse('2026-03-01T09:00:00.000Z');
    for (let step = 0; step < 40; step += 1) {
      now += 11 * 60_000;
      const at = new Date(now).toISOString();
      const item = items[step % items.length]!;
      const entry =
        step % 7 === 6
          ? undoLastRating(fold, { id: `undo-${step}`, at })
          : rateItem(
              { id: `review-${step}`, itemId: item.id, rating: step % 5 === 0 ? 'again' : 'good', at },
              fold.states.get(item.id),
              settings,
            ).entry;
      log = [...log, entry];
      fold = foldStudyLog(log, settings);
    }
    await memory.warm(withLog(log), 3);
    expect(memory.foldOf(withLog(log)).states).toEqual(fold.states);
    expect(memory.foldOf(withLog(log)).reviews).toEqual(fold.reviews);
    expect(memory.fullFolds).toBe(1);
  });

  it('folds again when the log is not the one it holds plus new entries (an import of older answers)', () => {
    const memory = new StudyMemory(loadSeed().facts);
    const item = memory.items(emptyUserData)[0]!;
    const late = rateItem(
      { id: 'review-late', itemId: item.id, rating: 'good', at: '2026-03-02T09:00:00.000Z' },
      undefined,
      settings,
    ).entry;
    memory.foldOf(withLog([late]));
    const early = rateItem(
      { id: 'review-early', itemId: item.id, rating: 'again', at: '2026-03-01T09:00:00.000Z' },
      undefined,
      settings,
    ).entry;
    const log = [late, early];
    expect(memory.foldOf(withLog(log)).states).toEqual(foldStudyLog(log, settings).states);
    expect(memory.fullFolds).toBe(2);
  });

  it('finds an entry by id in a log that grew, and forgets ids of a log that was replaced', async () => {
    const memory = new StudyMemory(loadSeed().facts);
    const item = memory.items(emptyUserData)[0]!;
    const rating = (id: string, at: string) =>
      rateItem({ id, itemId: item.id, rating: 'good', at }, undefined, settings).entry;
    const first = rating('review-1', '2026-03-01T09:00:00.000Z');
    const second = rating('review-2', '2026-03-01T09:05:00.000Z');
    const many = Array.from({ length: 50 }, (_, index) =>
      rating(`review-many-${index}`, new Date(Date.parse('2026-03-02T09:00:00.000Z') + index * 1000).toISOString()),
    );
    await memory.warm(withLog(many), 7);
    expect(memory.entry(withLog(many), 'review-many-49')).toBe(many[49]);
    expect(memory.entry(withLog([first]), 'review-1')).toBe(first);
    expect(memory.entry(withLog([first]), 'review-many-0')).toBeUndefined();
    const grown = withLog([first, second]);
    expect(memory.entry(grown, 'review-2')).toBe(second);
    expect(memory.entry(grown, 'review-1')).toBe(first);
    expect(memory.entry(withLog([second]), 'review-1')).toBeUndefined();
  });
});
