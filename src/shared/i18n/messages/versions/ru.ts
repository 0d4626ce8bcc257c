import type { versionsEn } from './en';

/** Источники (задача 17): новая версия статьи и перенос карточек на неё. */
export const versionsRu: Record<keyof typeof versionsEn, string> = {
  'versions.import.field': 'Новая версия статьи',
  'versions.import.none': '— Нет —',
  'versions.import.hint':
    'Для исправленного или дополненного текста статьи, которая уже есть в этой коллекции. Прежняя версия остаётся как есть.',
  'versions.reader.newer': 'В библиотеке есть более новая версия этой статьи: «{title}»',
  'versions.reader.openNewer': 'Открыть её',
  'versions.reader.older': 'Новая версия статьи «{title}»',
  'versions.reader.openOlder': 'Открыть прежнюю версию',
  'versions.carry.button':
    '{count, plural, one {Перенести карточки с прежней версии (#)} few {Перенести карточки с прежней версии (#)} many {Перенести карточки с прежней версии (#)} other {Перенести карточки с прежней версии (#)}}',
  'versions.carry.title': 'Перенести карточки на «{title}»',
  'versions.carry.intro':
    'Карточка переносится, только если её цитата есть в новой версии слово в слово, а каждый другой абзац, на который она ссылается, не изменился. Остальные остаются на прежней версии как есть. Одна отмена возвращает все перенесённые карточки.',
  'versions.carry.checking': 'Карточки сверяются с новой версией…',
  'versions.carry.moves':
    '{count, plural, one {# карточка переносится} few {# карточки переносятся} many {# карточек переносятся} other {# карточки переносятся}}',
  'versions.carry.stays':
    '{count, plural, one {# карточка остаётся на прежней версии} few {# карточки остаются на прежней версии} many {# карточек остаются на прежней версии} other {# карточки остаются на прежней версии}}',
  'versions.carry.willCite': 'будет ссылаться на ¶{paragraphs}',
  'versions.carry.reason.quote-differs': 'слова её цитаты в новой версии другие',
  'versions.carry.reason.quote-missing': 'её цитаты нет в новой версии',
  'versions.carry.reason.paragraph-missing': '¶{paragraph} нет в новой версии',
  'versions.carry.move':
    '{count, plural, one {Перенести # карточку} few {Перенести # карточки} many {Перенести # карточек} other {Перенести # карточки}}',
  'versions.carry.nothing':
    'Перенести нельзя ни одной карточки: каждая остаётся на прежней версии по указанной причине.',
  'versions.carry.moving': 'Карточки переносятся…',
  'versions.carry.cancel': 'Отмена',
  'versions.carry.close': 'Закрыть',
  'versions.carry.doneMoved':
    '{count, plural, one {# карточка теперь ссылается на «{title}».} few {# карточки теперь ссылаются на «{title}».} many {# карточек теперь ссылаются на «{title}».} other {# карточки теперь ссылаются на «{title}».}}',
  'versions.carry.doneStayed':
    '{count, plural, one {# остаётся на прежней версии.} few {# остаются на прежней версии.} many {# остаются на прежней версии.} other {# остаются на прежней версии.}}',
};
