import { useT } from '../../i18n';

/** Said once above the cards when the window is not in English: the facts keep their source's language. */
export function FactsLanguageNote() {
  const t = useT();
  return <p className="facts-language-note">{t('library.factsLanguage')}</p>;
}
