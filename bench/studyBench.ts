import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialiseDatabase } from '../src/main/domain/databaseFile';
import { databaseFileName } from '../src/main/domain/factStore';
import { databaseFromSeed } from '../src/main/domain/seed';
import { openBriefingRouter, type BriefingRouter } from '../src/main/ipc/openBriefingRouter';
import type { Seed } from '../src/shared/schema/seed';
import { newStudyId } from '../src/shared/study/studyIds';
import { defaultStudySettings } from '../src/shared/study/studySettings';
import { longStudyLog, oneItemHistory } from '../src/shared/study/testing/longStudyLog';
import type { StudySession } from '../src/shared/study/studyViews';
import { loopBlockDuring } from './loopBlock';
import { blankRow, mb, medianP95, ms, ratio, verdict, type Row } from './report';
import { loopBlockBudgetMs } from './sizeRows';
import { summarise, timeAsync, type Summary } from './stats';

/** A rating is a change like an undo: the scale issue's budget for one. */
export const studyRatingBudgetMs = 20;

export interface StudyFigures {
  reviews: number;
  databaseBytes: number;
  /** The first getStudySession after the start: the whole log folded (in slices), then the session. */
  firstSession: number;
  firstSessionBlockMs: number;
  /** getStudySession again: what reopening the study screen costs. */
  session: Summary;
  /** rateStudyItem through the router, journal line fsynced, next session included. */
  rating: Summary;
  ratingBlockMs: number;
  /** setStarred through the router: the cheapest change, the baseline for a rating. */
  star: Summary;
  statistics: Summary;
}

async function unwrap<Value>(router: BriefingRouter, channel: string, payload: unknown): Promise<Value> {
  const envelope = await router.handle(channel, payload);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value as Value;
}

/**
 * Study mode at scale (issue 16): a database whose study log holds `reviews` answers (500 answers each over
 * `reviews / 500` items, on the real rateItem), opened by the real router: the first study screen, reopening it,
 * rating an item (against starring a card in the same run) and the statistics.
 */
export async function measureStudy(seed: Seed, reviews: number, runs: number): Promise<StudyFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'summit-bench-study-'));
  const history = oneItemHistory(500, defaultStudySettings);
  const log = longStudyLog(history, Math.max(1, Math.round(reviews / history.length)));
  const database = databaseFromSeed(seed);
  database.user = { ...database.user, studyLog: log };
  await writeFile(join(dir, databaseFileName), serialiseDatabase(database));
  const databaseBytes = (await stat(join(dir, databaseFileName))).size;
  // The clock stands a day after the log's last answer, as it would for someone who studied all along.
  let now = Math.max(...log.map((entry) => Date.parse(entry.reviewedAt))) + 24 * 60 * 60 * 1000;
  const router = await openBriefingRouter({
    dataDirectory: dir,
    seed,
    store: { clock: () => new Date(now), writeDelayMs: 0 },
  });
  try {
    await unwrap(router, 'getLibrary', {});
    let first = 0;
    const opened = await loopBlockDuring(async () => {
      first = await timeAsync(() => unwrap(router, 'getStudySession', {}));
    });
    const sessions: number[] = [];
    for (let index = 0; index < runs; index += 1) {
      sessions.push(await timeAsync(() => unwrap(router, 'getStudySession', {})));
    }
    const ratings: number[] = [];
    const stars: number[] = [];
    let session = await unwrap<StudySession>(router, 'getStudySession', {});
    const factId = seed.facts[0]?.id ?? '';
    const rated = await loopBlockDuring(async () => {
      for (let index = 0; index < runs; index += 1) {
        const current = session.current;
        if (!current) throw new Error('nothing to study in the benchmark database');
        now += 30_000;
        ratings.push(
          await timeAsync(async () => {
            ({ session } = await unwrap<{ session: StudySession }>(router, 'rateStudyItem', {
              id: newStudyId('review'),
              itemId: current.item.id,
              rating: index % 4 === 0 ? 'again' : 'good',
              shownAfter: current.shownAfter,
            }));
          }),
        );
        stars.push(await timeAsync(() => unwrap(router, 'setStarred', { factId, starred: index % 2 === 0 })));
      }
    });
    const statistics: number[] = [];
    for (let index = 0; index < Math.max(1, Math.min(runs, 5)); index += 1) {
      statistics.push(await timeAsync(() => unwrap(router, 'getStudyStatistics', {})));
    }
    return {
      reviews: log.length,
      databaseBytes,
      firstSession: first,
      firstSessionBlockMs: opened.blockMs,
      session: summarise(sessions),
      rating: summarise(ratings),
      ratingBlockMs: rated.blockMs,
      star: summarise(stars),
      statistics: summarise(statistics),
    };
  } finally {
    await router.close();
    await rm(dir, { recursive: true, force: true, maxRetries: 3 });
  }
}

export function studyRows(figures: StudyFigures): Row[] {
  const size = `${figures.reviews.toLocaleString('en-US')} reviews`;
  const row = (measure: string, rest: Partial<Row>): Row => blankRow('Study', size, measure, rest);
  return [
    row(`first study screen after the start (log folded in slices; file ${mb(figures.databaseBytes)})`, {
      value: ms(figures.firstSession),
      baseline: `reopening it ${medianP95(figures.session)}`,
      ratio: ratio(figures.firstSession, figures.session.median),
    }),
    row('longest event-loop block while the study screen first opens', {
      value: ms(figures.firstSessionBlockMs),
      budget: `< ${loopBlockBudgetMs} ms`,
      result: verdict(figures.firstSessionBlockMs < loopBlockBudgetMs),
    }),
    row('rate an item, router round trip (journal line, next session)', {
      value: medianP95(figures.rating),
      baseline: `star a card ${medianP95(figures.star)}`,
      ratio: ratio(figures.rating.median, figures.star.median),
      budget: `p95 < ${studyRatingBudgetMs} ms`,
      result: verdict(figures.rating.p95 < studyRatingBudgetMs),
    }),
    row('longest event-loop block while rating', {
      value: ms(figures.ratingBlockMs),
      budget: `< ${loopBlockBudgetMs} ms`,
      result: verdict(figures.ratingBlockMs < loopBlockBudgetMs),
    }),
    row('statistics (heatmap, retention, hardest)', {
      value: medianP95(figures.statistics),
      baseline: `reopening the study screen ${ms(figures.session.median)}`,
      ratio: ratio(figures.statistics.median, figures.session.median),
    }),
  ];
}
