import { describe, expect, it } from 'vitest';
import { emptyItemState, foldStudyLog, type ItemStudyState } from './foldStudyLog';
import { studyLogSchema, type RatingEntry, type StudyRating } from './reviewLogSchemas';
import { rateItem } from './studyActions';
import { defaultStudySettings } from './studySettings';

/**
 * A benchmark-style check, not a budget (budgets belong to `npm run bench`): folding 100,000 reviews must be quick
 * enough to run when the study screen opens. The log is 200 items of 500 answers each, written by the real
 * rateItem; the check compares the fold with running ts-fsrs for every answer, measured in the same run, so the
 * ratio holds on a slow or busy machine.
 */

const settings = defaultStudySettings;
const itemsInLog = 200;
const answersPerItem = 500;
const ratingsCycle: StudyRating[] = ['good', 'good', 'hard', 'good', 'again', 'good', 'easy', 'good', 'good', 'again'];

function oneItemHistory(): RatingEntry[] {
  let state: ItemStudyState = emptyItemState('bench-item');
  let now = Date.parse('2024-01-01T08:00:00.000Z');
  const entries: RatingEntry[] = [];
  for (let index = 0; index < answersPerItem; index += 1) {
    const rating = ratingsCycle[index % ratingsCycle.length] as StudyRating;
    const rated = rateItem(
      { id: `review-${index}`, itemId: 'bench-item', rating, at: new Date(now).toISOString() },
      state,
      settings,
    );
    entries.push(rated.entry);
    state = rated.state;
    // Answer a little after it falls due, as people do.
    now = Date.parse(rated.state.card?.due ?? '') + 7 * 60_000;
  }
  return entries;
}

function logOf(history: RatingEntry[], items: number): RatingEntry[] {
  const log: RatingEntry[] = [];
  for (let item = 0; item < items; item += 1) {
    const rename = (id: string | null) => (id === null ? null : `i${item}-${id}`);
    for (const entry of history) {
      log.push({
        ...entry,
        id: `i${item}-${entry.id}`,
        itemId: `bench-item-${item}`,
        previousReviewId: rename(entry.previousReviewId),
      });
    }
  }
  return log;
}

function timed<T>(run: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = run();
  return { result, ms: performance.now() - started };
}

describe('folding a long study log', () => {
  it('folds 100,000 reviews in well under the time of scheduling them again', () => {
    const history = oneItemHistory();
    const log = logOf(history, itemsInLog);
    expect(log).toHaveLength(100_000);
    const runs = [0, 1, 2].map(() => timed(() => foldStudyLog(log, settings)));
    const fold = runs[0]?.result;
    const foldMs = Math.min(...runs.map((run) => run.ms));
    expect(fold?.reviews).toHaveLength(100_000);
    expect(fold?.states.size).toBe(itemsInLog);
    expect(fold?.recomputed).toBe(0);
    // Scheduling again is measured on a tenth of the log and scaled: it is the slow path being compared against.
    const tenth = logOf(history, itemsInLog / 10);
    const recompute = timed(() => foldStudyLog(tenth, settings, { recomputeAll: true }));
    const recomputeMs = recompute.ms * 10;
    expect(recompute.result.states.get('bench-item-0')).toEqual(fold?.states.get('bench-item-0'));
    const validate = timed(() => studyLogSchema.parse(log));
    console.info(
      `study log of 100,000 reviews: fold ${foldMs.toFixed(0)} ms; scheduling every answer again ≈ ${recomputeMs.toFixed(0)} ms ` +
        `(fold is ${(recomputeMs / foldMs).toFixed(1)}× faster); validating the log with zod ${validate.ms.toFixed(0)} ms`,
    );
    expect(foldMs * 3).toBeLessThan(recomputeMs);
  }, 60_000);
});
