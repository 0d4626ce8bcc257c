import { z } from 'zod';
import type { ParagraphRole } from '../../../shared/sources/paragraphs/paragraphSpans';

/** What the PDF worker posts back for each page: pdf.js's text items with their position (PDF units, y upwards). */
export const pdfTextItemSchema = z
  .object({
    text: z.string().max(100_000),
    x: z.number().finite(),
    y: z.number().finite(),
    width: z.number().finite(),
    height: z.number().finite(),
    endOfLine: z.boolean(),
  })
  .strict();

export const pdfPageSchema = z.object({ items: z.array(pdfTextItemSchema).max(200_000) }).strict();
export type PdfTextItem = z.infer<typeof pdfTextItemSchema>;
export type PdfPage = z.infer<typeof pdfPageSchema>;

interface Line {
  text: string;
  x: number;
  y: number;
  height: number;
}

export interface PdfLayout {
  /** Paragraphs joined by a blank line, their lines by a line break: the 'blank-lines' rule gives them back. */
  text: string;
  paragraphs: string[];
  roles: ParagraphRole[];
}

/** The lower median: with as many gaps inside paragraphs as between them, the spacing inside wins. */
function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** Line spacing in units of line height when a page has too few lines to tell: single spacing and a little. */
const defaultSpacing = 1.6;
const fewestGapsToMeasure = 4;

/** Items into lines: a new line where pdf.js marks an end of line, or where the baseline moves. */
function linesOf(page: PdfPage): Line[] {
  const lines: Line[] = [];
  let current: { parts: string[]; x: number; y: number; height: number; right: number } | null = null;
  const close = () => {
    const text = current?.parts.join('').replace(/\s+/g, ' ').trim();
    if (current && text) lines.push({ text, x: current.x, y: current.y, height: current.height });
    current = null;
  };
  for (const item of page.items) {
    const height = Math.abs(item.height);
    if (current && Math.abs(item.y - current.y) > 0.5 * Math.max(height, current.height, 1)) close();
    if (item.text !== '') {
      if (!current) current = { parts: [], x: item.x, y: item.y, height, right: item.x };
      const previous = current.parts.at(-1) ?? '';
      const gap = item.x - current.right;
      // pdf.js leaves out the space between two runs of text that the PDF placed apart.
      if (previous !== '' && !/\s$/.test(previous) && !/^\s/.test(item.text) && gap > 0.2 * Math.max(height, 1)) {
        current.parts.push(' ');
      }
      current.parts.push(item.text);
      current.right = item.x + item.width;
      current.height = Math.max(current.height, height);
    }
    if (item.endOfLine) close();
  }
  close();
  return lines;
}

const pageNumberLine = /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

/** Lines into paragraphs: a new one where the gap between lines is wider than the page's usual line spacing. */
function paragraphsOf(lines: Line[]): { lines: Line[] }[] {
  const kept = lines.filter(
    (line, index) => !((index === 0 || index === lines.length - 1) && pageNumberLine.test(line.text)),
  );
  // Spacing in units of the line's own height, so a large heading's wider lines do not read as paragraph breaks.
  const spacing = (above: Line, line: Line) => (above.y - line.y) / Math.max(line.height, 1);
  const gaps = kept
    .slice(1)
    .map((line, index) => spacing(kept[index]!, line))
    .filter((gap) => gap > 0);
  const usual = gaps.length >= fewestGapsToMeasure ? median(gaps) : defaultSpacing;
  const paragraphs: { lines: Line[] }[] = [];
  kept.forEach((line, index) => {
    const previous = kept[index - 1];
    const gap = previous ? spacing(previous, line) : 0;
    const sizeChanged =
      previous && Math.abs(previous.height - line.height) > 0.2 * Math.max(previous.height, line.height);
    const wide = gap > usual * 1.3;
    if (!previous || wide || gap < 0 || sizeChanged) paragraphs.push({ lines: [line] });
    else paragraphs.at(-1)!.lines.push(line);
  });
  return paragraphs;
}

/** A paragraph cut by a page break reads on when the page ends mid-sentence and the next starts in lower case. */
function continues(previous: Line | undefined, next: Line | undefined): boolean {
  return !!previous && !!next && !/[.!?:;"”’)\]]$/u.test(previous.text) && /^\p{Ll}/u.test(next.text);
}

export function layOutPdfText(pages: readonly PdfPage[]): PdfLayout {
  const blocks: { lines: Line[] }[] = [];
  for (const page of pages) {
    const paragraphs = paragraphsOf(linesOf(page));
    const first = paragraphs[0];
    const last = blocks.at(-1);
    if (first && last && continues(last.lines.at(-1), first.lines[0])) {
      last.lines.push(...first.lines);
      paragraphs.shift();
    }
    blocks.push(...paragraphs);
  }
  const bodyHeight = median(blocks.flatMap((block) => block.lines.map((line) => line.height)));
  const paragraphs = blocks.map((block) => block.lines.map((line) => line.text).join('\n'));
  const roles = blocks.map((block): ParagraphRole =>
    bodyHeight > 0 && median(block.lines.map((line) => line.height)) > bodyHeight * 1.3 ? 'heading' : 'paragraph',
  );
  return { text: paragraphs.join('\n\n'), paragraphs, roles };
}
