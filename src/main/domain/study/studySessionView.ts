import type { UserData } from '../../../shared/schema/database';
import { lastStandingReview } from '../../../shared/study/studyActions';
import { predictReadiness } from '../../../shared/study/readyBy';
import { previewRatings, schedulerFor } from '../../../shared/study/scheduler';
import { buildStudyQueue } from '../../../shared/study/studyQueue';
import { studyStatistics } from '../../../shared/study/studyStatistics';
import type { StudyItem } from '../../../shared/study/studyItemSchemas';
import type { HardItemView, StudySession, StudyStatisticsView } from '../../../shared/study/studyViews';
import type { StudyMemory } from './studyMemory';

/** Minutes east of UTC where the app runs: the window and the main process share the machine's clock. */
export function utcOffsetOf(now: Date): number {
  return -now.getTimezoneOffset();
}

/**
 * The study screen's state at `now`: counts, the item to answer, the last answer to undo, the suspended list.
 * sources (issue 17): with a collection scope, `cardIds` are its cards, and the queue holds only their items (the
 * user's own items follow their card).
 */
export function studySession(
  memory: StudyMemory,
  user: UserData,
  now: Date,
  cardIds?: ReadonlySet<string>,
): StudySession {
  const all = memory.items(user);
  const items = cardIds ? all.filter((item) => cardIds.has(item.cardId)) : all;
  const fold = memory.foldOf(user);
  const { settings, readyBy } = user.studyPreferences;
  const nowIso = now.toISOString();
  const readyAhead = readyBy !== undefined && Date.parse(readyBy) > now.getTime() ? readyBy : undefined;
  const queue = buildStudyQueue({
    items,
    fold,
    now: nowIso,
    utcOffsetMinutes: utcOffsetOf(now),
    settings,
    ...(readyAhead ? { readyBy: readyAhead } : {}),
  });
  const first = queue.entries[0];
  let current: StudySession['current'] = null;
  if (first) {
    const item = memory.item(user, first.itemId) as StudyItem;
    const state = fold.states.get(item.id);
    const preview = previewRatings(schedulerFor(settings), state?.card ?? null, now);
    current = {
      item,
      reason: first.reason,
      shownAfter: state?.lastReviewId ?? null,
      state: state?.card?.state ?? 'new',
      reviews: state?.reviews ?? 0,
      lapses: state?.card?.lapses ?? 0,
      nextDue: {
        again: preview.again.due,
        hard: preview.hard.due,
        good: preview.good.due,
        easy: preview.easy.due,
      },
    };
  }
  const last = lastStandingReview(fold);
  const lastItem = last ? memory.item(user, last.itemId) : undefined;
  const suspended: StudySession['suspended'] = [];
  for (const item of items) {
    const state = fold.states.get(item.id);
    if (!state?.suspended) continue;
    suspended.push({
      item,
      reason: state.suspended.reason,
      since: state.suspended.since,
      lapses: state.card?.lapses ?? 0,
    });
  }
  return {
    now: nowIso,
    counts: queue.counts,
    newStudiedToday: queue.newStudiedToday,
    newLeftToday: queue.newLeftToday,
    nextLearningDueAt: queue.nextLearningDueAt,
    current,
    lastAnswer: last
      ? { reviewId: last.id, itemId: last.itemId, rating: last.rating, ...(lastItem ? { item: lastItem } : {}) }
      : null,
    suspended,
    preferences: user.studyPreferences,
    readiness: readyAhead ? predictReadiness({ items, fold, settings, now: nowIso, readyBy: readyAhead }) : null,
    totalItems: items.length,
    reviewsTotal: fold.reviews.length,
  };
}

/** Statistics for the window: the core's numbers, with each listed item whole so the window can show its prompt. */
export function studyStatisticsView(memory: StudyMemory, user: UserData, now: Date): StudyStatisticsView {
  const items = memory.items(user);
  const statistics = studyStatistics({
    items,
    fold: memory.foldOf(user),
    settings: user.studyPreferences.settings,
    now: now.toISOString(),
    utcOffsetMinutes: utcOffsetOf(now),
    heatmapDays: 182,
    hardestCount: 10,
  });
  const view = (list: typeof statistics.hardest): HardItemView[] =>
    list.flatMap(({ itemId, lapses, difficulty, reviews, suspended }) => {
      const item = memory.item(user, itemId);
      return item ? [{ item, lapses, difficulty, reviews, suspended }] : [];
    });
  return {
    dueToday: statistics.dueToday,
    reviewedToday: statistics.reviewedToday,
    reviewsTotal: statistics.reviewsTotal,
    itemsStudied: statistics.itemsStudied,
    totalItems: items.length,
    retention: statistics.retention,
    heatmap: statistics.heatmap,
    hardest: view(statistics.hardest),
    leeches: view(statistics.leeches).slice(0, 500),
  };
}
