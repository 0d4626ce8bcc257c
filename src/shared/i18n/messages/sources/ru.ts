import type { sourcesEn } from './en';

/** Источники (задача 17) по-русски. */
export const sourcesRu: Record<keyof typeof sourcesEn, string> = {
  'sources.reader.close': 'Закрыть источник',
  'sources.reader.closeButton': 'Закрыть',
  'sources.reader.backToCard': 'Назад к карточке',
  'sources.reader.kicker': 'Источник',
  'sources.reader.paragraphs': 'Абзацы статьи',
  'sources.reader.paragraphNumber': '¶{number}',
  'sources.reader.paragraphLabel': 'Абзац {number}',
  'sources.reader.citedBy':
    '{count, plural, one {Ссылается # карточка} few {Ссылаются # карточки} many {Ссылаются # карточек} other {Ссылаются # карточки}}',
  'sources.reader.citingCards': 'Карточки, ссылающиеся на абзац {number}',
  'sources.reader.quoteMarked': 'Цитата карточки «{title}» выделена в абзаце {paragraph}.',
  'sources.reader.quoteNotFound':
    'Цитата карточки «{title}» не найдена в этом тексте дословно; на карточке она сохранена в том виде, в каком была сделана.',
  'sources.reader.outlet': 'Издание',
  'sources.reader.author': 'Автор',
  'sources.reader.date': 'Опубликовано',
  'sources.reader.origin': 'Откуда',
  'sources.reader.imported': 'Импортировано',
  'sources.reader.address': 'Адрес',
  'sources.reader.checksum': 'Контрольная сумма',
  'sources.reader.paragraphing': 'Абзацы',
  'sources.reader.suggestions': 'Отметить возможные факты',
  'sources.reader.suggestionsHint':
    'Числа, суммы, даты и имена, найденные приложением. Выберите одно из них, чтобы начать карточку с этим показателем.',
  'sources.reader.suggestionsCount':
    '{count, plural, one {# возможный факт} few {# возможных факта} many {# возможных фактов} other {# возможного факта}}',
  'sources.reader.selectHint': 'Выделите до 25 слов текста, чтобы сделать карточку с этой цитатой.',
  'sources.reader.factsOfThen': 'Статья показана точно в том виде, в каком была опубликована или импортирована.',

  'sources.origin.shipped': 'Поставляется с Summit Briefing',
  'sources.origin.pasted': 'Вставленный текст',
  'sources.origin.txt': 'Текстовый файл {fileName}',
  'sources.origin.md': 'Файл Markdown {fileName}',
  'sources.origin.html': 'Веб-страница {fileName}',
  'sources.origin.pdf': 'Документ PDF {fileName}',

  'sources.rule.lines': 'Каждая строка — абзац',
  'sources.rule.blank-lines': 'Абзацы разделены пустыми строками',
  'sources.rule.markdown': 'Блоки Markdown',

  'sources.suggestion.money': 'Сумма',
  'sources.suggestion.percentage': 'Процент',
  'sources.suggestion.quantity': 'Количество',
  'sources.suggestion.number': 'Число',
  'sources.suggestion.date': 'Дата',
  'sources.suggestion.name': 'Имя',
  'sources.suggestion.use': '{kind}: {text}. Начать карточку с этим',

  'sources.selection.makeCard': 'Сделать карточку',
  'sources.selection.words':
    '{count, plural, one {Выделено # слово} few {Выделено # слова} many {Выделено # слов} other {Выделено # слова}}',
  'sources.selection.tooLong': 'Цитата — не более 25 слов, а в выделении их {count}. Выделите меньше слов.',
  'sources.selection.toolbar': 'Выделенный текст',

  'sources.card.fromSource': 'Из источника',
  'sources.card.saved': 'Карточка сохранена: {title}',
  'sources.card.quoteFrom': 'Цитата из ¶{paragraph} источника «{title}»',
  'sources.card.openParagraph': 'Открыть абзац {paragraph} в источнике',
  'sources.card.creditOutlet': 'Сообщает {outlet}',
  'sources.card.sourceLocked': 'Ссылается на «{title}»: ¶{paragraphs}',
  'sources.card.quoteFromParagraph': 'Цитата из ¶{paragraph} источника',
  'sources.card.paragraphsCited': 'Ссылается на источник: ¶{paragraphs}',
  'sources.card.measuresPlaceholder': 'Что измеряет этот показатель?',

  'sources.list.title': 'Источники',
  'sources.list.description': 'Статьи, из которых взяты ваши карточки. После сохранения источник больше не меняется.',
  'sources.list.paragraphs': '{count, plural, one {# абзац} few {# абзаца} many {# абзацев} other {# абзаца}}',
  'sources.list.cards': '{count, plural, one {# карточка} few {# карточки} many {# карточек} other {# карточки}}',
  'sources.list.open': 'Читать',
  'sources.list.remove': 'Удалить',
  'sources.list.removed': 'Источник удалён. Отмена вернёт его.',
  'sources.list.import': 'Импортировать статью…',
  'sources.list.close': 'Закрыть источники',
  'sources.list.collection': 'Подборка',

  'sources.import.title': 'Импорт статьи',
  'sources.import.intro':
    'Вставьте текст статьи или откройте файл — текстовый, Markdown, веб-страницу или PDF размером до 20 МБ. Веб-страницы читаются без запуска их скриптов и без загрузки чего-либо.',
  'sources.import.pasteLabel': 'Текст статьи',
  'sources.import.read': 'Использовать вставленный текст',
  'sources.import.openFile': 'Открыть файл…',
  'sources.import.reading': 'Статья читается…',
  'sources.import.details': 'Сведения для подтверждения',
  'sources.import.detailsHint': 'Предложены по тексту статьи; исправьте то, что неверно.',
  'sources.import.field.title': 'Заголовок',
  'sources.import.field.outlet': 'Издание',
  'sources.import.field.author': 'Автор',
  'sources.import.field.date': 'Дата публикации',
  'sources.import.field.dateHint': 'ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД',
  'sources.import.field.url': 'Веб-адрес',
  'sources.import.field.urlHint': 'Хранится как ссылка; приложение никогда его не открывает и не загружает.',
  'sources.import.field.collection': 'Подборка',
  'sources.import.rule': 'Как текст делится на абзацы',
  'sources.import.preview': 'Предпросмотр',
  'sources.import.previewCount':
    '{count, plural, one {# абзац} few {# абзаца} many {# абзацев} other {# абзаца}}, символов: {characters, number}',
  'sources.import.previewMore':
    '{count, plural, one {и ещё # абзац} few {и ещё # абзаца} many {и ещё # абзацев} other {и ещё # абзаца}}',
  'sources.import.save': 'Сохранить источник',
  'sources.import.saving': 'Сохранение…',
  'sources.import.cancel': 'Отмена',
  'sources.import.another': 'Выбрать другой текст',
  'sources.import.saved': 'Источник сохранён: {title}',
  'sources.import.close': 'Закрыть импорт',

  'sources.command.group': 'Источники',
  'sources.command.openSource': 'Читать исходную статью',
  'sources.command.list': 'Источники…',
  'sources.command.import': 'Импортировать статью…',
  'sources.command.makeCard': 'Сделать карточку из выделенного текста',
  'sources.command.collections': 'Подборки…',

  'sources.collections.new': 'Новая подборка',
  'sources.collections.name': 'Название новой подборки',
  'sources.collections.create': 'Создать подборку',
  'sources.collections.created': 'Подборка создана: {name}',
  'sources.collections.rename': 'Переименовать',
  'sources.collections.renameLabel': 'Новое название для «{name}»',
  'sources.collections.save': 'Сохранить название',
  'sources.collections.cancel': 'Отмена',
  'sources.collections.remove': 'Удалить подборку',
  'sources.collections.removed': 'Подборка удалена. Отмена вернёт её.',
  'sources.collections.empty': 'В этой подборке пока нет источников.',

  'sources.backup.sourcesAdded':
    '{count, plural, one {добавлен # источник} few {добавлены # источника} many {добавлено # источников} other {добавлено # источника}}',
  'sources.backup.sourcesChanged':
    '{count, plural, one {изменён # источник} few {изменены # источника} many {изменено # источников} other {изменено # источника}}',
  'sources.backup.collectionsAdded':
    '{count, plural, one {добавлена # коллекция} few {добавлены # коллекции} many {добавлено # коллекций} other {добавлено # коллекции}}',
  'sources.backup.collectionsChanged':
    '{count, plural, one {изменена # коллекция} few {изменены # коллекции} many {изменено # коллекций} other {изменено # коллекции}}',
};
