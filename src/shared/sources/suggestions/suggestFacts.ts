import { z } from 'zod';
import { currencyCode, currencyOfWord, currencySymbols, currencyWordPattern, symbolPattern } from './currencies';
import { datesInText, isYear } from './datesInText';
import { namesInText } from './namesInText';
import { numbersInText, scaleAt, type Scale, type WrittenNumber } from './numbersInText';

/**
 * Candidate facts in a paragraph, found offline: money, percentages, counts of things, bare numbers, dates and
 * capitalised names. Nothing here decides what is a fact: the reader marks the candidates and the user turns one
 * into a figure with a click. Kinds are keys for the UI's translated labels.
 */
export const suggestionKinds = ['money', 'percentage', 'quantity', 'number', 'date', 'name'] as const;
export type SuggestionKind = (typeof suggestionKinds)[number];

/** A figure as far as the text gives it; the user adds what it measures. Fits the card schema's figure. */
export const figureDraftSchema = z
  .object({
    value: z.number().finite(),
    unit: z.string().min(1).max(60).optional(),
    display: z.string().min(1).max(60),
    qualifier: z.string().min(1).max(60).optional(),
  })
  .strict();

export const factSuggestionSchema = z
  .object({
    kind: z.enum(suggestionKinds),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    text: z.string().min(1),
    figure: figureDraftSchema.optional(),
    date: z
      .object({ iso: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/) })
      .strict()
      .optional(),
  })
  .strict();

export type FigureDraft = z.infer<typeof figureDraftSchema>;
export type FactSuggestion = z.infer<typeof factSuggestionSchema>;

export interface SuggestOptions {
  /** How the text writes numbers (grouping and decimal marks): "en" reads 1,700.5, "ru" reads 1 700,5. */
  locale?: string;
}

// Hedges a source puts on a number; kept with the figure, as the card schema's `qualifier`.
const qualifierBefore =
  /(?:^|[^\p{L}])(more than|over|about|around|nearly|almost|up to|at least|less than|fewer than|approximately|roughly|close to|some|an estimated|estimated)\s+$/iu;
// Words that end the noun a count counts: "22 government officials, businessmen" counts officials.
// prettier-ignore
const unitStops = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'between', 'but', 'by', 'during', 'for', 'from', 'had', 'has',
  'have', 'her', 'his', 'in', 'into', 'is', 'its', 'of', 'on', 'or', 'over', 'per', 'since', 'than', 'that', 'the',
  'their', 'these', 'this', 'those', 'to', 'under', 'was', 'were', 'which', 'who', 'will', 'with', 'would',
]);
const countWordsBefore = new Set(['more', 'additional', 'new', 'other', 'further', 'extra']);
const maxUnitWords = 3;

interface Claimed {
  start: number;
  end: number;
}

function formatValue(value: number): string {
  return new Intl.NumberFormat('en', { maximumFractionDigits: 6 }).format(value);
}

