import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { catalogueFor } from '../../../shared/i18n/catalogues';
import { intlLocale } from '../../../shared/i18n/translator';
import type { Language, UiLocale } from '../../../shared/i18n/languages';

export interface LanguageChoice {
  /** What the window is shown in (the pseudo-locale only in a layout check). */
  locale: UiLocale;
  /** The language of the catalogue in use, for choices such as the pack's language. */
  language: Language;
  choose: (language: Language) => void;
}

export const LanguageContext = createContext<LanguageChoice | undefined>(undefined);

function reportMissing(error: unknown): void {
  // A missing message falls back to English; in development say so, a user never sees it.
  if (import.meta.env.DEV) console.warn('[i18n]', error);
}

/** The window's language: messages, Intl formats and `lang` on the document all follow it. */
export function I18nProvider({ choice, children }: { choice: LanguageChoice; children: ReactNode }) {
  const messages = useMemo(() => catalogueFor(choice.locale), [choice.locale]);
  useEffect(() => {
    document.documentElement.lang = choice.locale;
  }, [choice.locale]);
  return (
    <LanguageContext.Provider value={choice}>
      <IntlProvider locale={intlLocale(choice.locale)} defaultLocale="en" messages={messages} onError={reportMissing}>
        {children}
      </IntlProvider>
    </LanguageContext.Provider>
  );
}

// A part rendered on its own (a component test) is in English and cannot switch.
const englishOnly: LanguageChoice = { locale: 'en', language: 'en', choose: () => undefined };

export function useLanguage(): LanguageChoice {
  return useContext(LanguageContext) ?? englishOnly;
}
