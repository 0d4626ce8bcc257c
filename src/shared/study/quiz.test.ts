import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsLoosely, foldForComparison } from './clozeText';
import { buildDistractorPool, distractorsFor, figureFamily } from './distractors';
import { generateFactItems } from './factItems';
import { buildQuiz, scoreQuiz, type Quiz } from './quiz';
import { seededRandom } from './seededRandom';
import { promptText, type StudyItem } from './studyItemSchemas';
import { seedCards } from './testing/seedCards';

const cards = seedCards();
const items = generateFactItems(cards);
const pool = buildDistractorPool(cards);
const startedAt = '2026-03-14T09:00:00.000Z';

function item(id: string): StudyItem {
  const found = items.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

/** Every value the cards hold for facts of each kind: where a wrong option may come from. */
function factValues(kind: StudyItem['kind']): Set<string> {
  const values = new Set<string>();
  for (const card of cards) {
    if (kind === 'figure') card.figures.forEach((f) => values.add(f.display).add(f.value.toLocaleString('en-US')));
    if (kind === 'person') card.people.forEach((p) => [p.name, ...p.name.split(' ')].forEach((v) => values.add(v)));
    if (kind === 'organisation') card.organisations.forEach((o) => values.add(o.name));
    if (kind === 'date') {
      if (card.date) values.add(card.date.label);
      card.figures.filter((f) => f.unit === 'year').forEach((f) => values.add(f.display));
    }
  }
  if (kind === 'programme') ['Fresh Wind', 'New Deal'].forEach((name) => values.add(name));
  return values;
}

describe('quiz distractors', () => {
  it('are never the answer, another form of it, or a value the question shows, for any item and seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const random = seededRandom(seed);
        for (const question of items) {
          const options = distractorsFor(question, pool, 3, random);
          const answer = foldForComparison(question.answer);
          expect(new Set(options.map(foldForComparison)).size).toBe(options.length);
          for (const option of options) {
            expect(foldForComparison(option)).not.toBe(answer);
            expect(containsLoosely(promptText(question.prompt), option), `${question.id}: ${option}`).toBe(false);
            expect(factValues(question.kind).has(option), `${question.id}: ${option}`).toBe(true);
          }
          if (question.kind === 'person') {
            const name = question.subject.slice('person:'.length);
            for (const option of options) expect(name.split(' ')).not.toContain(option);
          }
        }
      }),
      { numRuns: 25 },
    );
  });

  it('take the same unit first, then the same sort of quantity, in the form the answer is written', () => {
    expect(figureFamily('USD billion')).toBe('money:usd');
    expect(figureFamily('days')).toBe('duration');
    expect(figureFamily('year')).toBe('calendar-year');
    expect(figureFamily('enterprises')).toBe('count');
    const random = seededRandom(1);
    expect(distractorsFor(item('deal-usd-1-7-billion--figure--usd-1-7-billion'), pool, 1, random)).toEqual([
      'USD 4 billion',
    ]);
    // "550" is written as a bare number in its sentence, so the other counts come as bare numbers too.
    expect(new Set(distractorsFor(item('korean-enterprises-in-kazakhstan--figure--550'), pool, 3, random))).toEqual(
      new Set(['24', '22']),
    );
    expect(distractorsFor(item('deal-usd-1-7-billion--organisation--the-astana-times'), pool, 1, random)).toEqual([
      'The Korea Herald',
    ]);
  });

  it('write a year as the answer writes it, never "2,025" beside "2019"', () => {
    expect(distractorsFor(item('fresh-wind-programme--figure--2019'), pool, 3, seededRandom(4))).toEqual(['2025']);
  });

  it('offer other people by the short name the cards use when the answer is a short name', () => {
    expect(
      new Set(distractorsFor(item('new-deal-2025-plan-synergy--person--moon-jae-in'), pool, 3, seededRandom(5))),
    ).toEqual(new Set(['Tokayev', 'Abai']));
    const options = distractorsFor(
      item('projects-in-preparation--person--kassym-jomart-tokayev'),
      pool,
      3,
      seededRandom(2),
    );
    expect(new Set(options)).toEqual(new Set(['Moon', 'Abai']));
  });

  it('leave out a name the sentence already shows, which could be a second right answer', () => {
    const samsung = item('korean-enterprises-in-kazakhstan--organisation--samsung');
    const options = distractorsFor(samsung, pool, 6, seededRandom(3));
    expect(options).not.toContain('Hyundai');
    expect(options).not.toContain('Lotte');
    expect(options.length).toBeGreaterThan(0);
  });
});

