import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { catalogueFor, catalogues, type MessageKey } from './catalogues';
import { languages, negotiateLanguage, type Language } from './languages';
import { en } from './messages/en';
import { formatDay, formatFactDate, formatFigure } from './formats';
import { pseudoMessage } from './pseudo';
import { createTranslator } from './translator';

/** Every argument a message takes, with its kind ("argument", "plural"…), nested ones too. */
function argumentsOf(elements: MessageFormatElement[], found = new Map<string, string>()): Map<string, string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date) {
      found.set(element.value, 'argument');
    }
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      found.set(element.value, element.type === TYPE.plural ? 'plural' : 'select');
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    }
    if (element.type === TYPE.tag) argumentsOf(element.children, found);
  }
  return found;
}

function pluralsOf(elements: MessageFormatElement[]): string[][] {
  const out: string[][] = [];
  for (const element of elements) {
    if (element.type === TYPE.plural) {
      out.push(Object.keys(element.options).sort());
      for (const option of Object.values(element.options)) out.push(...pluralsOf(option.value));
    }
  }
  return out;
}

/** Sample values: numbers for plurals, text for the rest. */
function samples(message: string): Record<string, string | number> {
  return Object.fromEntries(
    [...argumentsOf(parse(message))].map(([name, kind]) => [name, kind === 'plural' ? 3 : `‹${name}›`]),
  );
}

/** The CLDR categories a plural must cover in each language (Intl.PluralRules decides which they are). */
const categories: Record<Language, string[]> = {
  en: ['one', 'other'],
  ko: ['other'],
  ru: ['few', 'many', 'one', 'other'],
  kk: ['one', 'other'],
};

describe('the catalogues', () => {
  const keys = Object.keys(en).sort();

  it.each(languages)('%s has exactly the English keys', (language) => {
    expect(Object.keys(catalogues[language]).sort()).toEqual(keys);
  });

  it.each(languages)('%s: every message parses as ICU, takes the English arguments and formats', (language) => {
    const translator = createTranslator(language, (error) => {
      throw error;
    });
    for (const key of keys as MessageKey[]) {
      const message = catalogues[language][key];
      expect(message.trim(), `${language} ${key} is empty`).not.toBe('');
      const englishArguments = argumentsOf(parse(en[key]));
      expect(argumentsOf(parse(message)), `${language} ${key}`).toEqual(englishArguments);
      const text = translator.t(key, samples(en[key]));
      expect(text, `${language} ${key}`).not.toMatch(/[{}]/);
    }
  });

  it.each(languages)('%s: every plural has the categories CLDR gives the language, and only those', (language) => {
    expect(new Intl.PluralRules(language).resolvedOptions().pluralCategories.slice().sort()).toEqual(
      categories[language],
    );
    for (const key of keys as MessageKey[]) {
      for (const options of pluralsOf(parse(catalogues[language][key]))) {
        expect(options, `${language} ${key}`).toEqual(categories[language]);
      }
    }
  });

  it('says a Russian count with the right form for one, few and many', () => {
    const { t } = createTranslator('ru');
    expect([1, 2, 5, 21, 22, 25].map((count) => t('card.notes', { count }))).toEqual([
      '1 заметка',
      '2 заметки',
      '5 заметок',
      '21 заметка',
      '22 заметки',
      '25 заметок',
    ]);
    expect(t('library.cards.count', { count: 11 })).toBe('11 карточек');
  });

  it('says Korean and Kazakh counts without a plural form, and English with one', () => {
    expect(createTranslator('ko').t('library.cards.count', { count: 5 })).toBe('카드 5장');
    expect(createTranslator('kk').t('card.notes', { count: 5 })).toBe('5 жазба');
    expect(createTranslator('en').t('card.notes', { count: 1 })).toBe('1 note');
    expect(createTranslator('en').t('card.notes', { count: 2 })).toBe('2 notes');
  });

  it('writes paragraph lists with the language’s own conjunction', () => {
    expect(createTranslator('en').intl.formatList(['1', '3', '6'], { type: 'conjunction' })).toBe('1, 3 and 6');
    expect(createTranslator('ru').intl.formatList(['1', '3', '6'], { type: 'conjunction' })).toBe('1, 3 и 6');
  });
});

describe('the pseudo-locale', () => {
  it('accents the text, keeps every placeholder and plural, and is at least 40% longer', () => {
    const message = en['library.cards.matching'];
    const pseudo = pseudoMessage(message);
    expect(argumentsOf(parse(pseudo))).toEqual(argumentsOf(parse(message)));
    expect(pseudo.length).toBeGreaterThanOrEqual(message.length * 1.4);
    const { t } = createTranslator('en-XA');
    const text = t('library.cards.matching', { shown: 2, count: 5, query: 'Abai' });
    expect(text).toContain('Abai');
    expect(text).toMatch(/^⟦/);
    expect(text).not.toMatch(/cards/);
    expect(Object.keys(catalogueFor('en-XA')).sort()).toEqual(Object.keys(en).sort());
  });
});

describe('the first language', () => {
  it('follows the first system language the app speaks, English otherwise', () => {
    expect(negotiateLanguage(['ru-KZ', 'en-US'])).toBe('ru');
    expect(negotiateLanguage(['de-DE', 'kk-KZ'])).toBe('kk');
    expect(negotiateLanguage(['ko_KR'])).toBe('ko');
    expect(negotiateLanguage(['fr-FR'])).toBe('en');
    expect(negotiateLanguage([])).toBe('en');
  });
});

describe('dates and figures', () => {
  it('writes a month and a day the language’s way, Kazakh included where the runtime lacks its month names', () => {
    const month = { iso: '2021-08', label: 'August 2021' };
    expect(formatFactDate(month, 'en')).toBe('August 2021');
    expect(formatFactDate(month, 'ru')).toBe('август 2021 г.');
    expect(formatFactDate(month, 'ko')).toBe('2021년 8월');
    expect(formatFactDate(month, 'kk')).toBe('2021 ж. тамыз');
    expect(formatDay('2026-11-27T10:00:00.000Z', 'en')).toBe('27 November 2026');
    expect(formatDay('2026-11-27T10:00:00.000Z', 'kk')).toMatch(/^2026 ж\. 27 қараша$/);
  });

  it('writes money with the language’s compact forms, the same amount in each', () => {
    const deal = { value: 1.7, unit: 'USD billion', display: 'USD 1.7 billion' };
    expect(formatFigure(deal, 'en')).toBe('USD 1.7 billion');
    expect(formatFigure(deal, 'ru')).toMatch(/^1,7\s?млрд\s?\$$/);
    expect(formatFigure(deal, 'ko')).toBe('US$17억');
    expect(formatFigure({ value: 550, unit: 'enterprises', display: '550+' }, 'ru')).toBe('550+');
  });
});
