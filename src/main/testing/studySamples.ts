import { defaultStudyPreferences } from '../../shared/study/studyPreferences';
import type { StudySession, StudyStatisticsView } from '../../shared/study/studyViews';

/** A study session with nothing studied and nothing due: what a handler stand-in answers in router tests. */
export function emptyStudySession(now = '2026-03-01T09:00:00.000Z'): StudySession {
  return {
    now,
    counts: { learning: 0, review: 0, new: 0 },
    newStudiedToday: 0,
    newLeftToday: 20,
    nextLearningDueAt: null,
    current: null,
    lastAnswer: null,
    suspended: [],
    preferences: defaultStudyPreferences,
    readiness: null,
    totalItems: 0,
    reviewsTotal: 0,
  };
}

export function emptyStudyStatistics(): StudyStatisticsView {
  const none = { reviewed: 0, recalled: 0, share: null };
  return {
    dueToday: { learning: 0, review: 0, new: 0, total: 0 },
    reviewedToday: 0,
    reviewsTotal: 0,
    itemsStudied: 0,
    totalItems: 0,
    retention: { allTime: none, last30Days: none },
    heatmap: [],
    hardest: [],
    leeches: [],
  };
}
