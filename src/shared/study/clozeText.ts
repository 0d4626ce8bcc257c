/**
 * The text side of study items: cutting a card's text into sentences, finding a phrase in one as whole words, and
 * blanking it. Everything here works on the card's own characters, so an answer is always a slice of the card and
 * a prompt is always the card's sentence with holes in it.
 */

export interface Sentence {
  text: string;
  /** UTF-16 offset of `text` in the string it was cut from. */
  start: number;
}

// Intl.Segmenter knows that "1.7" and "U.S." do not end sentences; it ships with Node and Chromium alike.
const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The sentences of `text`, trimmed, with their offsets; empty ones dropped. */
export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const { segment, index } of sentenceSegmenter.segment(text)) {
    const leading = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (trimmed) sentences.push({ text: trimmed, start: index + leading });
  }
  return sentences;
}

export interface PhraseMatch {
  start: number;
  end: number;
  /** The characters matched, as the text writes them (case and spacing kept). */
  text: string;
}

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const wordChar = /[\p{L}\p{N}]/u;

/**
 * A pattern for `phrase` as whole words: "Moon" does not match inside "Moonlight", "550" not inside "1,550" or
 * "550.5", "USD 4 billion" not inside "USD 4 billions". Case is ignored and any run of spaces matches any other, so
 * "Fresh  Wind" finds "fresh wind"; the match itself keeps the text's own spelling.
 */
export function wholePhrasePattern(phrase: string): RegExp {
  const trimmed = phrase.trim();
  const body = trimmed.split(/\s+/).map(escapeForRegExp).join('\\s+');
  const first = trimmed.charAt(0);
  const last = trimmed.charAt(trimmed.length - 1);
  const before = wordChar.test(first) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = wordChar.test(last) ? '(?![\\p{L}\\p{N}])' : '';
  // A number is part of a bigger one when a decimal point or thousands separator joins them.
  const numberBefore = /\p{N}/u.test(first) ? '(?<!\\p{N}[.,])' : '';
  const numberAfter = /\p{N}/u.test(last) ? '(?![.,]\\p{N})' : '';
  return new RegExp(`${before}${numberBefore}${body}${after}${numberAfter}`, 'giu');
}

/** Every whole-word occurrence of `phrase` in `text`. */
export function findPhrase(text: string, phrase: string): PhraseMatch[] {
  if (!phrase.trim()) return [];
  return [...text.matchAll(wholePhrasePattern(phrase))].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
  }));
}

/** Lower case with every run of whitespace as one space: how "contains" is judged between prompt and answer. */
export function foldForComparison(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** True when `text` contains `phrase` anywhere, even inside a word: the strict test a prompt must pass. */
export function containsLoosely(text: string, phrase: string): boolean {
  const needle = foldForComparison(phrase);
  return needle.length > 0 && foldForComparison(text).includes(needle);
}

/** Fewer words than this left around the blank make a prompt that asks nothing ("▢."). */
export const minimumContextWords = 3;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => wordChar.test(word)).length;
}

export interface Cloze {
  parts: string[];
  /** The first occurrence as the sentence writes it: a slice of the card, so verbatim by construction. */
  answer: string;
}

/**
 * Blanks every whole-word occurrence of `phrase` in `sentence`. Returns null when the phrase is not there, when too
 * little of the sentence is left to ask anything, or when the answer would still show through (inside a longer
 * word, say), so no prompt ever contains its answer.
 */
export function clozeOf(sentence: string, phrase: string): Cloze | null {
  return clozeAt(sentence, findPhrase(sentence, phrase));
}

/**
 * Blanks the given ranges of `sentence` (sorted, not overlapping) and every other occurrence of the first range's
 * text. The same refusals as {@link clozeOf}.
 */
export function clozeAt(sentence: string, ranges: readonly { start: number; end: number }[]): Cloze | null {
  const first = ranges[0];
  if (!first) return null;
  const answer = sentence.slice(first.start, first.end);
  const blanks: { start: number; end: number }[] = [];
  for (const range of [...ranges, ...findPhrase(sentence, answer)].sort((a, b) => a.start - b.start)) {
    const previous = blanks.at(-1);
    if (!previous || range.start >= previous.end) blanks.push(range);
  }
  const parts: string[] = [];
  let cursor = 0;
  for (const range of blanks) {
    parts.push(sentence.slice(cursor, range.start));
    cursor = range.end;
  }
  parts.push(sentence.slice(cursor));
  if (parts.length > 11) return null;
  const context = parts.join(' ');
  if (wordCount(context) < minimumContextWords) return null;
  if (containsLoosely(context, answer)) return null;
  return { parts, answer };
}
