/**
 * The languages of the window and the PDF pack. Card content (the facts) stays in the language of
 * its source, English, whatever is chosen here.
 */
export const languages = ['en', 'ko', 'ru', 'kk'] as const;
export type Language = (typeof languages)[number];

/** Each language named in itself, as a language menu lists them. */
export const languageNames: Record<Language, string> = {
  en: 'English',
  ko: '한국어',
  ru: 'Русский',
  kk: 'Қазақша',
};

/**
 * A hidden test locale: English accented and 40% longer, so a screenshot shows any label that
 * is cut off, overlaps or was never put in a catalogue. Never saved, never listed.
 */
export const pseudoLocale = 'en-XA';
export type UiLocale = Language | typeof pseudoLocale;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/**
 * The first of the system's preferred languages the app speaks ("ru-KZ" → ru, "ko-KR" → ko),
 * English when none is. Used only while the user has not chosen one.
 */
export function negotiateLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}
