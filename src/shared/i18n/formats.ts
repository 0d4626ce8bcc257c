import type { Figure } from '../schema/fact';
import { intlLocale } from './translator';
import type { UiLocale } from './languages';

// Chromium ships Kazakh without its month names (Intl writes "2021 M08"): the names, as CLDR has them.
const kazakhMonths = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];

/** A date in the locale, Kazakh written by hand where the runtime's Intl has no month names for it. */
function formatDate(at: Date, locale: UiLocale, options: Intl.DateTimeFormatOptions): string {
  const text = new Intl.DateTimeFormat(intlLocale(locale), options).format(at);
  if (locale !== 'kk' || !options.month || !/M\d\d/.test(text)) return text;
  const year = at.getUTCFullYear();
  const month = kazakhMonths[at.getUTCMonth()]!;
  return options.day ? `${year} ж. ${at.getUTCDate()} ${month}` : `${year} ж. ${month}`;
}

/**
 * "2021-08" as the locale writes a month ("August 2021", "2021년 8월", "август 2021 г."). English
 * keeps the source's own label, which may say more ("mid-August 2021"); a date the source gives
 * only as a label is shown as written.
 */
export function formatFactDate(date: { iso: string; label: string }, locale: UiLocale): string {
  if (locale === 'en') return date.label;
  const [year, month, day] = date.iso.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return date.label;
  const at = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    day !== undefined
      ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
      : month !== undefined
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' };
  return formatDate(at, locale, options);
}

/** An instant as a calendar date in UTC, so the same export reads the same everywhere: "27 November 2026". */
export function formatDay(iso: string, locale: UiLocale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatDate(date, locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** A moment with its time, in the user's time zone: when a note was last saved. */
export function formatMoment(iso: string, locale: UiLocale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const tag = intlLocale(locale);
  return new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * A figure's value as the locale writes it: money through Intl's compact currency ("USD 1,7 млрд",
 * "US$17억" — the same amount), counts with the locale's digits grouping. English keeps the card's
 * own wording ("550+", "USD 1.7 billion"); units other than money stay in the card's words.
 */
export function formatFigure(figure: Pick<Figure, 'value' | 'unit' | 'display'>, locale: UiLocale): string {
  if (locale === 'en' || locale === 'en-XA') return figure.display;
  const money = /^USD (billion|million)$/.exec(figure.unit);
  if (money) {
    const scale = money[1] === 'billion' ? 1e9 : 1e6;
    return new Intl.NumberFormat(intlLocale(locale), {
      style: 'currency',
      currency: 'USD',
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    }).format(figure.value * scale);
  }
  return figure.display;
}
