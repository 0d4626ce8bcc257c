import type { versionsEn } from './en';

/** Дереккөздер (17-тапсырма): мақаланың жаңа нұсқасы және карточкаларды оған көшіру. */
export const versionsKk: Record<keyof typeof versionsEn, string> = {
  'versions.import.field': 'Мына мақаланың жаңа нұсқасы',
  'versions.import.none': '— Жоқ —',
  'versions.import.hint':
    'Осы коллекцияда бар мақаланың түзетілген не толықтырылған мәтіні үшін. Бұрынғы нұсқа өзгеріссіз қалады.',
  'versions.reader.newer': 'Кітапханада бұл мақаланың жаңа нұсқасы бар: «{title}»',
  'versions.reader.openNewer': 'Оны ашу',
  'versions.reader.older': '«{title}» мақаласының жаңа нұсқасы',
  'versions.reader.openOlder': 'Бұрынғы нұсқаны ашу',
  'versions.carry.button':
    '{count, plural, one {Карточкаларды бұрынғы нұсқадан көшіру (#)} other {Карточкаларды бұрынғы нұсқадан көшіру (#)}}',
  'versions.carry.title': 'Карточкаларды «{title}» нұсқасына көшіру',
  'versions.carry.intro':
    'Карточка дәйексөзі жаңа нұсқада сөзбе-сөз болса және ол сілтеме жасайтын басқа әр абзац өзгермесе ғана көшіріледі. Қалғандары бұрынғы нұсқада сол күйінде қалады. Бір «Болдырмау» көшірілген карточкалардың бәрін қайтарады.',
  'versions.carry.checking': 'Карточкалар жаңа нұсқамен салыстырылуда…',
  'versions.carry.moves': '{count, plural, one {# карточка көшіріледі} other {# карточка көшіріледі}}',
  'versions.carry.stays':
    '{count, plural, one {# карточка бұрынғы нұсқада қалады} other {# карточка бұрынғы нұсқада қалады}}',
  'versions.carry.willCite': '¶{paragraphs} сілтеме жасайды',
  'versions.carry.reason.quote-differs': 'жаңа нұсқада дәйексөздің сөздері басқа',
  'versions.carry.reason.quote-missing': 'жаңа нұсқада дәйексөзі жоқ',
  'versions.carry.reason.paragraph-missing': 'жаңа нұсқада ¶{paragraph} жоқ',
  'versions.carry.move': '{count, plural, one {# карточканы көшіру} other {# карточканы көшіру}}',
  'versions.carry.nothing': 'Көшірілетін карточка жоқ: әрқайсысы көрсетілген себеппен бұрынғы нұсқада қалады.',
  'versions.carry.moving': 'Карточкалар көшірілуде…',
  'versions.carry.cancel': 'Бас тарту',
  'versions.carry.close': 'Жабу',
  'versions.carry.doneMoved':
    '{count, plural, one {# карточка енді «{title}» мақаласына сілтеме жасайды.} other {# карточка енді «{title}» мақаласына сілтеме жасайды.}}',
  'versions.carry.doneStayed':
    '{count, plural, one {# карточка бұрынғы нұсқада қалады.} other {# карточка бұрынғы нұсқада қалады.}}',
};