function clip(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The noun a count counts: the words after it up to the first plural within a few words, else the first word. */
function unitAfter(text: string, at: number): { unit: string; end: number; hedge?: string } | undefined {
  const nextWord = /^[ \u00a0](\p{L}[\p{L}\p{M}-]*)/u;
  const picked: { word: string; end: number }[] = [];
  let hedge: string | undefined;
  let position = at;
  while (picked.length < maxUnitWords) {
    const match = nextWord.exec(text.slice(position, position + 64));
    if (!match) break;
    const word = match[1]!;
    const lower = word.toLowerCase();
    if (unitStops.has(lower)) break;
    if (picked.length === 0 && !hedge && countWordsBefore.has(lower)) hedge = lower;
    else picked.push({ word, end: position + match[0].length });
    position += match[0].length;
  }
  if (picked.length === 0) return undefined;
  const plural = picked.findIndex(({ word }) => word.length > 3 && /[^s]s$/i.test(word));
  const chosen = plural === -1 ? picked.slice(0, 1) : picked.slice(0, plural + 1);
  return { unit: chosen.map(({ word }) => word).join(' '), end: chosen.at(-1)!.end, ...(hedge ? { hedge } : {}) };
}

function hedgeOf(text: string, start: number): { qualifier: string; start: number } | undefined {
  const before = text.slice(Math.max(0, start - 24), start);
  const match = qualifierBefore.exec(before);
  if (!match) return undefined;
  const qualifier = match[1]!.toLowerCase();
  return { qualifier, start: start - (before.length - before.lastIndexOf(match[1]!)) };
}

export function suggestFacts(text: string, options: SuggestOptions = {}): FactSuggestion[] {
  const locale = options.locale ?? 'en';
  const suggestions: FactSuggestion[] = [];
  const claimed: Claimed[] = [];
  const isTaken = (start: number, end: number) => claimed.some((range) => range.start < end && range.end > start);
  const add = (suggestion: Omit<FactSuggestion, 'text'>) => {
    suggestions.push({ ...suggestion, text: text.slice(suggestion.start, suggestion.end) });
    claimed.push({ start: suggestion.start, end: suggestion.end });
  };

  for (const date of datesInText(text, [...new Set(['en', 'ru', 'kk', locale])])) {
    add({ kind: 'date', start: date.start, end: date.end, date: { iso: date.iso } });
  }

  // A number's hedge, currency or unit may reach into words a neighbour already claimed: then the number alone.
  const addUnclaimed = (suggestion: Omit<FactSuggestion, 'text'>, number: WrittenNumber) => {
    if (!isTaken(suggestion.start, suggestion.end)) add(suggestion);
    else
      add({
        kind: 'number',
        start: number.start,
        end: number.end,
        figure: { value: number.value, display: clip(number.written) },
      });
  };
  const numbers = numbersInText(text, locale).filter((number) => !isTaken(number.start, number.end));
  for (const number of numbers) {
    if (isTaken(number.start, number.end)) continue;
    const money = moneyAround(text, number);
    if (money) {
      addUnclaimed(money, number);
      continue;
    }
    const percent = /^\s?(?:%|percentage points?|per\s?cent|percent|процент(?:а|ов)?|퍼센트)/iu.exec(
      text.slice(number.end),
    );
    if (percent && !number.inWords) {
      const points = /points?$/i.test(percent[0]);
      const hedge = hedgeOf(text, number.start);
      addUnclaimed(
        {
          kind: 'percentage',
          start: hedge?.start ?? number.start,
          end: number.end + percent[0].length,
          figure: {
            value: number.value,
            unit: points ? 'percentage points' : '%',
            display: points ? `${number.written} percentage points` : `${number.written}%`,
            ...(hedge ? { qualifier: hedge.qualifier } : {}),
          },
        },
        number,
      );
      continue;
    }
    addUnclaimed(countOrNumber(text, number), number);
  }

  for (const name of namesInText(text, isTaken)) add({ kind: 'name', start: name.start, end: name.end });
  return suggestions.sort((a, b) => a.start - b.start);
}

/** "USD 4 Billion", "$1.7bn", "4 billion dollars", "40억 달러", "1,5 млрд тенге". */
function moneyAround(text: string, number: WrittenNumber): Omit<FactSuggestion, 'text'> | undefined {
  const before = new RegExp(`(?:(${symbolPattern})|(?<![\\p{L}])([A-Z]{3}))\\s?$`, 'u').exec(
    text.slice(Math.max(0, number.start - 6), number.start),
  );
  let code = before ? (before[1] ? currencySymbols.get(before[1]) : currencyCode(before[2]!)) : undefined;
  let start = before && code ? number.start - before[0].length : number.start;
  const scale: Scale | undefined = scaleAt(text, number.end, code !== undefined);
  let end = scale?.end ?? number.end;
  if (!code) {
    const after = new RegExp(
      `^\\s?(?:(${symbolPattern})|([A-Z]{3})(?![\\p{L}])|(${currencyWordPattern})(?![\\p{L}]))`,
      'iu',
    ).exec(text.slice(end, end + 24));
    // A symbol right before another number is that number's ("two $2021"), not this one's.
    const prefixesNext = after?.[1] !== undefined && /^\s?\d/.test(text.slice(end + after[0].length));
    if (after && !prefixesNext) {
      code = after[1] ? currencySymbols.get(after[1]) : after[2] ? currencyCode(after[2]) : currencyOfWord(after[3]!);
      if (code) end += after[0].length;
    }
  }
  if (!code) return undefined;
  const hedge = hedgeOf(text, start);
  if (hedge) start = hedge.start;
  const { value, scaleName } = inEnglishScale(number.value, scale);
  return {
    kind: 'money',
    start,
    end,
    figure: {
      value,
      unit: scaleName ? `${code} ${scaleName}` : code,
      display: clip(`${code} ${formatValue(value)}${scaleName ? ` ${scaleName}` : ''}`),
      ...(hedge ? { qualifier: hedge.qualifier } : {}),
    },
  };
}

/** Korean myriads re-expressed in English scales (40억 → 4 billion), so figures compare across articles. */
function inEnglishScale(value: number, scale: Scale | undefined): { value: number; scaleName?: string } {
  if (!scale) return { value };
  if (['thousand', 'million', 'billion', 'trillion'].includes(scale.name)) return { value, scaleName: scale.name };
  const full = value * scale.multiplier;
  for (const [name, size] of [
    ['trillion', 1e12],
    ['billion', 1e9],
    ['million', 1e6],
    ['thousand', 1e3],
  ] as const) {
    if (full >= size) return { value: Number((full / size).toPrecision(12)), scaleName: name };
  }
  return { value: full };
}

function countOrNumber(text: string, number: WrittenNumber): Omit<FactSuggestion, 'text'> {
  const scale = scaleAt(text, number.end, false);
  const after = unitAfter(text, scale?.end ?? number.end);
  const hedge = hedgeOf(text, number.start);
  const plus = /^\+/.test(text.slice(number.end));
  const qualifier = hedge?.qualifier ?? (plus ? 'more than' : after?.hedge);
  const start = hedge?.start ?? number.start;
  const value = number.value;
  if (isYear(value, number.written) && !(after && /s$/i.test(after.unit))) {
    return {
      kind: 'date',
      start: number.start,
      end: number.end,
      date: { iso: number.written },
      figure: { value, unit: 'year', display: number.written },
    };
  }
  const amount = scale ? `${formatValue(value)} ${scale.name}` : number.inWords ? formatValue(value) : number.written;
  if (!after || number.ordinal) {
    return {
      kind: 'number',
      start,
      end: (scale?.end ?? number.end) + (plus ? 1 : 0),
      figure: {
        value,
        ...(scale ? { unit: scale.name } : {}),
        display: clip(number.ordinal ? number.written : amount),
        ...(qualifier ? { qualifier } : {}),
      },
    };
  }
  const unit = clip(scale ? `${scale.name} ${after.unit}` : after.unit);
  return {
    kind: 'quantity',
    start,
    end: after.end,
    figure: { value, unit, display: clip(`${amount} ${after.unit}`), ...(qualifier ? { qualifier } : {}) },
  };
}
