/**
 * English number words ("two", "twenty-four", "one hundred and five") and their values. Intl formats numbers but
 * does not spell or read them, so this small table is the app's own; other languages' articles write figures in
 * digits, which numbersInText.ts reads in any locale.
 */
// prettier-ignore
const units: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
// prettier-ignore
const multipliers: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};

const wordPattern = [...Object.keys(units), ...Object.keys(multipliers)].sort((a, b) => b.length - a.length).join('|');
/** A run of number words joined by spaces, hyphens or "and", standing as whole words. */
const runPattern = new RegExp(
  `(?<![\\p{L}\\p{Nd}])(?:${wordPattern})(?:(?:[ -]|\\s+and\\s+)(?:${wordPattern}))*(?![\\p{L}\\p{Nd}])`,
  'giu',
);

/** After these, "one" is a pronoun ("no one", "each one"), not a count. */
const pronounBefore = /(?:^|[^\p{L}])(?:no|any|every|some|each|that|this|which|the|someone|anyone)\s+$/iu;

export interface NumberWords {
  start: number;
  end: number;
  value: number;
}

/** The value of a run of number words, or null for one that is not a number ("hundred two"). */
export function numberWordsValue(run: string): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of run.toLowerCase().split(/[\s-]+/)) {
    if (word === 'and') continue;
    const unit = units[word];
    const multiplier = multipliers[word];
    if (unit !== undefined) {
      // "twenty four" is 24; "four twenty" is two numbers, refused rather than guessed.
      if (current % 100 !== 0 && (unit >= 10 || current % 10 !== 0)) return null;
      current += unit;
    } else if (multiplier !== undefined) {
      if (!seen) return null;
      if (multiplier === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * multiplier;
        current = 0;
      }
    }
    seen = true;
  }
  return seen ? total + current : null;
}

export function numberWordsIn(text: string): NumberWords[] {
  const found: NumberWords[] = [];
  for (const match of text.matchAll(runPattern)) {
    const value = numberWordsValue(match[0]);
    if (value === null) continue;
    if (/^one$/i.test(match[0]) && pronounBefore.test(text.slice(Math.max(0, match.index - 20), match.index))) continue;
    found.push({ start: match.index, end: match.index + match[0].length, value });
  }
  return found;
}
