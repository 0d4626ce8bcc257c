import { lazy } from 'react';

export { useStudyThis } from './useStudyThis';
export type { StudyView } from './studyView';

// The study screen brings the quiz and the statistics with it: load it when it is opened, not at start.
export const StudyScreen = lazy(() => import('./StudyScreen').then((module) => ({ default: module.StudyScreen })));
