import { normaliseTerm, tokenise } from './searchTerms';

/** Word-start ranges of `text` that match one of the search terms (compared normalised). */
export function matchRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  if (terms.length === 0) return [];
  const wanted = terms.map(normaliseTerm);
  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (const word of tokenise(text)) {
    const start = text.indexOf(word, from);
    if (start < 0) continue;
    from = start + word.length;
    const normalised = normaliseTerm(word);
    if (wanted.some((term) => normalised === term || normalised.startsWith(term)))
      ranges.push([start, start + word.length]);
  }
  return ranges;
}

/** About `radius` characters either side of the first match, on word boundaries, with ellipses. */
export function snippetAround(text: string, terms: readonly string[], radius = 70): string | undefined {
  // Whitespace only ever separates words, so the flattened text has the same matches.
  const flat = text.replace(/\s+/g, ' ');
  const [match] = matchRanges(flat, terms);
  if (!match) return undefined;
  let start = Math.max(0, match[0] - radius);
  let end = Math.min(flat.length, match[1] + radius);
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > match[1] ? flat.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${flat.slice(start, end).trim()}${end < flat.length ? '…' : ''}`;
}
