// Study mode's pure core: items from the facts and from the user's highlights and notes, scheduling with ts-fsrs
// over an append-only log, "ready by", quizzes, statistics and the merge of logs on import. See README.md here.
export { blankMark, promptText, studyItemSchema, studyItemIdSchema, studyPromptSchema } from './studyItemSchemas';
export type { StudyItem, StudyItemKind, StudyPrompt, ClozePrompt } from './studyItemSchemas';
export { generateFactItems } from './factItems';
export { programmeNames } from './programmeNames';
export {
  ownStudyItemSchema,
  ownClozeItemSchema,
  ownBasicItemSchema,
  ownItemEditSchema,
  type OwnStudyItem,
  type OwnItemEdit,
} from './ownItemSchemas';
export { studyItemFromHighlight, studyItemFromNote, editOwnStudyItem, ownItemToStudyItem } from './ownItems';
export { studySettingsSchema, defaultStudySettings, type StudySettings } from './studySettings';
export {
  studyLogSchema,
  studyLogEntrySchema,
  ratingEntrySchema,
  undoEntrySchema,
  suspensionEntrySchema,
  cardSnapshotSchema,
  ratingSchema,
  type StudyLogEntry,
  type RatingEntry,
  type UndoEntry,
  type SuspensionEntry,
  type CardSnapshot,
  type StudyRating,
} from './reviewLogSchemas';
export { previewRatings, retrievabilityAt, schedulerFor } from './scheduler';
export {
  foldStudyLog,
  isLeechCount,
  type StudyFold,
  type ItemStudyState,
  type AppliedReview,
  type FoldOptions,
} from './foldStudyLog';
export { rateItem, undoLastRating, lastStandingReview, suspensionEntry, type RateInput } from './studyActions';
export { studyDayOf, studyDayBounds, dayOptionsSchema, type DayOptions } from './studyDay';
export { buildStudyQueue, type StudyQueue, type QueueEntry, type QueueReason } from './studyQueue';
export { predictReadiness, readyByTarget, type Readiness } from './readyBy';
export { buildQuiz, scoreQuiz, quizInputSchema, quizAnswerSchema, type Quiz, type QuizResult } from './quiz';
export { studyStatistics, type StudyStatistics } from './studyStatistics';
export { mergeStudyLogs, parseStudyLog, canonicalJson, type StudyLogMerge } from './mergeStudyLogs';
