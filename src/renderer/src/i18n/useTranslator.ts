import { useContext, useMemo } from 'react';
import { IntlContext } from 'react-intl';
import { createTranslator, type Translator } from '../../../shared/i18n/translator';
import { LanguageContext } from './I18nProvider';

const english = createTranslator('en');

/** The window's translator for shared helpers (citations, dates, figures); English outside a provider. */
export function useTranslator(): Translator {
  const intl = useContext(IntlContext);
  const choice = useContext(LanguageContext);
  return useMemo(
    () =>
      intl && choice
        ? { locale: choice.locale, intl, t: (key, values) => intl.formatMessage({ id: key }, values) }
        : english,
    [intl, choice],
  );
}
