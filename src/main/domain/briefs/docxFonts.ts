/**
 * Fonts for a brief in Word. Word cannot use the app's self-hosted web fonts, so the document
 * names fonts the reader's machine has: Arial for Latin and Cyrillic (on every Windows and macOS,
 * the UK government's standard for briefs; Liberation Sans stands in on Linux), and Malgun Gothic
 * for Hangul (Windows' Korean font since Vista, shipped with Office for Mac). The font table says
 * what each is, with Noto Sans KR as Malgun Gothic's alternative, so a reader without it (LibreOffice
 * on Linux) falls back to a Korean font rather than to boxes.
 */
export const briefFonts = {
  latin: 'Arial',
  korean: 'Malgun Gothic',
  koreanAlternative: 'Noto Sans KR',
  code: 'Consolas',
} as const;

export const runFonts = {
  ascii: briefFonts.latin,
  hAnsi: briefFonts.latin,
  cs: briefFonts.latin,
  eastAsia: briefFonts.korean,
};

/** Word classes Hangul by the run's East Asian language, so Korean text uses the Korean font. */
export const runLanguage = { value: 'en-GB', eastAsia: 'ko-KR' };

const namespaces =
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** `word/fontTable.xml`: docx writes it empty, which leaves a missing font's substitute to chance. */
export function fontTableXml(): string {
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    `<w:fonts ${namespaces}>`,
    `<w:font w:name="${briefFonts.latin}"><w:altName w:val="Liberation Sans"/><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>`,
    `<w:font w:name="${briefFonts.korean}"><w:altName w:val="${briefFonts.koreanAlternative}"/><w:panose1 w:val="020B0503020000020004"/><w:charset w:val="81"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>`,
    `<w:font w:name="${briefFonts.code}"><w:altName w:val="Liberation Mono"/><w:panose1 w:val="020B0609020204030204"/><w:charset w:val="00"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>`,
    '</w:fonts>',
  ].join('');
}
