import { paragraphsShort } from '../citation';
import type { Caveat, Fact } from '../schema/fact';
import type { Source } from '../schema/source';
import { citationLabel, citedCredits, type CardLookup } from './briefCitations';
import { formatBriefDate } from './briefLabels';
import { briefSectionIds, type Brief, type BriefItem, type BriefSectionId } from './briefSchema';

/**
 * Everything an exported brief shows, already chosen, ordered and numbered: the print page, the
 * Markdown and the Word writers only lay it out, so all three say the same thing.
 */
export interface BriefDocument {
  briefId: string;
  title: string;
  /** Printed on every page; empty when the user chose none. */
  handlingLabel: string;
  meeting: BriefMeeting;
  /** When the cited article's facts stand true; absent when the brief cites none of its cards. */
  asOf?: { iso: string; label: string };
  /** The sections that hold items, in the brief's fixed order. */
  sections: BriefDocumentSection[];
  /** One end note per item that cites cards, numbered in reading order. */
  notes: BriefEndNote[];
  /** The cited cards, in order of first citation; empty unless the annex was chosen. */
  annex: BriefAnnexCard[];
  itemCount: number;
}

export interface BriefMeeting {
  /** "17 August 2021" in the labels' language; absent without a date. */
  dateLabel?: string;
  time?: string;
  place: string;
  counterpart: string;
  attendees: string[];
}

export interface BriefDocumentSection {
  id: BriefSectionId;
  /** The anchor a contents or a meeting view links to: `brief-background`. */
  anchor: string;
  blocks: BriefBlock[];
}

/** One item as printed. */
export interface BriefBlock {
  itemId: string;
  /** The item's Markdown line. */
  text: string;
  /** Its end note's number, when it cites cards. */
  noteNumber?: number;
  /** Addenda are numbered 1, 2, 3… in their order. */
  number?: number;
  /** Timeline and addenda: the date in the labels' language. */
  dateLabel?: string;
  disclosure?: BriefItem['disclosure'];
  person?: BriefItem['person'];
  ifRaised?: string;
}

export interface BriefEndNote {
  number: number;
  itemId: string;
  citations: BriefNoteCitation[];
}

export interface BriefNoteCitation {
  factId: string;
  /** Absent when the card has since been deleted: the writers say so instead of dropping the note. */
  cardTitle?: string;
  /** "¶3 · The Astana Times"; the card's title for the user's own cards, which cite no paragraph. */
  label: string;
}

export interface BriefAnnexCard {
  factId: string;
  title: string;
  summary: string;
  body: string;
  /** "¶1, 2, 3, 6 · The Astana Times"; empty for the user's own cards. */
  sourceLabel: string;
  dateLabel?: string;
  caveats: Caveat[];
  origin: Fact['origin'];
}

export interface BriefLibrary {
  fact: CardLookup;
  sources: readonly Source[];
}

export interface BriefDocumentOptions {
  includeAnnex: boolean;
  /** The labels' locale, for dates. */
  locale: string;
}

function block(section: BriefSectionId, item: BriefItem, index: number, locale: string): BriefBlock {
  return {
    itemId: item.id,
    text: item.text,
    ...(section === 'addenda' ? { number: index + 1 } : {}),
    ...(item.date ? { dateLabel: formatBriefDate(item.date, locale) } : {}),
    ...(item.disclosure ? { disclosure: item.disclosure } : {}),
    ...(item.person ? { person: item.person } : {}),
    ...(item.ifRaised ? { ifRaised: item.ifRaised } : {}),
  };
}

function annexCard(fact: Fact, sources: readonly Source[], locale: string): BriefAnnexCard {
  const whole = { factId: fact.id, paragraphs: fact.paragraphs ?? [] };
  const sourceLabel = [paragraphsShort(whole.paragraphs), ...citedCredits(whole, fact, sources)]
    .filter(Boolean)
    .join(' · ');
  return {
    factId: fact.id,
    title: fact.title,
    summary: fact.summary,
    body: fact.body,
    sourceLabel,
    ...(fact.date ? { dateLabel: formatBriefDate(fact.date.iso, locale) } : {}),
    caveats: fact.caveats,
    origin: fact.origin,
  };
}

/** Chooses, orders and numbers what an exported brief shows. Pure: preview and export get the same. */
export function composeBriefDocument(
  brief: Brief,
  library: BriefLibrary,
  options: BriefDocumentOptions,
): BriefDocument {
  const sections: BriefDocumentSection[] = [];
  const notes: BriefEndNote[] = [];
  const cited = new Map<string, Fact>();
  let itemCount = 0;
  for (const section of briefSectionIds) {
    const items = brief.sections[section];
    itemCount += items.length;
    if (items.length === 0) continue;
    const blocks = items.map((item, index) => {
      const printed = block(section, item, index, options.locale);
      if (item.cites.length === 0) return printed;
      const citations = item.cites.map((cite): BriefNoteCitation => {
        const fact = library.fact(cite.factId);
        if (!fact) return { factId: cite.factId, label: paragraphsShort(cite.paragraphs) };
        if (!cited.has(fact.id)) cited.set(fact.id, fact);
        return { factId: fact.id, cardTitle: fact.title, label: citationLabel(cite, fact, library.sources) };
      });
      const number = notes.length + 1;
      notes.push({ number, itemId: item.id, citations });
      return { ...printed, noteNumber: number };
    });
    sections.push({ id: section, anchor: `brief-${section}`, blocks });
  }
  // Only a brief that cites the article is dated by it, as with the pack.
  const citesArticle = [...cited.values()].some((fact) => fact.origin === 'seed');
  const asOf = citesArticle
    ? library.sources.find((source) => source.kind === 'article' && source.asOf)?.asOf
    : undefined;
  return {
    briefId: brief.id,
    title: brief.title,
    handlingLabel: brief.handlingLabel,
    meeting: {
      ...(brief.meetingDate ? { dateLabel: formatBriefDate(brief.meetingDate, options.locale) } : {}),
      ...(brief.meetingTime ? { time: brief.meetingTime } : {}),
      place: brief.place,
      counterpart: brief.counterpart,
      attendees: brief.attendees,
    },
    ...(asOf ? { asOf: { iso: asOf.iso, label: formatBriefDate(asOf.iso, options.locale) } } : {}),
    sections,
    notes,
    annex: options.includeAnnex
      ? [...cited.values()].map((fact) => annexCard(fact, library.sources, options.locale))
      : [],
    itemCount,
  };
}

/** "President of Kazakhstan": the role, and the country only where the role does not already say it. */
export function personLine(person: NonNullable<BriefItem['person']>): string {
  const parts = person.role ? [person.role] : [];
  if (person.country && !person.role?.includes(person.country)) parts.push(person.country);
  return parts.join(', ');
}
