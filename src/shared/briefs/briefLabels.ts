import type { BriefSectionId } from './briefSchema';

/**
 * Every word an exported brief prints that is not the user's or a card's: the i18n catalogues
 * supply one set per language; English is the default. Templates name their slots in braces.
 */
export interface BriefLabels {
  /** BCP 47 tag dates are written in: "en-GB", "ko", "ru", "kk". */
  locale: string;
  sections: Record<BriefSectionId, string>;
  meeting: { date: string; time: string; place: string; counterpart: string; attendees: string };
  disclosure: { usable: string; 'not-for-disclosure': string };
  /** Printed before a point to avoid's defensive line. */
  ifRaised: string;
  /** "Addendum {number}" */
  addendum: string;
  /** Heading of the end notes. */
  notes: string;
  /** Heading of the annex of cited cards. */
  annex: string;
  /** One line under the annex heading. */
  annexIntro: string;
  /** Before a card's doubtful wording in the annex. */
  caveat: string;
  /** "The source says “{text}”" */
  caveatSource: string;
  /** In place of a cited card that has since been deleted. */
  missingCard: string;
  /** "Page {page} of {pages}" */
  pageOfPages: string;
  /** "Facts as of {date}" */
  factsAsOf: string;
  /** Why the date matters: later events are not covered. */
  factsAsOfNote: string;
}

export const englishBriefLabels: BriefLabels = {
  locale: 'en-GB',
  sections: {
    objective: 'Objective',
    'points-to-make': 'Points to make',
    'points-to-raise': 'Points to raise',
    'points-to-avoid': 'Points to avoid',
    'press-lines': 'Lines to take with the press',
    background: 'Background',
    'pen-pictures': 'Pen pictures',
    timeline: 'Timeline',
    'open-questions': 'Open questions',
    addenda: 'Addenda',
  },
  meeting: { date: 'Date', time: 'Time', place: 'Place', counterpart: 'Counterpart', attendees: 'Attendees' },
  disclosure: { usable: 'Usable', 'not-for-disclosure': 'Not for disclosure' },
  ifRaised: 'If raised:',
  addendum: 'Addendum {number}',
  notes: 'Notes',
  annex: 'Annex: the cited cards',
  annexIntro: 'Each card as the app holds it, with the paragraphs of the source article it cites.',
  caveat: 'Caveat',
  caveatSource: 'The source says “{text}”.',
  missingCard: 'a card since deleted',
  pageOfPages: 'Page {page} of {pages}',
  factsAsOf: 'Facts as of {date}',
  factsAsOfNote:
    'The cards record the summit as the source article reported it at the time. Later events are not covered; names, offices and figures may have changed since.',
};

/** Fills a template's {slots}; a slot with no value is left as written, so a catalogue's typo shows. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
    values[name] === undefined ? slot : String(values[name]),
  );
}

/**
 * A template split around one slot, for writers that must put something other than text there:
 * Word's page-number fields in "Page {page} of {pages}".
 */
export function splitTemplate(template: string): Array<{ text: string } | { slot: string }> {
  const parts: Array<{ text: string } | { slot: string }> = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    parts.push({ slot: match[1] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}

/**
 * "17 August 2021", "August 2021", "2021", in the labels' language and in UTC, so a date reads the
 * same on every machine. The cards' dates are often only a month or a year, and say no more.
 */
export function formatBriefDate(iso: string, locale: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return iso;
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    day !== undefined
      ? { day: 'numeric', month: 'long', year: 'numeric' }
      : month !== undefined
        ? { month: 'long', year: 'numeric' }
        : { year: 'numeric' };
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
  } catch {
    return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }).format(date);
  }
}
