import { isWhitespace } from '../../annotation/unicodeText';
import type { Paragraph } from './paragraphSpans';

/**
 * How plain text (a .txt file, pasted text, the text pulled out of HTML or PDF) splits into paragraphs:
 * - 'blank-lines': paragraphs are separated by blank lines; single line breaks inside one are wrapping.
 * - 'lines': every non-blank line is a paragraph, as in the shipped article (one paragraph per line, no blank lines).
 */
export type PlainTextRule = 'blank-lines' | 'lines';

interface Line {
  start: number;
  /** Offset of the line break that ends it, or the text's length. */
  end: number;
}

/** Lines split at \n, \r\n or a lone \r, so files from any system read the same. */
function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let at = 0; at < text.length; at += 1) {
    const unit = text.charCodeAt(at);
    if (unit !== 0x0a && unit !== 0x0d) continue;
    lines.push({ start, end: at });
    if (unit === 0x0d && text.charCodeAt(at + 1) === 0x0a) at += 1;
    start = at + 1;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** The line without its leading and trailing whitespace, or null when nothing else is on it. */
function trimmed(text: string, line: Line): Line | null {
  let { start, end } = line;
  while (start < end && isWhitespace(text.charCodeAt(start))) start += 1;
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end -= 1;
  return start < end ? { start, end } : null;
}

/**
 * The rule a text without a declared format gets: blank lines where it has a blank line between two lines of text
 * (the usual way to write paragraphs, with lines wrapped or not), otherwise one paragraph per line. A text that is
 * one long wrapped paragraph with no blank line therefore reads as one paragraph per line; the import form shows the
 * paragraphs before anything is saved, and the user can switch the rule there.
 */
export function chooseTextRule(text: string): PlainTextRule {
  let seenText = false;
  let blankAfterText = false;
  for (const line of linesOf(text)) {
    if (trimmed(text, line) === null) {
      if (seenText) blankAfterText = true;
    } else {
      if (blankAfterText) return 'blank-lines';
      seenText = true;
    }
  }
  return 'lines';
}

/** Paragraphs of a plain text under a rule, each trimmed of surrounding whitespace. Deterministic; never empty ones. */
export function plainTextParagraphs(text: string, rule: PlainTextRule): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let open: Paragraph | null = null;
  for (const line of linesOf(text)) {
    const content = trimmed(text, line);
    if (rule === 'lines') {
      if (content) paragraphs.push({ start: content.start, end: content.end });
      continue;
    }
    if (!content) {
      if (open) paragraphs.push(open);
      open = null;
    } else if (open) {
      open.end = content.end;
    } else {
      open = { start: content.start, end: content.end };
    }
  }
  if (open) paragraphs.push(open);
  return paragraphs;
}
