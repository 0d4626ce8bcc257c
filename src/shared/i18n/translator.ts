import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import type { PrimitiveType } from 'intl-messageformat';
import { catalogueFor, type MessageKey } from './catalogues';
import type { UiLocale } from './languages';

export type MessageValues = Record<string, PrimitiveType>;

export interface Translator {
  locale: UiLocale;
  /** The message of `key` in this locale, English where the catalogue lacks it. */
  t: (key: MessageKey, values?: MessageValues) => string;
  /** Intl's lists, numbers and dates in this locale. */
  intl: Pick<IntlShape, 'formatList' | 'formatNumber' | 'formatDate'>;
}

const cache = createIntlCache();

/**
 * The BCP 47 tag Intl formats with. English is British English, as the cards are written ("1, 3
 * and 6", "27 November 2026"); the pseudo-locale formats as English does.
 */
export function intlLocale(locale: UiLocale): string {
  return locale === 'en' || locale === 'en-XA' ? 'en-GB' : locale;
}

/**
 * A translator for one locale, usable without React: the main process (menu), the print page and
 * shared composition code. ICU messages; plurals from CLDR through Intl.PluralRules.
 */
export function createTranslator(locale: UiLocale, onError: (error: unknown) => void = () => undefined): Translator {
  const intl = createIntl(
    { locale: intlLocale(locale), defaultLocale: 'en', messages: catalogueFor(locale), onError },
    cache,
  );
  return {
    locale,
    intl,
    t: (key, values) => intl.formatMessage({ id: key }, values),
  };
}
