import { numberWordsIn } from './numberWords';

/** A number as an article writes it: digits in the locale's way, or English words. */
export interface WrittenNumber {
  start: number;
  end: number;
  value: number;
  /** The number as written, digits with their separators ("1,700", "1.7") or words ("two"). */
  written: string;
  inWords: boolean;
  /** "30th", "2nd": an ordinal is a rank, not an amount. */
  ordinal: boolean;
}

/** A scale word after a number: "4 Billion", "1.7 млрд", "40억". */
export interface Scale {
  end: number;
  /** Its English name for a figure's unit, e.g. "billion". */
  name: string;
  multiplier: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Separators {
  group: string;
  decimal: string;
}

function separatorsOf(locale: string): Separators {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
  };
}

const digitPatterns = new Map<string, RegExp>();

/**
 * Digits grouped and pointed the way the locale writes them (en "1,700.5", ru "1 700,5"); a locale that groups with
 * a space also takes a plain or no-break space. Never a digit run inside a word or a longer number.
 */
function digitPattern(locale: string): RegExp {
  const cached = digitPatterns.get(locale);
  if (cached) return cached;
  const { group, decimal } = separatorsOf(locale);
  const groups = /\s/.test(group) ? `[${escape(group)} \\u00a0\\u202f]` : escape(group);
  const pattern = new RegExp(
    `(?<![\\p{Nd}\\p{L}]|\\p{Nd}[.,])(?:\\d{1,3}(?:${groups}\\d{3})+|\\d+)(?:${escape(decimal)}\\d+)?(?![\\p{Nd}]|[.,]\\d)`,
    'gu',
  );
  digitPatterns.set(locale, pattern);
  return pattern;
}

function parseDigits(written: string, separators: Separators): number {
  const plain = written.replace(/[^\d]/g, (character) => (character === separators.decimal ? '.' : ''));
  return Number(plain);
}

export function numbersInText(text: string, locale = 'en'): WrittenNumber[] {
  const separators = separatorsOf(locale);
  const found: WrittenNumber[] = [];
  for (const match of text.matchAll(digitPattern(locale))) {
    const end = match.index + match[0].length;
    const ordinal = /^(?:st|nd|rd|th)(?![\p{L}])/iu.test(text.slice(end, end + 3));
    found.push({
      start: match.index,
      end: ordinal ? end + 2 : end,
      value: parseDigits(match[0], separators),
      written: ordinal ? text.slice(match.index, end + 2) : match[0],
      inWords: false,
      ordinal,
    });
  }
  for (const words of numberWordsIn(text)) {
    found.push({ ...words, written: text.slice(words.start, words.end), inWords: true, ordinal: false });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Scale words, with the English name a figure's unit uses. */
const scales: { pattern: string; name: string; multiplier: number; attached?: boolean }[] = [
  { pattern: 'trillion|trn|tn', name: 'trillion', multiplier: 1e12 },
  { pattern: 'billion|bn', name: 'billion', multiplier: 1e9 },
  { pattern: 'million|mln|mn', name: 'million', multiplier: 1e6 },
  { pattern: 'thousand', name: 'thousand', multiplier: 1e3 },
  { pattern: 'трлн\\.?', name: 'trillion', multiplier: 1e12 },
  { pattern: 'млрд\\.?', name: 'billion', multiplier: 1e9 },
  { pattern: 'млн\\.?', name: 'million', multiplier: 1e6 },
  { pattern: 'тыс\\.?', name: 'thousand', multiplier: 1e3 },
  // Korean counts in myriads, written straight after the digits: 40억 is 4 billion.
  { pattern: '조', name: 'trillion', multiplier: 1e12, attached: true },
  { pattern: '억', name: 'hundred million', multiplier: 1e8, attached: true },
  { pattern: '만', name: 'ten thousand', multiplier: 1e4, attached: true },
];

/** The scale word right after a number (at `at`), if any. `m` and `k` count only after a currency ("$5m"). */
export function scaleAt(text: string, at: number, afterCurrency: boolean): Scale | undefined {
  const rest = text.slice(at, at + 16);
  for (const scale of scales) {
    const space = scale.attached ? '' : '\\s?';
    const match = new RegExp(`^${space}(?:${scale.pattern})(?![\\p{L}])`, 'iu').exec(rest);
    if (match) return { end: at + match[0].length, name: scale.name, multiplier: scale.multiplier };
  }
  if (afterCurrency) {
    const short = /^(?:m|k)(?![\p{L}\p{Nd}])/iu.exec(rest);
    if (short) {
      const million = short[0].toLowerCase() === 'm';
      return { end: at + 1, name: million ? 'million' : 'thousand', multiplier: million ? 1e6 : 1e3 };
    }
  }
  return undefined;
}
