import { modKeys, noDialog, type CommandContext, type CommandDefinition } from './command';

/** The study screen may be open already: these switch its view. */
const studyable = (context: CommandContext) => noDialog(context) || context.overlay === 'study';

export const studyCommand: CommandDefinition = {
  id: 'study',
  label: 'study.command.study',
  keywords: ['review', 'flashcards', 'learn', 'fsrs', 'exam'],
  group: 'View',
  shortcuts: modKeys('Mod+Shift+S'),
  when: studyable,
  perform: ({ effects }) => effects.openStudy('review'),
};

export const quizCommand: CommandDefinition = {
  id: 'study-quiz',
  label: 'study.command.quiz',
  keywords: ['test', 'multiple choice', 'exam'],
  group: 'View',
  when: studyable,
  perform: ({ effects }) => effects.openStudy('quiz'),
};

export const studyStatisticsCommand: CommandDefinition = {
  id: 'study-statistics',
  label: 'study.command.statistics',
  keywords: ['progress', 'retention', 'heatmap'],
  group: 'View',
  when: studyable,
  perform: ({ effects }) => effects.openStudy('statistics'),
};

/** On an open card with highlights that are not study items yet: each becomes a cloze of its phrase. */
export const studyThisCommand: CommandDefinition = {
  id: 'study-this',
  label: 'study.command.studyThis',
  keywords: ['flashcard', 'highlight', 'cloze'],
  group: 'Cards',
  when: (context) => {
    const factId = context.openCardId;
    if (factId === undefined || context.library.readOnly) return false;
    const { highlights, ownStudyItems } = context.library.user;
    const studied = new Set(ownStudyItems.map((item) => item.annotationId));
    return highlights.some((highlight) => highlight.factId === factId && !studied.has(highlight.id));
  },
  perform: ({ effects, openCardId }) => {
    if (openCardId) effects.studyCardHighlights(openCardId);
  },
};

export const studyCommands: readonly CommandDefinition[] = [
  studyCommand,
  quizCommand,
  studyStatisticsCommand,
  studyThisCommand,
];
