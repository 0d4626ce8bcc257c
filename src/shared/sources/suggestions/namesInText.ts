/**
 * Capitalised names: runs of words that begin with a capital letter ("Seoul Cyber University", "Moon Jae-in",
 * "Qasym- Jomart Toqayev"), joined across "of" and "the" ("Republic of Kazakhstan"). A capital at the start of a
 * sentence proves nothing, so a run that opens a sentence loses its first word when that word is a common one
 * ("The", "During", "Both"). Scripts without capitals (Korean) have no names to find this way.
 */
export interface WrittenName {
  start: number;
  end: number;
}

// prettier-ignore
const commonSentenceStarts = new Set([
  'a', 'about', 'after', 'again', 'all', 'also', 'although', 'amid', 'among', 'amongst', 'an', 'and', 'another',
  'any', 'as', 'at', 'because', 'before', 'being', 'both', 'but', 'by', 'despite', 'during', 'each', 'earlier',
  'either', 'even', 'every', 'for', 'from', 'further', 'given', 'having', 'he', 'her', 'here', 'his', 'however',
  'i', 'if', 'in', 'including', 'it', 'its', 'last', 'later', 'many', 'meanwhile', 'more', 'most', 'much', 'my',
  'neither', 'never', 'next', 'no', 'nor', 'not', 'now', 'of', 'on', 'once', 'one', 'only', 'or', 'other', 'our',
  'over', 'said', 'several', 'she', 'since', 'so', 'some', 'still', 'such', 'that', 'the', 'their', 'then', 'there',
  'these', 'they', 'this', 'those', 'though', 'through', 'thus', 'to', 'today', 'too', 'towards', 'under', 'unlike',
  'until', 'upon', 'we', 'what', 'when', 'where', 'whether', 'which', 'while', 'who', 'why', 'with', 'within',
  'without', 'yet', 'you',
]);

/** Lower-case words a name may hold between capitalised ones. */
const connectors = new Set(['of', 'the', 'de', 'du', 'la', 'van', 'von', 'der', 'al', 'bin', 'ibn']);

interface Word {
  start: number;
  end: number;
  text: string;
  capital: boolean;
  /** "Korea’s": the name ends with this word. */
  possessive: boolean;
}

/** Words with inner hyphens and apostrophes ("Jae-in", "O’Neil"), and an initial with its point ("J."). */
const wordPattern = /\p{Lu}\.(?=\s)|[\p{L}\p{M}][\p{L}\p{M}\p{Nd}]*(?:[-'’][\p{L}\p{M}\p{Nd}]+)*-?/gu;

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(wordPattern)) {
    let value = match[0];
    const possessive = /['’]s$/u.test(value);
    if (possessive) value = value.slice(0, -2);
    if (value === '') continue;
    words.push({
      start: match.index,
      end: match.index + value.length,
      text: value,
      capital: /^[\p{Lu}\p{Lt}]/u.test(value),
      possessive,
    });
  }
  return words;
}

/** Whether what lies between two words lets them belong to one name: a space, or the article's "Qasym- Jomart". */
function joined(text: string, left: Word, right: Word): boolean {
  const gap = text.slice(left.end, right.start);
  return gap === ' ' || gap === '\u00a0' || (gap === '' && left.text.endsWith('-'));
}

function opensSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at);
  return at === 0 || /(?:^|[.!?:])["“‘'(]?\s*["“‘'(]?$/u.test(before) || /^["“‘'(\s]*$/u.test(text.slice(0, at));
}

/** The capitalised names in a text, skipping any word `taken` (a currency, a month already suggested). */
export function namesInText(text: string, taken: (start: number, end: number) => boolean = () => false): WrittenName[] {
  const words = wordsOf(text);
  const names: WrittenName[] = [];
  let index = 0;
  while (index < words.length) {
    const first = words[index]!;
    if (!first.capital || taken(first.start, first.end)) {
      index += 1;
      continue;
    }
    const run: Word[] = [first];
    let next = index + 1;
    while (next < words.length && !run.at(-1)!.possessive) {
      const word = words[next]!;
      if (!joined(text, run.at(-1)!, word) || taken(word.start, word.end)) break;
      if (word.capital) {
        run.push(word);
        next += 1;
        continue;
      }
      // "of" or "of the" inside a name, only when a capitalised word follows.
      let look = next;
      while (look < words.length && connectors.has(words[look]!.text) && joined(text, words[look - 1]!, words[look]!)) {
        look += 1;
      }
      const after = words[look];
      if (look === next || !after?.capital || !joined(text, words[look - 1]!, after) || taken(after.start, after.end))
        break;
      run.push(...words.slice(next, look + 1));
      next = look + 1;
    }
    index = next;
    while (
      run.length > 0 &&
      opensSentence(text, run[0]!.start) &&
      commonSentenceStarts.has(run[0]!.text.toLowerCase())
    ) {
      run.shift();
      while (run.length > 0 && !run[0]!.capital) run.shift();
    }
    if (run.length === 0) continue;
    const end = run.at(-1)!.end - (run.at(-1)!.text.endsWith('-') ? 1 : 0);
    names.push({ start: run[0]!.start, end });
  }
  return names;
}
