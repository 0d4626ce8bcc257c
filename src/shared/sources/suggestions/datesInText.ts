/** A date an article gives, as precise as it gives it. */
export interface WrittenDate {
  start: number;
  end: number;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  iso: string;
}

const pad = (value: number) => String(value).padStart(2, '0');

function isoOf(year: number, month?: number, day?: number): string | null {
  if (month === undefined) return String(year);
  if (month < 1 || month > 12) return null;
  if (day === undefined) return `${year}-${pad(month)}`;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCDate() === day ? `${year}-${pad(month)}-${pad(day)}` : null;
}

const monthTables = new Map<string, Map<string, number>>();

/**
 * Month names from Intl for each locale, in the forms a date uses: long and short, and for languages that inflect
 * them the form after a day number ("17 августа") as well as the form alone ("август").
 */
function monthNames(locales: readonly string[]): Map<string, number> {
  const key = locales.join(',');
  const cached = monthTables.get(key);
  if (cached) return cached;
  const names = new Map<string, number>();
  for (const locale of locales) {
    for (let month = 0; month < 12; month += 1) {
      const date = new Date(Date.UTC(2021, month, 17));
      for (const style of ['long', 'short'] as const) {
        const alone = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' }).format(date);
        const withDay = new Intl.DateTimeFormat(locale, { day: 'numeric', month: style, timeZone: 'UTC' })
          .formatToParts(date)
          .find((part) => part.type === 'month')?.value;
        for (const name of [alone, withDay]) {
          const clean = name?.replace(/\.$/, '').toLowerCase();
          // Korean and Japanese months are numbers ("8월"), read by their own pattern below.
          if (clean && /^\p{L}{3,}$/u.test(clean) && !names.has(clean)) names.set(clean, month + 1);
        }
      }
    }
  }
  monthTables.set(key, names);
  return names;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Dates in a text: "August 2021", "17 August 2021", "August 17, 2021", "2021-08-17", "17.08.2021", "2021년 8월 17일". */
export function datesInText(text: string, locales: readonly string[] = ['en']): WrittenDate[] {
  const names = monthNames(locales);
  const month = `(${[...names.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})\\.?`;
  const day = '(\\d{1,2})(?:st|nd|rd|th)?';
  const year = '(\\d{4})';
  const edge = (pattern: string) => new RegExp(`(?<![\\p{L}\\p{Nd}])${pattern}(?![\\p{L}\\p{Nd}])`, 'giu');
  const readers: { pattern: RegExp; read: (match: RegExpMatchArray) => string | null }[] = [
    { pattern: edge('(\\d{4})-(\\d{2})-(\\d{2})'), read: (m) => isoOf(+m[1]!, +m[2]!, +m[3]!) },
    { pattern: edge('(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})'), read: (m) => isoOf(+m[3]!, +m[2]!, +m[1]!) },
    {
      pattern: /(?<!\p{Nd})(\d{4})년\s?(\d{1,2})월(?:\s?(\d{1,2})일)?/gu,
      read: (m) => isoOf(+m[1]!, +m[2]!, m[3] ? +m[3] : undefined),
    },
    {
      pattern: edge(`${day}\\s${month},?\\s${year}(?:\\s?(?:г\\.|года))?`),
      read: (m) => isoOf(+m[3]!, names.get(m[2]!.toLowerCase()), +m[1]!),
    },
    {
      pattern: edge(`${month}\\s${day},?\\s${year}`),
      read: (m) => isoOf(+m[3]!, names.get(m[1]!.toLowerCase()), +m[2]!),
    },
    { pattern: edge(`${month}\\s${year}`), read: (m) => isoOf(+m[2]!, names.get(m[1]!.toLowerCase())) },
  ];
  const found: WrittenDate[] = [];
  const overlaps = (start: number, end: number) => found.some((date) => date.start < end && date.end > start);
  for (const { pattern, read } of readers) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      const iso = read(match);
      if (iso && !overlaps(start, end)) found.push({ start, end, iso });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A four-digit number read as a year when it stands alone: 1800 to 2199. */
export function isYear(value: number, written: string): boolean {
  return /^\d{4}$/.test(written) && value >= 1800 && value < 2200;
}
