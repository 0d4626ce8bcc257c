import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { QuizResultView, QuizView } from '../../../../shared/study/studyViews';
import { isTextField } from '../../commands/keys';
import { useBriefingService } from '../../service/ServiceContext';
import { useErrorText, useT } from '../../i18n';
import { PromptView } from './PromptView';

interface QuizPaneProps {
  onOpenCard: (factId: string) => void;
  announce: (message: string) => void;
}

interface Answer {
  questionIndex: number;
  optionIndex: number;
  answeredAt: string;
}

const counts = [5, 10, 20];

/** How an option is drawn once one is chosen: the right one marked right, a wrong choice marked wrong. */
function optionState(optionIndex: number, correctIndex: number, chosenIndex: number | undefined): string {
  if (chosenIndex === undefined) return '';
  if (optionIndex === correctIndex) return 'is-correct';
  return optionIndex === chosenIndex ? 'is-wrong' : '';
}

/**
 * A timed multiple-choice round built and marked by the main process (core `buildQuiz`, `scoreQuiz`). Options
 * are other facts of the same kind; the answer shows after each choice; keys 1–4 choose, Enter goes on.
 */
export function QuizPane({ onOpenCard, announce }: QuizPaneProps) {
  const t = useT();
  const service = useBriefingService();
  const describeError = useErrorText();
  const headingId = useId();
  const countId = useId();
  const [count, setCount] = useState(10);
  const [quiz, setQuiz] = useState<QuizView>();
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Answer[]>([]);
  const [result, setResult] = useState<QuizResultView>();
  const [error, setError] = useState<unknown>();
  const [now, setNow] = useState(() => Date.now());
  const nextRef = useRef<HTMLButtonElement>(null);
  const firstOptionRef = useRef<HTMLButtonElement>(null);

  const question = quiz?.questions[index];
  const chosen = answers.find((answer) => answer.questionIndex === index);
  const deadline = quiz ? Date.parse(quiz.deadline) : 0;
  const secondsLeft = quiz ? Math.max(0, Math.ceil((deadline - now) / 1000)) : 0;
  const timeUp = quiz !== undefined && !result && secondsLeft === 0;

  const answersRef = useRef(answers);
  useEffect(() => {
    answersRef.current = answers;
  }, [answers]);

  const finish = useCallback(
    async (given: Answer[]) => {
      if (!quiz) return;
      try {
        const marked = await service.finishQuiz({ quizId: quiz.quizId, answers: given });
        setResult(marked);
        announce(t('study.quiz.result', { correct: marked.correct, total: marked.total }));
      } catch (failure) {
        setError(failure);
      }
    },
    [quiz, service, announce, t],
  );

  // The clock ticks while a round runs; at the deadline the round is marked with what was answered.
  useEffect(() => {
    if (!quiz || result) return undefined;
    const timer = setInterval(() => {
      const at = Date.now();
      setNow(at);
      if (at >= Date.parse(quiz.deadline)) {
        clearInterval(timer);
        void finish(answersRef.current);
      }
    }, 250);
    return () => clearInterval(timer);
  }, [quiz, result, finish]);

  useEffect(() => {
    if (chosen) nextRef.current?.focus({ preventScroll: true });
    else firstOptionRef.current?.focus({ preventScroll: true });
  }, [chosen, index, quiz]);

  async function start() {
    try {
      const started = await service.startQuiz({ count });
      setQuiz(started);
      setIndex(0);
      setAnswers([]);
      setResult(undefined);
      setError(undefined);
      setNow(Date.now());
    } catch (failure) {
      setError(failure);
    }
  }

  const choose = useCallback(
    (optionIndex: number) => {
      if (!question || chosen || timeUp) return;
      setAnswers((given) => [...given, { questionIndex: index, optionIndex, answeredAt: new Date().toISOString() }]);
      announce(
        optionIndex === question.correctIndex
          ? t('study.quiz.correct')
          : t('study.quiz.wrong', { answer: question.options[question.correctIndex] ?? '' }),
      );
    },
    [question, chosen, timeUp, index, announce, t],
  );

  const next = useCallback(() => {
    if (!quiz) return;
    if (index + 1 < quiz.questions.length) setIndex(index + 1);
    else void finish(answers);
  }, [quiz, index, answers, finish]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || isTextField(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (!question || result) return;
      const digit = Number.parseInt(event.key, 10);
      if (!chosen && digit >= 1 && digit <= question.options.length) {
        event.preventDefault();
        choose(digit - 1);
      }
    }
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [question, chosen, result, choose]);

  if (result) {
    return (
      <section className="study-quiz" aria-labelledby={headingId}>
        <h3 id={headingId} className="study-quiz-score">
          {t('study.quiz.result', { correct: result.correct, total: result.total })}
        </h3>
        <p className="study-hint">
          {t('study.quiz.resultDetail', { wrong: result.wrong, unanswered: result.unanswered })}
        </p>
        <h4 className="section-label">{t('study.quiz.toReview')}</h4>
        {result.toReview.length === 0 ? (
          <p>{t('study.quiz.allRight')}</p>
        ) : (
          <ul className="study-review-list">
            {result.toReview.map((entry) => (
              <li key={entry.itemId}>
                <span className="study-review-answer" lang="en">
                  {entry.answer}
                </span>
                <span className="study-hint">
                  {entry.chosen === null
                    ? t('study.quiz.noAnswer')
                    : t('study.quiz.yourAnswer', { chosen: entry.chosen })}
                </span>
                <button type="button" className="link-button" onClick={() => onOpenCard(entry.cardId)}>
                  {t('study.openCard')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <button type="button" className="button button-primary" onClick={() => void start()}>
          {t('study.quiz.again')}
        </button>
      </section>
    );
  }

  if (!quiz || !question) {
    return (
      <section className="study-quiz" aria-labelledby={headingId}>
        <h3 id={headingId}>{t('study.quiz.title')}</h3>
        <p className="study-hint">{t('study.quiz.intro')}</p>
        <div className="study-inline">
          <label htmlFor={countId} className="study-field-label">
            {t('study.quiz.count')}
          </label>
          <select
            id={countId}
            className="study-input"
            value={count}
            onChange={(event) => setCount(Number(event.target.value))}
          >
            {counts.map((choice) => (
              <option key={choice} value={choice}>
                {choice}
              </option>
            ))}
          </select>
          <button type="button" className="button button-primary" onClick={() => void start()}>
            {t('study.quiz.start')}
          </button>
        </div>
        {error !== undefined && (
          <p className="inline-error" role="alert">
            {describeError(error)}
          </p>
        )}
      </section>
    );
  }

  return (
    <section className="study-quiz" aria-labelledby={headingId}>
      <div className="study-quiz-bar">
        <span id={headingId}>{t('study.quiz.progress', { index: index + 1, total: quiz.questions.length })}</span>
        <span className="study-quiz-timer" aria-live="off">
          {t('study.quiz.timeLeft', { seconds: secondsLeft })}
        </span>
      </div>
      <div className="study-card">
        <p className="study-card-meta">
          <span className="study-kind">{t(`study.kind.${question.kind}`)}</span>
        </p>
        <PromptView prompt={question.prompt} />
        <div className="study-options" role="group" aria-label={t('study.quiz.options')}>
          {question.options.map((option, optionIndex) => {
            const state = optionState(optionIndex, question.correctIndex, chosen?.optionIndex);
            return (
              <button
                key={option}
                ref={optionIndex === 0 ? firstOptionRef : undefined}
                type="button"
                className={`button study-option ${state}`}
                aria-pressed={chosen?.optionIndex === optionIndex}
                disabled={chosen !== undefined}
                onClick={() => choose(optionIndex)}
              >
                <kbd aria-hidden="true">{optionIndex + 1}</kbd>
                <span lang="en">{option}</span>
              </button>
            );
          })}
        </div>
        {chosen && (
          <p
            className={`study-quiz-feedback ${chosen.optionIndex === question.correctIndex ? 'is-correct' : 'is-wrong'}`}
          >
            {chosen.optionIndex === question.correctIndex
              ? t('study.quiz.correct')
              : t('study.quiz.wrong', { answer: question.options[question.correctIndex] ?? '' })}
          </p>
        )}
        {chosen && (
          <button ref={nextRef} type="button" className="button button-primary" onClick={next}>
            {index + 1 < quiz.questions.length ? t('study.quiz.next') : t('study.quiz.finish')}
          </button>
        )}
      </div>
    </section>
  );
}
