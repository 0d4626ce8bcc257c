import { useId, useState, type FormEvent } from 'react';
import type { HighlightColor } from '../../../../shared/schema/annotations';
import { colorLabel, defaultHighlightColor, highlightColors } from './highlightColors';
import { useT } from '../../i18n';

function occurrences(haystack: string, needle: string): number[] {
  const starts: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) starts.push(at);
  return starts;
}

/**
 * Where `phrase` is in `body`: exact matches first, then ignoring case (only where lower-casing
 * keeps every offset in place). Prefers an occurrence that is not already highlighted exactly.
 */
export function findPhrase(
  body: string,
  phrase: string,
  taken: ReadonlyArray<{ start: number; end: number }> = [],
): { start: number; end: number } | null {
  const wanted = phrase.trim();
  if (!wanted) return null;
  let starts = occurrences(body, wanted);
  const lowerBody = body.toLowerCase();
  const lowerWanted = wanted.toLowerCase();
  if (starts.length === 0 && lowerBody.length === body.length && lowerWanted.length === wanted.length) {
    starts = occurrences(lowerBody, lowerWanted);
  }
  const ranges = starts.map((start) => ({ start, end: start + wanted.length }));
  const free = ranges.find((range) => !taken.some((used) => used.start === range.start && used.end === range.end));
  return free ?? ranges[0] ?? null;
}

interface PhraseFormProps {
  busy: boolean;
  /** Resolves to a message for the user when the phrase could not be highlighted, or null when it was. */
  onSubmit: (input: { phrase: string; color: HighlightColor; comment: string }) => Promise<string | null>;
  onCancel: () => void;
}

/** The keyboard way to highlight: type or paste a phrase of the card. */
export function PhraseForm({ busy, onSubmit, onCancel }: PhraseFormProps) {
  const t = useT();
  const [phrase, setPhrase] = useState('');
  const [color, setColor] = useState<HighlightColor>(defaultHighlightColor);
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(await onSubmit({ phrase, color, comment }));
  }

  return (
    <form
      className="highlight-phrase-form"
      aria-label={t('highlights.phraseForm')}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Only the form closes: the default prevented, the card's <dialog> gets no cancel.
        event.preventDefault();
        onCancel();
      }}
    >
      <label className="highlight-field">
        <span>{t('highlights.phrase')}</span>
        <input
          type="text"
          value={phrase}
          autoFocus
          aria-describedby={problem ? `${id}-problem` : undefined}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => {
            setPhrase(event.target.value);
            setProblem(null);
          }}
        />
      </label>
      <fieldset className="highlight-colors-fieldset">
        <legend>{t('highlights.colour')}</legend>
        <div className="highlight-colors">
          {highlightColors.map((option) => (
            <label key={option} className="highlight-color-option">
              <input
                type="radio"
                name={`${id}-color`}
                value={option}
                checked={color === option}
                onChange={() => setColor(option)}
              />
              <span className="highlight-swatch" data-highlight-color={option} aria-hidden="true" />
              <span>{colorLabel(option, t)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="highlight-field">
        <span>{t('highlights.comment.optional')}</span>
        <textarea value={comment} rows={2} maxLength={2000} onChange={(event) => setComment(event.target.value)} />
      </label>
      {problem && (
        <p className="highlight-problem" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
      <div className="highlight-form-actions">
        <button type="submit" className="button button-primary" disabled={busy || phrase.trim() === ''}>
          {t('highlights.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('highlights.cancel')}
        </button>
      </div>
    </form>
  );
}
