import { anchor } from '../../../../shared/annotation/anchorHighlight';
import type { Highlight } from '../../../../shared/schema/annotations';

/** A highlight found in the current text, with where it is now. */
export interface AnchoredHighlight {
  highlight: Highlight;
  start: number;
  end: number;
}

export interface PlacedHighlights {
  anchored: AnchoredHighlight[];
  /** Highlights whose words are no longer in the text: shown apart, never dropped. */
  orphans: Highlight[];
}

/** A stretch of text with one set of highlights over it; offsets are into the whole body. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Every highlight covering this stretch, in the order they were given. */
  highlightIds: string[];
  /** The highlight drawn on top, whose colour shows and which a click opens. */
  topId: string | undefined;
}

export interface Paragraph {
  start: number;
  end: number;
  segments: Segment[];
}

export function placeHighlights(body: string, highlights: readonly Highlight[]): PlacedHighlights {
  const anchored: AnchoredHighlight[] = [];
  const orphans: Highlight[] = [];
  for (const highlight of highlights) {
    const found = anchor(body, highlight.target);
    if (found) anchored.push({ highlight, start: found.start, end: found.end });
    else orphans.push(highlight);
  }
  return { anchored, orphans };
}

/**
 * The body's paragraphs as ranges of the one string, split on blank lines as the card detail
 * always has. The separators stay out of every paragraph but inside the offset arithmetic.
 */
export function paragraphRanges(body: string): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  const separator = /\n{2,}/g;
  let start = 0;
  for (const match of body.matchAll(separator)) {
    ranges.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  ranges.push({ start, end: body.length });
  return ranges.filter((range) => range.end > range.start);
}

/**
 * The inner highlight is drawn on top so a phrase highlighted inside a longer one stays visible
 * and clickable; between equal lengths the later one wins.
 */
function onTop(covering: readonly AnchoredHighlight[]): AnchoredHighlight | undefined {
  let best: AnchoredHighlight | undefined;
  for (const candidate of covering) {
    if (!best || candidate.end - candidate.start <= best.end - best.start) best = candidate;
  }
  return best;
}

/** Splits each paragraph wherever a highlight starts or ends, so overlapping highlights all render. */
export function segmentBody(body: string, anchored: readonly AnchoredHighlight[]): Paragraph[] {
  return paragraphRanges(body).map(({ start, end }) => {
    const cuts = new Set([start, end]);
    for (const item of anchored) {
      if (item.start > start && item.start < end) cuts.add(item.start);
      if (item.end > start && item.end < end) cuts.add(item.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let index = 0; index + 1 < points.length; index += 1) {
      const from = points[index] ?? start;
      const to = points[index + 1] ?? end;
      const covering = anchored.filter((item) => item.start <= from && item.end >= to);
      segments.push({
        start: from,
        end: to,
        text: body.slice(from, to),
        highlightIds: covering.map((item) => item.highlight.id),
        topId: onTop(covering)?.highlight.id,
      });
    }
    return { start, end, segments };
  });
}
