/** The study screen's tabs. */
export type StudyView = 'review' | 'quiz' | 'statistics' | 'items';
