import type { FigureDraft, SourceQuote, SourceRecord } from '../../../../shared/sources';

/** What "Make a card" hands the card form from the reader: the source, its paragraphs, a quote or a figure. */
export interface SourceCardStart {
  sourceId: string;
  sourceTitle: string;
  paragraphs: number[];
  quote?: SourceQuote;
  figure?: FigureDraft;
  /** The outlet the source names, credited on the card. */
  outlet?: string;
}

export function cardStartFromQuote(source: SourceRecord, quote: SourceQuote): SourceCardStart {
  return {
    sourceId: source.id,
    sourceTitle: source.title,
    paragraphs: [...quote.paragraphs],
    quote,
    ...(source.outlet ? { outlet: source.outlet } : {}),
  };
}

export function cardStartFromFigure(source: SourceRecord, paragraph: number, figure: FigureDraft): SourceCardStart {
  return {
    sourceId: source.id,
    sourceTitle: source.title,
    paragraphs: [paragraph],
    figure,
    ...(source.outlet ? { outlet: source.outlet } : {}),
  };
}
