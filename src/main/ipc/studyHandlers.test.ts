import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeRange } from '../../shared/annotation/textSelectors';
import { backupFormat, backupVersion } from '../../shared/export/backupSchemas';
import { emptyUserData, type Database } from '../../shared/schema/database';
import { foldStudyLog } from '../../shared/study/foldStudyLog';
import type { StudyLogEntry } from '../../shared/study/reviewLogSchemas';
import { loadSeed } from '../../shared/study/testing/seedCards';
import type { StudySession } from '../../shared/study/studyViews';
import { databaseFromSeed } from '../domain/seed';
import { call, callFails } from '../testing/routerCalls';
import {
  closeRouterOnTempFolder,
  openRouterOnTempFolder,
  type RouterOnTempFolder,
} from '../testing/routerOnTempFolder';
import { savedBytes, savedDatabase } from '../testing/savedFiles';
import type { BriefingRouter } from './openBriefingRouter';

/**
 * Study mode through the real router and store on a temp folder, with the real seed's facts and a clock the
 * test moves: answers land in the journal, a fresh start shows the same session, bad requests and hostile logs
 * are refused with a reason and change nothing.
 */
let folder: RouterOnTempFolder;
let incoming: string;
let reviewSequence = 0;
const reviewId = () => `review-${++reviewSequence}`;

beforeEach(async () => {
  folder = await openRouterOnTempFolder('study', {
    seed: loadSeed(),
    dialogs: { chooseSavePath: async () => undefined, chooseOpenPath: async () => incoming },
  });
  incoming = join(folder.dataDirectory, '..', `${folder.dataDirectory.split('/').pop()}-incoming.json`);
});

afterEach(async () => {
  await folder.router.close();
  await closeRouterOnTempFolder(folder);
});

async function rate(router: BriefingRouter, session: StudySession, rating: 'again' | 'hard' | 'good' | 'easy') {
  const current = session.current;
  if (!current) throw new Error('nothing to study');
  return call(router, 'rateStudyItem', {
    id: reviewId(),
    itemId: current.item.id,
    rating,
    shownAfter: current.shownAfter,
  });
}

const savedLog = async (): Promise<StudyLogEntry[]> => (await savedDatabase(folder.dataDirectory)).user.studyLog;

