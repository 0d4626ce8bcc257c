// The words of a text as the search sees them: shared by the index (in the worker) and by the
// window, which marks matches in what it shows without loading the index.

/** Lower-cases and strips accents, so "Tokáyev" finds "Tokayev"; Hangul and Cyrillic pass through. */
export function normaliseTerm(term: string): string {
  return term
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Splits on anything that is not a letter or digit, keeping decimals such as 1.7 whole. */
export function tokenise(text: string): string[] {
  return text.split(/(?:[^\p{L}\p{N}.]|\.(?!\p{N}))+/u).filter(Boolean);
}
