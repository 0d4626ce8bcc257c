import type { HighlightColor } from '../schema/annotations';
import type { FactsAsOf } from '../citation';
import type { Caveat, Figure, Organisation, Person } from '../schema/fact';
import type { Source } from '../schema/source';
import type { TopicId } from '../topics';
import type { ExportOptions, PaperSize } from './exportSchemas';
import type { Language } from '../i18n/languages';

/** Everything a briefing pack shows, already chosen and ordered: the print page and Markdown only lay it out. */
export interface PackModel {
  paper: PaperSize;
  /** The language of the pack's own labels; the cards' content is English whatever it is. */
  language: Language;
  cover: PackCover;
  options: Pick<ExportOptions, 'includeNotes' | 'includeHighlights' | 'includeSources'>;
  keyFigures: PackKeyFigure[];
  sections: PackSection[];
  /** Only the sources the chosen cards cite; empty when sources are left out. */
  sources: Source[];
  cardCount: number;
}

export interface PackCover {
  title: string;
  subtitle: string;
  author: string;
  /** ISO timestamp of the export. */
  exportedAt: string;
  /** "27 November 2026" */
  dateLabel: string;
  /** "All cards", "Starred cards", "Trade and investment, Security", "12 hand-picked cards" */
  selectionLabel: string;
  /** When the shipped facts stand true, with the note that later events are not covered; absent without them. */
  asOf?: FactsAsOf;
}

export interface PackKeyFigure {
  factId: string;
  cardTitle: string;
  figure: Figure;
}

export interface PackSection {
  /** The anchor the contents links to, e.g. `section-trade-investment`. */
  anchor: string;
  topic: TopicId;
  label: string;
  /** The topic's blurb, only when the section holds every card of the article on it (see blurbFits). */
  description?: string;
  cards: PackCard[];
}

export interface PackCard {
  id: string;
  title: string;
  summary: string;
  body: string;
  origin: 'seed' | 'user';
  figures: Figure[];
  people: Person[];
  organisations: Organisation[];
  places: string[];
  dateLabel?: string;
  quote?: { text: string; paragraph: number };
  /** The article paragraphs the card cites, main claim first; absent for the user's own cards. */
  paragraphs?: number[];
  /** "Source: paragraphs 3 and 6 · Reported by The Astana Times"; absent when sources are left out or unknown. */
  sourceLine?: string;
  caveats: Caveat[];
  notes: PackNote[];
  highlights: PackHighlight[];
}

export interface PackNote {
  markdown: string;
  updatedAt: string;
}

export interface PackHighlight {
  quote: string;
  color: HighlightColor;
  comment?: string;
}
