import { Fragment } from 'react';
import type { StudyPrompt } from '../../../../shared/study/studyItemSchemas';
import { useT } from '../../i18n';
import { promptQuestion } from './promptText';

interface PromptViewProps {
  prompt: StudyPrompt;
  /** Shown in the blanks once the answer is revealed. */
  answer?: string;
  headingId?: string;
}

/**
 * An item's prompt: the question, and for a cloze its sentence with each blank drawn as a box (read out as
 * "blank"), filled with the answer once revealed. Card text is English, whatever the window's language.
 */
export function PromptView({ prompt, answer, headingId }: PromptViewProps) {
  const t = useT();
  return (
    <div className="study-prompt">
      <p className="study-question" id={headingId}>
        {promptQuestion(prompt, t)}
      </p>
      {prompt.type === 'cloze' && (
        <p className="study-cloze" lang="en">
          {prompt.parts.map((part, index) => (
            <Fragment key={index}>
              {index > 0 &&
                (answer ? (
                  <mark className="study-filled">{answer}</mark>
                ) : (
                  <span className="study-blank" role="img" aria-label={t('study.blank')} />
                ))}
              {part}
            </Fragment>
          ))}
        </p>
      )}
    </div>
  );
}
