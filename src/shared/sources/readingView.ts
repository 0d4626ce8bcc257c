import { paragraphDisplay, type Paragraph, type ParagraphRole } from './paragraphs/paragraphSpans';

/** What the reader shows of a source and what quotes point into: the paragraphs as displayed, one after another. */
export interface ReadingParagraph {
  /** 1-based, as a card cites it ("¶3"). */
  number: number;
  role: ParagraphRole;
  text: string;
  /** Where the paragraph stands in the reading text (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
}

export interface ReadingView {
  /** The displayed paragraphs joined by "\n". For the shipped article this is its text, byte for byte. */
  text: string;
  paragraphs: ReadingParagraph[];
}

export interface ParagraphedText {
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
}

export const readingSeparator = '\n';

// Sources never change, so a view is computed once per source object.
const views = new WeakMap<ParagraphedText, ReadingView>();

export function readingView(source: ParagraphedText): ReadingView {
  const cached = views.get(source);
  if (cached) return cached;
  const paragraphs: ReadingParagraph[] = [];
  let offset = 0;
  for (const [index, paragraph] of source.paragraphs.entries()) {
    if (index > 0) offset += readingSeparator.length;
    const text = paragraphDisplay(source.text, paragraph);
    paragraphs.push({
      number: index + 1,
      role: paragraph.role ?? 'paragraph',
      text,
      start: offset,
      end: offset + text.length,
    });
    offset += text.length;
  }
  const view = { text: paragraphs.map((paragraph) => paragraph.text).join(readingSeparator), paragraphs };
  views.set(source, view);
  return view;
}

/** The reading-text offset of a point the UI knows as "this paragraph, this far into its text". */
export function readingOffset(view: ReadingView, paragraphNumber: number, offsetInParagraph: number): number {
  const paragraph = view.paragraphs[paragraphNumber - 1];
  if (!paragraph || !Number.isInteger(offsetInParagraph) || offsetInParagraph < 0) {
    throw new RangeError(`readingOffset: there is no offset ${offsetInParagraph} in paragraph ${paragraphNumber}`);
  }
  if (offsetInParagraph > paragraph.text.length) {
    throw new RangeError(`readingOffset: paragraph ${paragraphNumber} has ${paragraph.text.length} characters`);
  }
  return paragraph.start + offsetInParagraph;
}

/** The numbers of the paragraphs [start, end) of the reading text touches, in reading order. */
export function paragraphsOfRange(view: ReadingView, start: number, end: number): number[] {
  return view.paragraphs
    .filter((paragraph) => paragraph.start < end && paragraph.end > start)
    .map((paragraph) => paragraph.number);
}

/**
 * The stretches of the stored text behind [start, end) of the reading text: what a quote is, byte for byte, in the
 * file as imported (a Markdown quote across `**bold**` is two or more stretches).
 */
export function sourceStretches(source: ParagraphedText, start: number, end: number): { start: number; end: number }[] {
  const view = readingView(source);
  const stretches: { start: number; end: number }[] = [];
  for (const [index, shown] of view.paragraphs.entries()) {
    if (shown.end <= start || shown.start >= end) continue;
    const paragraph = source.paragraphs[index]!;
    let at = shown.start;
    for (const span of paragraph.spans ?? [{ start: paragraph.start, end: paragraph.end }]) {
      const from = Math.max(at, start);
      const to = Math.min(at + span.end - span.start, end);
      if (from < to) stretches.push({ start: span.start + from - at, end: span.start + to - at });
      at += span.end - span.start;
    }
  }
  return stretches;
}
