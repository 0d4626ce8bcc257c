export { I18nProvider, useLanguage, type LanguageChoice } from './I18nProvider';
export { useLanguageChoice, pseudoLocaleFlag } from './useLanguageChoice';
export { useT, type Translate } from './useT';
export { useTranslator } from './useTranslator';
export { languages, languageNames, type Language } from '../../../shared/i18n/languages';
export { useErrorText } from './useErrorText';
export { errorText, localReason } from './errorText';
