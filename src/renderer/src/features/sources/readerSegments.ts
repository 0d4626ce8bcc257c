import type { SuggestionKind } from '../../../../shared/sources';

/** A stretch of the reading text marked in the reader: the card's quote, or a candidate fact. */
export interface ReaderMark {
  start: number;
  end: number;
  kind: 'quote' | SuggestionKind;
  /** For a candidate fact: its index in the source's suggestions, so a click knows which. */
  suggestion?: number;
}

/** A run of one paragraph's text that carries the same marks; offsets are into the whole reading text. */
export interface ReaderSegment {
  start: number;
  end: number;
  text: string;
  quote: boolean;
  suggestion?: { kind: SuggestionKind; index: number; first: boolean };
}

/**
 * Cuts a paragraph (at `start` in the reading text) into runs at every mark's edge, so each run renders as one
 * element with its `data-offset`, and a selection across marks still maps back to reading-text offsets.
 */
export function readerSegments(text: string, start: number, marks: readonly ReaderMark[]): ReaderSegment[] {
  const end = start + text.length;
  const inside = marks.filter((mark) => mark.start < end && mark.end > start);
  const cuts = new Set<number>([start, end]);
  for (const mark of inside) {
    cuts.add(Math.max(start, mark.start));
    cuts.add(Math.min(end, mark.end));
  }
  const points = [...cuts].sort((first, second) => first - second);
  const segments: ReaderSegment[] = [];
  for (let index = 0; index + 1 < points.length; index++) {
    const from = points[index]!;
    const to = points[index + 1]!;
    if (to <= from) continue;
    const covering = inside.filter((mark) => mark.start <= from && mark.end >= to);
    const suggestion = covering.find((mark) => mark.kind !== 'quote');
    segments.push({
      start: from,
      end: to,
      text: text.slice(from - start, to - start),
      quote: covering.some((mark) => mark.kind === 'quote'),
      ...(suggestion && suggestion.kind !== 'quote'
        ? {
            suggestion: {
              kind: suggestion.kind,
              index: suggestion.suggestion ?? 0,
              first: from === Math.max(start, suggestion.start),
            },
          }
        : {}),
    });
  }
  return segments;
}
