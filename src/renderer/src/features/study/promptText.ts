import { blankMark, type StudyPrompt } from '../../../../shared/study/studyItemSchemas';
import type { Translate } from '../../i18n/useT';

/** The question above a prompt: "Fill the blank", "Who was {role}?"; a cloze's sentence is shown below it. */
export function promptQuestion(prompt: StudyPrompt, t: Translate): string {
  switch (prompt.type) {
    case 'cloze':
      return t('study.prompt.cloze');
    case 'figure':
      return prompt.qualifier
        ? t('study.prompt.figureQualified', { measures: prompt.measures, qualifier: prompt.qualifier })
        : t('study.prompt.figure', { measures: prompt.measures });
    case 'role':
      return prompt.country
        ? t('study.prompt.roleCountry', { role: prompt.role, country: prompt.country })
        : t('study.prompt.role', { role: prompt.role });
    case 'card-date':
      return t('study.prompt.cardDate', { cardTitle: prompt.cardTitle });
    case 'basic':
      return prompt.front;
  }
}

/** One line that tells items apart in a list: a cloze's sentence with its blanks, otherwise the question. */
export function promptSummary(prompt: StudyPrompt, t: Translate): string {
  if (prompt.type !== 'cloze') return promptQuestion(prompt, t);
  const sentence = prompt.parts.join(blankMark).trim();
  return sentence.length > 110 ? `${sentence.slice(0, 107)}…` : sentence;
}