describe('studying through the router', () => {
  it('shows new items up to the daily limit, records each answer on disk, and a fresh start shows the same counts', async () => {
    const { router } = folder;
    let session = await call(router, 'getStudySession', {});
    expect(session.totalItems).toBeGreaterThan(30);
    expect(session.counts).toEqual({ learning: 0, review: 0, new: 20 });
    expect(session.current?.reason).toBe('new');
    for (let index = 0; index < 5; index += 1) {
      const answer = await rate(router, session, 'good');
      // The window's answer never carries the log; its session has moved on.
      expect(answer.changed.studyLog).toBeUndefined();
      expect(answer.history.canUndo).toBe(false);
      session = answer.session;
      folder.time.advance(5_000);
    }
    expect(session.newStudiedToday).toBe(5);
    expect(session.counts.new).toBe(15);
    expect(await savedLog()).toHaveLength(5);
    expect((await call(router, 'getLibrary', {})).user.studyLog).toEqual([]);

    await router.close();
    const reopened = await folder.reopen();
    const again = await call(reopened, 'getStudySession', {});
    expect(again.counts).toEqual(session.counts);
    expect(again.current?.item.id).toBe(session.current?.item.id);
    expect(again.lastAnswer).toEqual(session.lastAnswer);
    folder.router = reopened;
  });

  it('brings an item answered Again back within the day, on its learning step', async () => {
    const { router } = folder;
    const first = await call(router, 'getStudySession', {});
    const itemId = first.current!.item.id;
    expect(Date.parse(first.current!.nextDue.again) - Date.parse(first.now)).toBe(60_000);
    await rate(router, first, 'again');
    folder.time.advance(61_000);
    const later = await call(router, 'getStudySession', {});
    expect(later.current?.item.id).toBe(itemId);
    expect(later.current?.reason).toBe('learning');
    expect(later.counts.learning).toBe(1);
  });

  it('undoes the last answer exactly: the item is as it was, on disk and after a restart', async () => {
    const { router } = folder;
    const first = await call(router, 'getStudySession', {});
    const second = (await rate(router, first, 'good')).session;
    folder.time.advance(10_000);
    const before = second.current!;
    const rated = (await rate(router, second, 'easy')).session;
    expect(rated.lastAnswer?.itemId).toBe(before.item.id);
    folder.time.advance(10_000);
    const undone = await call(router, 'undoStudyRating', { reviewId: rated.lastAnswer!.reviewId });
    expect(undone.session.current?.item.id).toBe(before.item.id);
    expect(undone.session.current?.shownAfter).toBe(before.shownAfter);
    expect(undone.session.counts).toEqual(second.counts);
    expect(undone.session.lastAnswer?.itemId).toBe(first.current!.item.id);
    // The log is append-only: the undo is an entry of its own, and the fold skips the answer it names.
    const log = await savedLog();
    expect(log.map((entry) => entry.type)).toEqual(['rating', 'rating', 'undo']);
    const state = foldStudyLog(log, emptyUserData.studyPreferences.settings).states.get(before.item.id);
    expect(state).toBeUndefined();
    // Taking back an answer that is no longer the last is refused.
    await callFails(router, 'undoStudyRating', { reviewId: rated.lastAnswer!.reviewId }, 'not-found');
  });

  it('keeps answers when the header undoes something else, and own items follow the undo history', async () => {
    const { router } = folder;
    const fact = loadSeed().facts.find((card) => card.body.includes('billion'))!;
    const start = fact.body.indexOf('billion');
    const highlightId = 'highlight-1';
    await call(router, 'createHighlight', {
      id: highlightId,
      factId: fact.id,
      target: describeRange(fact.body, start, start + 7),
      color: 'yellow',
    });
    const made = await call(router, 'createStudyItem', { id: 'study-item-1', from: { highlightId } });
    expect(made.item.kind).toBe('highlight');
    expect(made.item.format === 'cloze' && made.item.sentence.includes('billion')).toBe(true);
    // Made twice (a double press): one item.
    await call(router, 'createStudyItem', { id: 'study-item-1', from: { highlightId } });
    await callFails(router, 'createStudyItem', { id: 'study-item-2', from: { highlightId } }, 'invalid-request');
    const session = await call(router, 'getStudySession', {});
    await rate(router, session, 'good');
    await call(router, 'deleteStudyItem', { itemId: 'study-item-1' });
    expect((await savedDatabase(folder.dataDirectory)).user.ownStudyItems).toEqual([]);
    const undone = await call(router, 'undo', {});
    expect(undone.changed.ownStudyItems?.upserted.map((item) => item.id)).toEqual(['study-item-1']);
    const saved = await savedDatabase(folder.dataDirectory);
    expect(saved.user.ownStudyItems.map((item) => item.id)).toEqual(['study-item-1']);
    // The answer given in between is still there.
    expect(saved.user.studyLog).toHaveLength(1);
  });

  it('suspends an item at its 8th lapse, lists it, and brings it back', async () => {
    const { router } = folder;
    let session = await call(router, 'getStudySession', {});
    const itemId = session.current!.item.id;
    const answerItem = async (rating: 'again' | 'good' | 'easy') => {
      session = await call(router, 'getStudySession', {});
      const state = session.current;
      // The item under test is shown whenever it is due; move the clock to its due date otherwise.
      const shownAfter = state?.item.id === itemId ? state.shownAfter : await currentShownAfter();
      session = (await call(router, 'rateStudyItem', { id: reviewId(), itemId, rating, shownAfter })).session;
    };
    const currentShownAfter = async () => (session.lastAnswer?.itemId === itemId ? session.lastAnswer.reviewId : null);
    await answerItem('easy');
    for (let lapse = 1; lapse <= 8; lapse += 1) {
      folder.time.advance(30 * 24 * 60 * 60 * 1000);
      await answerItem('again');
      expect(session.suspended.some((entry) => entry.item.id === itemId)).toBe(lapse === 8);
      if (lapse < 8) {
        folder.time.advance(15 * 60 * 1000);
        await answerItem('good');
      }
    }
    const leech = session.suspended.find((entry) => entry.item.id === itemId)!;
    expect(leech).toMatchObject({ reason: 'leech', lapses: 8 });
    const statistics = await call(router, 'getStudyStatistics', {});
    expect(statistics.leeches.map((entry) => entry.item.id)).toEqual([itemId]);
    // A suspended item takes no answers.
    await callFails(
      router,
      'rateStudyItem',
      { id: reviewId(), itemId, rating: 'good', shownAfter: session.lastAnswer!.reviewId },
      'invalid-request',
    );
    const back = await call(router, 'setStudyItemSuspended', { itemId, suspended: false });
    expect(back.session.suspended).toEqual([]);
  });
});