describe('a quiz round', () => {
  const quiz = buildQuiz(cards, items, { count: 10, seed: 42, startedAt, secondsPerQuestion: 20 });

  it('is the same for the same seed, and another for another seed', () => {
    expect(buildQuiz(cards, items, { count: 10, seed: 42, startedAt, secondsPerQuestion: 20 })).toEqual(quiz);
    const other = buildQuiz(cards, items, { count: 10, seed: 43, startedAt, secondsPerQuestion: 20 });
    expect(other.questions.map((question) => question.itemId)).not.toEqual(
      quiz.questions.map((question) => question.itemId),
    );
  });

  it('asks each item once with its answer among two to four values, and a deadline for the whole round', () => {
    expect(quiz.questions).toHaveLength(10);
    expect(new Set(quiz.questions.map((question) => question.itemId)).size).toBe(10);
    for (const question of quiz.questions) {
      const source = item(question.itemId);
      expect(question.options[question.correctIndex]).toBe(source.answer);
      expect(question.options.length).toBeGreaterThanOrEqual(2);
      expect(question.options.length).toBeLessThanOrEqual(4);
      expect(question.prompt).toEqual(source.prompt);
      expect(question.paragraphs).toEqual(source.paragraphs);
    }
    expect(quiz.deadline).toBe('2026-03-14T09:03:20.000Z');
  });

  it("leaves out the user's own items and items with no fact of their kind beside them, saying why", () => {
    const own: StudyItem = { ...items[0]!, id: 'study-own-1', origin: 'own', kind: 'highlight', subject: 'own:1' };
    const lonely: StudyItem = { ...items[0]!, id: 'lonely', kind: 'programme', subject: 'programme:Only', answer: 'X' };
    const small = buildQuiz([], [own, lonely], { count: 5, seed: 1, startedAt });
    expect(small.questions).toEqual([]);
    expect(new Set(small.skipped)).toEqual(
      new Set([
        { itemId: 'study-own-1', reason: 'own-item' },
        { itemId: 'lonely', reason: 'no-distractors' },
      ]),
    );
  });

  it('marks the round: late answers count as unanswered, and the result lists what to review with its cards', () => {
    const answerAt = (seconds: number) => new Date(Date.parse(startedAt) + seconds * 1000).toISOString();
    const wrongOption = (index: number) => ((quiz.questions[index]?.correctIndex ?? 0) + 1) % 2;
    const answers = [
      ...quiz.questions.slice(0, 7).map((question, index) => ({
        questionIndex: index,
        optionIndex: question.correctIndex,
        answeredAt: answerAt(10 * (index + 1)),
      })),
      { questionIndex: 7, optionIndex: wrongOption(7), answeredAt: answerAt(90) },
      // A second answer to the same question does not replace the first.
      { questionIndex: 7, optionIndex: quiz.questions[7]!.correctIndex, answeredAt: answerAt(95) },
      { questionIndex: 8, optionIndex: quiz.questions[8]!.correctIndex, answeredAt: answerAt(201) },
    ];
    const result = scoreQuiz(quiz, answers);
    expect(result).toMatchObject({ total: 10, correct: 7, wrong: 1, unanswered: 2, score: 0.7 });
    const seven = quiz.questions[7]!;
    expect(result.toReview[0]).toEqual({
      itemId: seven.itemId,
      cardId: seven.cardId,
      paragraphs: seven.paragraphs,
      citation: `¶${seven.paragraphs.join(', ')}`,
      answer: seven.options[seven.correctIndex],
      chosen: seven.options[wrongOption(7)],
    });
    expect(result.toReview.slice(1).map((review) => review.chosen)).toEqual([null, null]);
  });

  it('refuses answers that do not fit the round, and a round it cannot set up', () => {
    expect(() => scoreQuiz(quiz, [{ questionIndex: 0, optionIndex: 9, answeredAt: startedAt }])).toThrow(
      /no option 10/,
    );
    expect(() => scoreQuiz(quiz, [{ questionIndex: 0 }])).toThrow(/cannot be marked/);
    expect(() => buildQuiz(cards, items, { count: 0, seed: 1, startedAt })).toThrow(/cannot be set up/);
    const empty: Quiz = { ...quiz, questions: [] };
    expect(scoreQuiz(empty, []).score).toBe(0);
  });
});
