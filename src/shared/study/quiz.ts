import { z } from 'zod';
import { paragraphsShort } from '../citation';
import { BriefingError, describeIssues } from '../errors';
import type { Fact } from '../schema/fact';
import { buildDistractorPool, distractorsFor } from './distractors';
import { seededRandom } from './seededRandom';
import type { StudyItem, StudyPrompt } from './studyItemSchemas';

/**
 * A timed multiple-choice round from the study items. Each question is an item's prompt ("which value fills the
 * blank", "who was…") and its options are the answer and up to three values of facts of the same kind; the seed
 * makes the round repeatable. Items with no fact of their kind to offer beside the answer (the user's own items,
 * a lone figure of its sort) are left out and listed as such.
 */

export const quizInputSchema = z
  .object({
    count: z.number().int().min(1, 'a quiz has at least one question').max(200, 'a quiz has at most 200 questions'),
    seed: z.number().int(),
    startedAt: z.iso.datetime({ offset: true }),
    secondsPerQuestion: z.number().int().min(5, 'at least 5 seconds a question').max(600).default(20),
    /** Options per question, the answer included, when the facts allow that many. */
    options: z.number().int().min(2).max(6).default(4),
  })
  .strict();

export type QuizInput = z.input<typeof quizInputSchema>;

export interface QuizQuestion {
  itemId: string;
  cardId: string;
  kind: StudyItem['kind'];
  prompt: StudyPrompt;
  options: string[];
  correctIndex: number;
  paragraphs: number[];
}

export interface Quiz {
  seed: number;
  startedAt: string;
  /** Answers after this instant count as unanswered. */
  deadline: string;
  questions: QuizQuestion[];
  /** Items that could not be asked as multiple choice, and why. */
  skipped: { itemId: string; reason: 'own-item' | 'no-distractors' }[];
}

export function buildQuiz(cards: readonly Fact[], items: readonly StudyItem[], input: QuizInput): Quiz {
  const parsed = quizInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new BriefingError({
      code: 'invalid-request',
      message: 'That quiz cannot be set up.',
      details: describeIssues(parsed.error),
    });
  }
  const { count, seed, startedAt, secondsPerQuestion, options } = parsed.data;
  const random = seededRandom(seed);
  const pool = buildDistractorPool(cards);
  const questions: QuizQuestion[] = [];
  const skipped: Quiz['skipped'] = [];
  for (const item of random.shuffle(items)) {
    if (questions.length >= count) break;
    if (item.origin === 'own') {
      skipped.push({ itemId: item.id, reason: 'own-item' });
      continue;
    }
    const wrong = distractorsFor(item, pool, options - 1, random);
    if (wrong.length === 0) {
      skipped.push({ itemId: item.id, reason: 'no-distractors' });
      continue;
    }
    const shuffled = random.shuffle([item.answer, ...wrong]);
    questions.push({
      itemId: item.id,
      cardId: item.cardId,
      kind: item.kind,
      prompt: item.prompt,
      options: shuffled,
      correctIndex: shuffled.indexOf(item.answer),
      paragraphs: item.paragraphs,
    });
  }
  const deadline = new Date(Date.parse(startedAt) + questions.length * secondsPerQuestion * 1000).toISOString();
  return { seed, startedAt, deadline, questions, skipped };
}

export const quizAnswerSchema = z
  .object({
    questionIndex: z.number().int().min(0),
    optionIndex: z.number().int().min(0),
    answeredAt: z.iso.datetime({ offset: true }),
  })
  .strict();

export type QuizAnswer = z.infer<typeof quizAnswerSchema>;

export interface ReviewAfterQuiz {
  itemId: string;
  cardId: string;
  paragraphs: number[];
  /** "¶1, 3": the card's citation, formatted as the cards format it. */
  citation: string;
  answer: string;
  /** What the user chose, or null when the time ran out first. */
  chosen: string | null;
}

export interface QuizResult {
  total: number;
  correct: number;
  wrong: number;
  unanswered: number;
  /** `correct / total`. */
  score: number;
  /** The questions answered wrongly or not in time, in quiz order, with the cards to go back to. */
  toReview: ReviewAfterQuiz[];
}

/** Marks a round. The first answer to a question counts; answers after the deadline count as unanswered. */
export function scoreQuiz(quiz: Quiz, answers: readonly unknown[]): QuizResult {
  const parsed = z.array(quizAnswerSchema).safeParse(answers);
  if (!parsed.success) {
    throw new BriefingError({
      code: 'invalid-request',
      message: 'Those quiz answers cannot be marked.',
      details: describeIssues(parsed.error),
    });
  }
  const outOfRange = parsed.data.find(
    ({ questionIndex, optionIndex }) => optionIndex >= (quiz.questions[questionIndex]?.options.length ?? 0),
  );
  if (outOfRange) {
    throw new BriefingError({
      code: 'invalid-request',
      message: `Question ${outOfRange.questionIndex + 1} has no option ${outOfRange.optionIndex + 1}; those answers cannot be marked.`,
    });
  }
  const deadline = Date.parse(quiz.deadline);
  const chosen = new Map<number, number>();
  for (const answer of parsed.data) {
    if (Date.parse(answer.answeredAt) > deadline || chosen.has(answer.questionIndex)) continue;
    chosen.set(answer.questionIndex, answer.optionIndex);
  }
  let correct = 0;
  let unanswered = 0;
  const toReview: ReviewAfterQuiz[] = [];
  quiz.questions.forEach((question, index) => {
    const option = chosen.get(index);
    if (option === question.correctIndex) {
      correct += 1;
      return;
    }
    if (option === undefined) unanswered += 1;
    toReview.push({
      itemId: question.itemId,
      cardId: question.cardId,
      paragraphs: question.paragraphs,
      citation: paragraphsShort(question.paragraphs),
      answer: question.options[question.correctIndex] ?? '',
      chosen: option === undefined ? null : (question.options[option] ?? null),
    });
  });
  const total = quiz.questions.length;
  return {
    total,
    correct,
    wrong: total - correct - unanswered,
    unanswered,
    score: total === 0 ? 0 : correct / total,
    toReview,
  };
}
