import type { studyEn } from './en';

/** Режим изучения (issue 16). */
export const studyRu: Record<keyof typeof studyEn, string> = {
  'study.command.study': 'Изучение',
  'study.command.quiz': 'Викторина',
  'study.command.statistics': 'Статистика изучения',
  'study.command.studyThis': 'Изучать выделения этой карточки',

  'study.title': 'Изучение',
  'study.close': 'Закрыть изучение',
  'study.tabs': 'Разделы изучения',
  'study.tab.review': 'Повторение',
  'study.tab.quiz': 'Викторина',
  'study.tab.statistics': 'Статистика',
  'study.loading': 'Готовим занятие…',
  'study.undo': 'Отменить ответ',
  'study.undo.title': 'Отменить последний ответ (Ctrl+Z)',
  'study.status.undone': 'Ответ отменён: элемент в прежнем состоянии.',
  'study.status.rated': 'Ответ: {rating}. Следующий показ: через {when}.',

  'study.counts.label': 'К изучению сейчас',
  'study.counts.new': '{count, plural, one {# новый} few {# новых} many {# новых} other {# новых}}',
  'study.counts.learning':
    '{count, plural, one {# на изучении} few {# на изучении} many {# на изучении} other {# на изучении}}',
  'study.counts.review':
    '{count, plural, one {# к повторению} few {# к повторению} many {# к повторению} other {# к повторению}}',
  'study.counts.summary':
    '{total, plural, one {# элемент} few {# элемента} many {# элементов} other {# элемента}} · всего {reviews, plural, one {# ответ} few {# ответа} many {# ответов} other {# ответа}}',

  'study.prompt.cloze': 'Заполните пропуск',
  'study.prompt.figure': 'Какая цифра: {measures}?',
  'study.prompt.figureQualified': 'Какая цифра: {measures} ({qualifier})?',
  'study.prompt.role': 'Кто был {role}?',
  'study.prompt.roleCountry': 'Кто был {role} ({country})?',
  'study.prompt.cardDate': 'Когда? {cardTitle}',
  'study.prompt.basic': 'Ваш вопрос',
  'study.blank': 'пропуск',
  'study.reason.new': 'Новый',
  'study.reason.learning': 'Шаг изучения',
  'study.reason.learning-ahead': 'Шаг изучения, чуть раньше срока',
  'study.reason.review': 'Повторение',
  'study.reason.ready-by': 'До вашей целевой даты',
  'study.kind.figure': 'Цифра',
  'study.kind.person': 'Человек',
  'study.kind.organisation': 'Организация',
  'study.kind.programme': 'Программа',
  'study.kind.date': 'Дата',
  'study.kind.highlight': 'Ваше выделение',
  'study.kind.note': 'Ваша заметка',

  'study.reveal': 'Показать ответ',
  'study.reveal.key': 'Пробел',
  'study.answer': 'Ответ',
  'study.fromCard': 'Из карточки',
  'study.openCard': 'Открыть карточку',
  'study.paragraph': '¶{paragraph} · {source}',
  'study.ownCardSource': 'Ваша собственная карточка',
  'study.ratings': 'Насколько хорошо вы вспомнили?',
  'study.rating.again': 'Снова',
  'study.rating.hard': 'Трудно',
  'study.rating.good': 'Хорошо',
  'study.rating.easy': 'Легко',
  'study.rating.button': '{rating}, следующий показ через {interval} (клавиша {key})',
  'study.suspend': 'Приостановить этот элемент',

  'study.interval.minutes': '{count, plural, one {# мин} few {# мин} many {# мин} other {# мин}}',
  'study.interval.hours': '{count, plural, one {# ч} few {# ч} many {# ч} other {# ч}}',
  'study.interval.days': '{count, plural, one {# день} few {# дня} many {# дней} other {# дня}}',
  'study.interval.months': '{count, plural, one {# мес.} few {# мес.} many {# мес.} other {# мес.}}',
  'study.interval.years': '{count, plural, one {# год} few {# года} many {# лет} other {# года}}',

  'study.done.title': 'Пока всё',
  'study.done.body': 'Все элементы на сегодня пройдены. Новые ждут завтрашнего лимита.',
  'study.done.comeBack': 'Шаг изучения наступит в {time}; этот экран покажет его сам.',
  'study.empty.title': 'Нечего изучать',
  'study.empty.body': 'Элементы создаются из фактов карточек и из ваших выделений («Изучать»).',

  'study.readyBy.title': 'Быть готовым к',
  'study.readyBy.label': 'Дата, к которой нужно быть готовым',
  'study.readyBy.set': 'Задать дату',
  'study.readyBy.clear': 'Убрать дату',
  'study.readyBy.none': 'Задайте дату (экзамен, встреча), и занятия отдадут предпочтение тому, что вы к ней забудете.',
  'study.readyBy.meter': 'Прогноз: вспомните к {date}',
  'study.readyBy.detail':
    'Изучено: {studied, plural, one {# элемент} few {# элемента} many {# элементов} other {# элемента}}, ещё не показано: {notStudied, plural, one {# элемент} few {# элемента} many {# элементов} other {# элемента}}; {days, plural, one {остался # день} few {осталось # дня} many {осталось # дней} other {осталось # дня}}.',
  'study.readyBy.perDay':
    'Чтобы успеть увидеть всё: {count, plural, one {# новый элемент в день} few {# новых элемента в день} many {# новых элементов в день} other {# новых элемента в день}}.',

  'study.settings.title': 'Настройки',
  'study.settings.retention': 'Желаемое запоминание',
  'study.settings.retention.hint':
    'Доля элементов, которую вы хотите вспоминать к сроку повторения. Чем выше, тем больше повторений.',
  'study.settings.newPerDay': 'Новых элементов в день',
  'study.settings.save': 'Сохранить настройки',
  'study.settings.saved': 'Настройки изучения сохранены.',

  'study.suspended.title': 'Приостановленные элементы',
  'study.suspended.none': 'Приостановленных элементов нет.',
  'study.suspended.leech':
    'Трудный элемент: {count, plural, one {# провал} few {# провала} many {# провалов} other {# провала}}',
  'study.suspended.user': 'Приостановлен вами',
  'study.unsuspend': 'Вернуть',
  'study.status.suspended': 'Элемент приостановлен: он не появится в занятиях, пока вы его не вернёте.',
  'study.status.unsuspended': 'Элемент снова в ваших занятиях.',

  'study.quiz.title': 'Викторина',
  'study.quiz.intro':
    'Раунд вопросов с выбором ответа на время по фактам карточек. Неверные варианты — другие факты того же рода.',
  'study.quiz.count': 'Вопросов',
  'study.quiz.start': 'Начать викторину',
  'study.quiz.progress': 'Вопрос {index} из {total}',
  'study.quiz.timeLeft':
    '{seconds, plural, one {осталась # секунда} few {осталось # секунды} many {осталось # секунд} other {осталось # секунды}}',
  'study.quiz.options': 'Варианты',
  'study.quiz.option': '{key}. {option}',
  'study.quiz.correct': 'Верно.',
  'study.quiz.wrong': 'Не совсем: правильный ответ — {answer}.',
  'study.quiz.next': 'Следующий вопрос',
  'study.quiz.finish': 'Посмотреть результаты',
  'study.quiz.timeUp': 'Время вышло.',
  'study.quiz.result': 'Верно {correct} из {total}',
  'study.quiz.resultDetail':
    'неверно: {wrong, plural, one {#} few {#} many {#} other {#}}, без ответа: {unanswered, plural, one {#} few {#} many {#} other {#}}',
  'study.quiz.toReview': 'Повторить',
  'study.quiz.allRight': 'Повторять нечего: все ответы верны.',
  'study.quiz.yourAnswer': 'Вы выбрали {chosen}',
  'study.quiz.noAnswer': 'Нет ответа вовремя',
  'study.quiz.again': 'Ещё раунд',

  'study.stats.title': 'Статистика',
  'study.stats.dueToday': 'На сегодня',
  'study.stats.reviewedToday': 'Повторено сегодня',
  'study.stats.reviewsTotal': 'Всего ответов',
  'study.stats.itemsStudied': 'Изучено элементов',
  'study.stats.ofItems': 'из {count}',
  'study.stats.retention': 'Запоминание, 30 дней',
  'study.stats.retentionAll': 'Запоминание, за всё время',
  'study.stats.noRetention': 'Повторений пока нет',
  'study.stats.heatmap': 'Повторения по дням, последние 26 недель',
  'study.stats.heatmapDay':
    '{day}: {count, plural, one {# повторение} few {# повторения} many {# повторений} other {# повторения}}',
  'study.stats.hardest': 'Самые трудные элементы',
  'study.stats.noHardest': 'Пока ни один элемент не вызвал трудностей.',
  'study.stats.hardDetail':
    '{lapses, plural, one {# провал} few {# провала} many {# провалов} other {# провала}} · {reviews, plural, one {# ответ} few {# ответа} many {# ответов} other {# ответа}}',
  'study.stats.leeches': 'Трудные элементы',

  'study.this': 'Изучать',
  'study.this.made': 'Добавлено в ваши элементы для изучения.',
  'study.this.already': 'Уже в ваших элементах',
  'study.this.madeCount':
    '{count, plural, one {# выделение добавлено} few {# выделения добавлены} many {# выделений добавлено} other {# выделения добавлены}} в ваши элементы для изучения.',
  'study.this.noneMade': 'Ни одно выделение этой карточки не добавлено в элементы для изучения.',

  'study.import.logAdded':
    '{count, plural, one {добавлен # ответ изучения} few {добавлены # ответа изучения} many {добавлено # ответов изучения} other {добавлено # ответа изучения}}',
  'study.import.itemsAdded':
    '{count, plural, one {добавлен # ваш элемент изучения} few {добавлены # ваших элемента изучения} many {добавлено # ваших элементов изучения} other {добавлено # вашего элемента изучения}}',
  'study.import.itemsChanged':
    '{count, plural, one {изменён # ваш элемент изучения} few {изменены # ваших элемента изучения} many {изменено # ваших элементов изучения} other {изменено # вашего элемента изучения}}',
};
