import { languageNames, languages } from '../../../shared/i18n/languages';
import type { CommandDefinition } from './command';

/** "Language: 한국어": one command per language, each named in itself so anyone can find their own. */
export const languageCommands: CommandDefinition[] = languages.map((language) => ({
  id: `language-${language}`,
  label: (t) => t('command.language', { name: languageNames[language] }),
  keywords: ['language', 'locale', 'translation', language],
  group: 'Language',
  checked: (context) => context.language === language,
  when: (context) => context.language !== language,
  perform: ({ effects }) => effects.setLanguage(language),
}));
