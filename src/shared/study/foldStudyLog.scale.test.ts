import { describe, expect, it } from 'vitest';
import { foldStudyLog } from './foldStudyLog';
import { studyLogSchema } from './reviewLogSchemas';
import { rateItem } from './studyActions';
import { buildStudyQueue } from './studyQueue';
import { studyStatistics } from './studyStatistics';
import { defaultStudySettings } from './studySettings';
import { longItemId, longLogItems, longStudyLog, oneItemHistory } from './testing/longStudyLog';

/**
 * A benchmark-style check, not a budget (budgets belong to `npm run bench`): with 100,000 reviews in the log,
 * opening the study screen (fold, queue, statistics) and rating an item must be quick. The fold is compared with
 * scheduling every answer again through ts-fsrs, measured in the same run, so the ratio holds on a busy machine.
 */

const settings = defaultStudySettings;
const itemCount = 200;
const answersPerItem = 500;

function timed<T>(run: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = run();
  return { result, ms: performance.now() - started };
}

function fastest<T>(times: number, run: () => T): { result: T; ms: number } {
  const runs = Array.from({ length: times }, () => timed(run));
  return runs.reduce((best, next) => (next.ms < best.ms ? next : best));
}

describe('a study log of 100,000 reviews', () => {
  it('folds far faster than scheduling every answer again, and opens the study screen quickly', () => {
    const history = oneItemHistory(answersPerItem, settings);
    const log = longStudyLog(history, itemCount);
    const items = longLogItems(itemCount);
    expect(log).toHaveLength(100_000);
    const fold = fastest(3, () => foldStudyLog(log, settings));
    expect(fold.result.reviews).toHaveLength(100_000);
    expect(fold.result.states.size).toBe(itemCount);
    expect(fold.result.recomputed).toBe(0);
    // Scheduling again is measured on a tenth of the log and scaled: it is the slow path being compared with.
    const recompute = timed(() =>
      foldStudyLog(longStudyLog(history, itemCount / 10), settings, { recomputeAll: true }),
    );
    const recomputeMs = recompute.ms * 10;
    expect(recompute.result.states.get(longItemId(0))).toEqual(fold.result.states.get(longItemId(0)));
    const now = new Date(Date.parse(fold.result.reviews.at(-1)?.reviewedAt ?? '') + 60_000).toISOString();
    const screen = { items, fold: fold.result, settings, now, utcOffsetMinutes: 0 };
    const queue = fastest(3, () => buildStudyQueue(screen));
    const statistics = fastest(3, () => studyStatistics(screen));
    expect(statistics.result.reviewsTotal).toBe(100_000);
    const state = fold.result.states.get(longItemId(7));
    const rating = fastest(3, () =>
      rateItem({ id: 'review-new', itemId: longItemId(7), rating: 'good', at: now }, state, settings),
    );
    expect(rating.result.state.reviews).toBe(answersPerItem + 1);
    const validate = timed(() => studyLogSchema.parse(log));
    console.info(
      [
        'study log of 100,000 reviews:',
        `fold ${fold.ms.toFixed(0)} ms (scheduling every answer again ≈ ${recomputeMs.toFixed(0)} ms, ${(recomputeMs / fold.ms).toFixed(1)}× slower);`,
        `queue ${queue.ms.toFixed(1)} ms; statistics ${statistics.ms.toFixed(1)} ms; one rating ${rating.ms.toFixed(2)} ms;`,
        `validating the whole log with zod ${validate.ms.toFixed(0)} ms`,
      ].join(' '),
    );
    expect(fold.ms * 3).toBeLessThan(recomputeMs);
  }, 60_000);
});
