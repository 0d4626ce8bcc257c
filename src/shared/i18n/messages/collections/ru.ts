import type { collectionsEn } from './en';

/** Коллекции (задача 17) по-русски. */
export const collectionsRu: Record<keyof typeof collectionsEn, string> = {
  'cardForm.collection': 'Коллекция',
  'cardForm.collection.fromSource': 'В коллекции «{name}», где её источник.',
  'collections.scope.label': 'Коллекция',
  'collections.scope.all': 'Все коллекции',
  'collections.scope.limited': 'Показана только коллекция «{name}».',
  'collections.scope.showAll': 'Показать все коллекции',
  'collections.scope.allDescription': 'Все карточки коллекции «{name}», по темам.',
  'collections.scope.topicDescription': 'Карточки коллекции «{name}» в теме «{topic}».',
  'collections.scope.nowOne': 'Показана только коллекция «{name}».',
  'collections.scope.nowAll': 'Показаны все коллекции.',
  'collections.export.scoped':
    'Предлагаются и попадают в подборку только карточки из «{name}»: приложение ограничено этой коллекцией.',
  'collections.study.scoped': 'Изучаются только карточки из «{name}».',
};
