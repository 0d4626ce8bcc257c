import { useCallback, useMemo, useState } from 'react';
import { negotiateLanguage, pseudoLocale, type Language, type UiLocale } from '../../../shared/i18n/languages';
import type { BriefingService } from '../../../shared/service';
import type { LanguageChoice } from './I18nProvider';

/** The layout check's switch: hidden, never saved, read once at start. */
export const pseudoLocaleFlag = 'summit-briefing:pseudo-locale';

function pseudoRequested(): boolean {
  try {
    return window.localStorage.getItem(pseudoLocaleFlag) === 'on';
  } catch {
    return false;
  }
}

/**
 * The user's saved language, else the system's (Electron's preferred languages, or the browser's),
 * else English. A choice applies at once and is saved; a failed save keeps it for this session.
 */
export function useLanguageChoice(
  saved: Language | undefined,
  systemLanguages: readonly string[] | undefined,
  service: Pick<BriefingService, 'updateSettings'>,
): LanguageChoice {
  const [chosen, setChosen] = useState<Language | undefined>(undefined);
  const [pseudo] = useState(pseudoRequested);
  const language = chosen ?? saved ?? negotiateLanguage(systemLanguages ?? navigator.languages ?? []);
  const locale: UiLocale = pseudo ? pseudoLocale : language;
  const choose = useCallback(
    (next: Language) => {
      setChosen(next);
      service.updateSettings({ language: next }).catch(() => undefined);
    },
    [service],
  );
  return useMemo(() => ({ locale, language, choose }), [locale, language, choose]);
}