describe('study in a collection scope', () => {
  it('queues only the items of the scope’s cards, and every card’s again without a scope', async () => {
    const { router } = folder;
    const everything = await call(router, 'getStudySession', {});
    const { collectionId } = await call(router, 'createCollection', { name: 'Astana visit 2024' });
    await call(router, 'createCard', {
      id: 'user-akim',
      card: {
        topic: 'delegations-people',
        title: 'Courtesy call on the akim',
        body: 'The delegation calls on the akim of Astana, who hosts a lunch for 40 guests.',
        figures: [{ display: '40 guests', measures: 'Guests at the akim’s lunch' }],
        people: [{ name: 'Zhenis Kassymbek', role: 'Akim of Astana' }],
        collectionId,
      },
    });
    await call(router, 'updateSettings', { collectionScope: collectionId });
    const scoped = await call(router, 'getStudySession', {});
    expect(scoped.totalItems).toBeGreaterThan(0);
    expect(scoped.totalItems).toBeLessThan(everything.totalItems);
    expect(scoped.current?.item.cardId).toBe('user-akim');
    const answered = await rate(router, scoped, 'good');
    expect(answered.session.current?.item.cardId ?? 'user-akim').toBe('user-akim');

    await call(router, 'updateSettings', { collectionScope: null });
    const again = await call(router, 'getStudySession', {});
    expect(again.totalItems).toBe(everything.totalItems + scoped.totalItems);
  });
});

describe('what study mode refuses', () => {
  it('refuses an answer for an item that does not exist, one dated by the window, and a stale one; nothing changes', async () => {
    const { router } = folder;
    const session = await call(router, 'getStudySession', {});
    await rate(router, session, 'good');
    await folder.router.flush();
    const before = await savedBytes(folder.dataDirectory);
    const missing = await callFails(
      router,
      'rateStudyItem',
      { id: reviewId(), itemId: 'no-such-card--figure--x', rating: 'good', shownAfter: null },
      'not-found',
    );
    expect(missing.message).toMatch(/no study item "no-such-card--figure--x".*nothing was changed/);
    // The main process dates every answer: a review dated by the window (in the future, here) is not accepted.
    const dated = await callFails(
      router,
      'rateStudyItem',
      {
        id: reviewId(),
        itemId: session.current!.item.id,
        rating: 'good',
        shownAfter: null,
        reviewedAt: '2099-01-01T00:00:00.000Z',
      },
      'invalid-request',
    );
    expect(dated.message).toMatch(/nothing was changed/);
    // The same item answered again from a screen that had not seen the first answer.
    const stale = await callFails(
      router,
      'rateStudyItem',
      { id: reviewId(), itemId: session.current!.item.id, rating: 'easy', shownAfter: null },
      'invalid-request',
    );
    expect(stale.message).toMatch(/answered again since it was shown/);
    await callFails(router, 'rateStudyItem', { id: 'not-a-review-id', itemId: 'x', rating: 'ok' }, 'invalid-request');
    await callFails(router, 'updateStudyPreferences', { settings: { desiredRetention: 0.2 } }, 'invalid-request');
    await callFails(router, 'updateStudyPreferences', { readyBy: '2020-01-01T00:00:00.000Z' }, 'invalid-request');
    await folder.router.flush();
    expect(await savedBytes(folder.dataDirectory)).toEqual(before);
  });

  async function backupWithLog(studyLog: unknown[]): Promise<void> {
    const database: Database = { ...databaseFromSeed(loadSeed()), user: { ...emptyUserData } };
    const raw = { ...database, user: { ...database.user, studyLog } };
    await writeFile(
      incoming,
      JSON.stringify({ format: backupFormat, version: backupVersion, exportedAt: 'x', database: raw }),
    );
  }

  it('merges a backup’s study log without duplicates, and refuses a hostile one whole', async () => {
    const { router } = folder;
    let session = await call(router, 'getStudySession', {});
    for (let index = 0; index < 3; index += 1) {
      session = (await rate(router, session, 'good')).session;
      folder.time.advance(1000);
    }
    await folder.router.flush();
    const log = await savedLog();
    const otherComputer = { ...log[0]!, id: 'review-elsewhere', reviewedAt: '2021-08-17T08:00:00.000Z' };
    await backupWithLog([...log, otherComputer]);
    const preview = await call(router, 'previewImport', {});
    expect(preview.status).toBe('ready');
    if (preview.status !== 'ready') return;
    // The summary counts only the answer this computer lacks, not the three it already has.
    expect(preview.summary.studyLog).toEqual({ added: 1, changed: 0 });
    const applied = await call(router, 'applyImport', { token: preview.token });
    expect(applied.changed.studyLog).toBeUndefined();
    expect((await savedLog()).map((entry) => entry.id)).toEqual([...log.map((entry) => entry.id), 'review-elsewhere']);
    // The same backup again adds nothing.
    const second = await call(router, 'previewImport', {});
    expect(second.status === 'ready' && second.summary.studyLog).toEqual({ added: 0, changed: 0 });
    if (second.status === 'ready') await call(router, 'applyImport', { token: second.token });
    expect(await savedLog()).toHaveLength(4);
    const merged = await call(router, 'getStudySession', {});
    expect(merged.reviewsTotal).toBe(4);

    await folder.router.flush();
    const before = await savedBytes(folder.dataDirectory);
    const future = { ...log[0]!, id: 'review-future', reviewedAt: '2099-01-01T00:00:00.000Z' };
    await backupWithLog([future]);
    const refusedFuture = await callFails(router, 'previewImport', {}, 'database-invalid');
    expect(refusedFuture.message).toMatch(/dated 2099-01-01.*Nothing was changed/);
    await backupWithLog([
      { ...log[0]!, id: 'review-bad', after: { ...(log[0] as { after: object }).after, stability: 1e9 } },
    ]);
    await callFails(router, 'previewImport', {}, 'database-invalid');
    await backupWithLog([{ type: 'rating', id: 'review-x', itemId: '../../etc', rating: 'good' }]);
    await callFails(router, 'previewImport', {}, 'database-invalid');
    expect(await savedBytes(folder.dataDirectory)).toEqual(before);
  });
});

