import type { collectionsEn } from './en';

/** Жинақтар (17-тапсырма) қазақша. */
export const collectionsKk: Record<keyof typeof collectionsEn, string> = {
  'cardForm.collection': 'Жинақ',
  'cardForm.collection.fromSource': 'Дереккөзі тұрған «{name}» жинағында.',
  'collections.scope.label': 'Жинақ',
  'collections.scope.all': 'Барлық жинақтар',
  'collections.scope.limited': 'Тек «{name}» жинағы көрсетілген.',
  'collections.scope.showAll': 'Барлық жинақтарды көрсету',
  'collections.scope.allDescription': '«{name}» жинағының барлық карточкалары, тақырып бойынша.',
  'collections.scope.topicDescription': '«{name}» жинағының «{topic}» тақырыбындағы карточкалары.',
  'collections.scope.nowOne': 'Тек «{name}» жинағы көрсетілуде.',
  'collections.scope.nowAll': 'Барлық жинақтар көрсетілуде.',
  'collections.export.scoped':
    'Тек «{name}» жинағының карточкалары ұсынылады және жинаққа кіреді: қолданба осы жинақпен шектелген.',
  'collections.study.scoped': 'Тек «{name}» карточкалары оқылуда.',
};
