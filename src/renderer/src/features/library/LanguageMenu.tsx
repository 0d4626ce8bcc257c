import { languageNames, languages, useLanguage, useT, type Language } from '../../i18n';
import './language.css';

/** The header's language menu: each language named in itself; the window switches at once. */
export function LanguageMenu() {
  const t = useT();
  const { language, choose } = useLanguage();
  return (
    <label className="language-menu">
      <span className="visually-hidden">{t('language.label')}</span>
      <svg className="language-icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="9" />
        <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z" />
      </svg>
      <select
        className="language-select"
        value={language}
        title={t('language.label')}
        onChange={(event) => choose(event.target.value as Language)}
      >
        {languages.map((code) => (
          <option key={code} value={code} lang={code}>
            {languageNames[code]}
          </option>
        ))}
      </select>
      <svg className="language-chevron" viewBox="0 0 12 12" width="10" height="10" aria-hidden="true" focusable="false">
        <path d="M2.5 4.5L6 8l3.5-3.5" />
      </svg>
    </label>
  );
}