describe('ready by, statistics and the quiz', () => {
  it('predicts the share recalled on the ready-by date and counts the day’s reviews', async () => {
    const { router } = folder;
    let session = (await call(router, 'updateStudyPreferences', { readyBy: '2021-09-01T09:00:00.000Z' })).session;
    expect(session.readiness).toMatchObject({ share: 0, studied: 0 });
    for (let index = 0; index < 4; index += 1) session = (await rate(router, session, 'good')).session;
    expect(session.readiness!.studied).toBe(4);
    expect(session.readiness!.share).toBeGreaterThan(0);
    const statistics = await call(router, 'getStudyStatistics', {});
    expect(statistics.reviewedToday).toBe(4);
    expect(statistics.heatmap.at(-1)?.reviews).toBe(4);
    const cleared = await call(router, 'updateStudyPreferences', { readyBy: null, settings: { newItemsPerDay: 5 } });
    expect(cleared.session.readiness).toBeNull();
    expect(cleared.session.counts.new).toBe(1);
  });

  it('runs a quiz whose options never state a wrong fact as the answer, and marks it in the main process', async () => {
    const { router } = folder;
    const quiz = await call(router, 'startQuiz', { count: 5 });
    expect(quiz.questions).toHaveLength(5);
    for (const question of quiz.questions) {
      expect(new Set(question.options).size).toBe(question.options.length);
    }
    const answers = quiz.questions.map((question, index) => ({
      questionIndex: index,
      optionIndex: index === 0 ? (question.correctIndex + 1) % question.options.length : question.correctIndex,
      answeredAt: quiz.startedAt,
    }));
    const result = await call(router, 'finishQuiz', { quizId: quiz.quizId, answers });
    expect(result).toMatchObject({ total: 5, correct: 4, wrong: 1, unanswered: 0 });
    expect(result.toReview[0]?.cardId).toBe(quiz.questions[0]?.cardId);
    await callFails(router, 'finishQuiz', { quizId: quiz.quizId, answers }, 'not-found');
  });
});
