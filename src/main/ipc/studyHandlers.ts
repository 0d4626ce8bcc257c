import { randomUUID } from 'node:crypto';
import { BriefingError } from '../../shared/errors';
import type { ChangeAnswer } from '../../shared/schema/userDataPatch';
import { buildQuiz, scoreQuiz, type Quiz } from '../../shared/study/quiz';
import type { FactStore, Operation } from '../domain/factStore';
import { StudyMemory } from '../domain/study/studyMemory';
import {
  createOwnItemOperation,
  deleteOwnItemOperation,
  editOwnItemOperation,
  preferencesOperation,
  rateOperation,
  suspendOperation,
  undoRatingOperation,
} from '../domain/study/studyOperations';
import { studySession, studyStatisticsView } from '../domain/study/studySessionView';
import type { Handlers } from './router';
import { cardsInScope, collectionScopeOf } from '../../shared/sources/collectionScope';

export type StudyChannel =
  | 'getStudySession'
  | 'getStudyStatistics'
  | 'startQuiz'
  | 'finishQuiz'
  | 'rateStudyItem'
  | 'undoStudyRating'
  | 'setStudyItemSuspended'
  | 'updateStudyPreferences'
  | 'createStudyItem'
  | 'updateStudyItem'
  | 'deleteStudyItem';

/** Quizzes the main process marks: the last few started, so an old window's answers are still marked. */
const keptQuizzes = 4;

/**
 * The window never holds the study log (at 100,000 reviews it is tens of megabytes): a study change's answer goes
 * to the window without the log's part, and the library it reads has none (see `forTheWindow`).
 */
export function withoutStudyLog<Answer extends ChangeAnswer>(answer: Answer): Answer {
  if (!answer.changed.studyLog) return answer;
  const { studyLog: _log, ...changed } = answer.changed;
  return { ...answer, changed };
}

/**
 * Study mode over IPC. Scheduling state is folded here, in the main process, once, and advanced with each answer
 * (StudyMemory): the window asks for the session, the statistics or a quiz and gets only what it shows.
 * Answers, undos and suspensions are outside the undo history: the log is append-only and Undo on the study
 * screen appends an undo entry. Own items (made, edited, deleted) are in it, so the header's Undo brings one back.
 */
export function studyHandlers(store: FactStore, clock: () => Date = () => new Date()): Pick<Handlers, StudyChannel> {
  const memory = new StudyMemory(store.library().facts);
  const quizzes = new Map<string, Quiz>();
  const user = () => store.library().user;
  // sources (issue 17): a collection scope limits the queue to the items of its cards.
  const scopedCardIds = (): ReadonlySet<string> | undefined => {
    const library = store.library();
    const scope = collectionScopeOf(library);
    if (!scope.scope) return undefined;
    return new Set(cardsInScope(memory.cards(library.user), scope).map((card) => card.id));
  };
  const session = () => studySession(memory, user(), clock(), scopedCardIds());
  // The log is folded in slices, soon after start, so the study screen opens at once and nothing waits long for it.
  const warmUp = setTimeout(() => {
    try {
      void memory.warm(user()).catch(() => undefined);
    } catch {
      // The store closed first: there is nothing to warm.
    }
  }, 1500);
  warmUp.unref?.();
  const studyChange = async <Result>(operation: Operation<Result>) => {
    const { answer } = await store.change(operation, undefined, { outsideHistory: true });
    return { ...withoutStudyLog(answer), session: session() };
  };
  const change = async <Result>(operation: Operation<Result>) => {
    const committed = await store.change(operation);
    return { result: committed.result, answer: withoutStudyLog(committed.answer) };
  };

  return {
    getStudySession: async () => {
      await memory.warm(user());
      return session();
    },
    getStudyStatistics: async () => {
      await memory.warm(user());
      return studyStatisticsView(memory, user(), clock());
    },
    startQuiz: ({ count, secondsPerQuestion = 20 }) => {
      const current = user();
      const startedAt = clock().toISOString();
      const quiz = buildQuiz(memory.cards(current), memory.items(current), {
        count,
        seed: Math.floor(Math.random() * 2 ** 31),
        startedAt,
        secondsPerQuestion,
      });
      if (quiz.questions.length === 0) {
        throw new BriefingError({
          code: 'not-found',
          message: 'There are no facts to quiz on yet: a quiz needs items with other facts of their kind to offer.',
        });
      }
      const quizId = `quiz-${randomUUID()}`;
      quizzes.set(quizId, quiz);
      for (const kept of quizzes.keys()) if (quizzes.size > keptQuizzes) quizzes.delete(kept);
      return {
        quizId,
        startedAt,
        deadline: quiz.deadline,
        secondsPerQuestion,
        questions: quiz.questions.map(({ itemId, cardId, kind, prompt, options, correctIndex, paragraphs }) => ({
          itemId,
          cardId,
          kind,
          prompt,
          options,
          correctIndex,
          paragraphs,
        })),
        skipped: quiz.skipped.length,
      };
    },
    finishQuiz: ({ quizId, answers }) => {
      const quiz = quizzes.get(quizId);
      if (!quiz) {
        throw new BriefingError({
          code: 'not-found',
          message: 'That quiz is over or was never started here, so it cannot be marked; start a new one.',
        });
      }
      // The window says when each answer was given; none can be later than now.
      const now = clock().getTime();
      const capped = answers.map((answer) =>
        Date.parse(answer.answeredAt) > now ? { ...answer, answeredAt: new Date(now).toISOString() } : answer,
      );
      const result = scoreQuiz(quiz, capped);
      quizzes.delete(quizId);
      return result;
    },
    rateStudyItem: (request) => studyChange(rateOperation(memory, request)),
    undoStudyRating: ({ reviewId }) => studyChange(undoRatingOperation(memory, reviewId)),
    setStudyItemSuspended: ({ itemId, suspended }) => studyChange(suspendOperation(memory, itemId, suspended)),
    updateStudyPreferences: (request) =>
      studyChange(
        preferencesOperation({
          ...(request.settings ? { settings: request.settings } : {}),
          ...(request.readyBy !== undefined ? { readyBy: request.readyBy } : {}),
        }),
      ),
    createStudyItem: async ({ id, from }) => {
      const { result, answer } = await change(createOwnItemOperation(id, from));
      return { ...answer, item: result };
    },
    updateStudyItem: async ({ itemId, edit }) => (await change(editOwnItemOperation(itemId, edit))).answer,
    deleteStudyItem: async ({ itemId }) => (await change(deleteOwnItemOperation(itemId))).answer,
  };
}
