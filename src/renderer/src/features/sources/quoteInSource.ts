import { anchor } from '../../../../shared/annotation/anchorHighlight';
import type { Fact } from '../../../../shared/schema/fact';
import type { ReadingView } from '../../../../shared/sources';

/** Whitespace-tolerant: a quote reads its source's line breaks and runs of spaces as one space. */
function looseIndex(haystack: string, needle: string): { start: number; end: number } | undefined {
  const words = needle.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const match = new RegExp(escaped.join('\\s+'), 'u').exec(haystack);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

/**
 * Where a card's quote stands in the source's reading text: by its W3C selectors when it has them (they survive a
 * change of paragraphing), else by its words within the paragraph it cites; undefined when the words are not there.
 */
export function quoteRange(view: ReadingView, fact: Fact): { start: number; end: number } | undefined {
  if (!fact.quote) return undefined;
  if (fact.quoteTarget) {
    const found = anchor(view.text, fact.quoteTarget);
    if (found) return { start: found.start, end: found.end };
  }
  const paragraph = view.paragraphs[fact.quote.paragraph - 1];
  const inParagraph = paragraph && looseIndex(paragraph.text, fact.quote.text);
  if (paragraph && inParagraph) {
    return { start: paragraph.start + inParagraph.start, end: paragraph.start + inParagraph.end };
  }
  return looseIndex(view.text, fact.quote.text);
}
