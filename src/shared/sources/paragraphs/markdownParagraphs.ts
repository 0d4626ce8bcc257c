import type { Nodes, Parents, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { isWhitespace } from '../../annotation/unicodeText';
import type { Paragraph, ParagraphRole, TextSpan } from './paragraphSpans';

/**
 * Markdown's blocks (CommonMark, parsed by micromark) as paragraphs: headings, paragraphs, list items, quoted
 * paragraphs and code blocks, each numbered in reading order. The stored text stays the Markdown as imported;
 * each paragraph's spans pick out what a reader sees, so `**USD 4 Billion**` shows as "USD 4 Billion" and a link
 * shows its words, never its address. Thematic breaks and link definitions carry no words and are not paragraphs.
 */
export function markdownParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  collectBlocks(text, fromMarkdown(text).children, undefined, paragraphs);
  return paragraphs;
}

type BlockRole = Exclude<ParagraphRole, 'paragraph'> | undefined;

function collectBlocks(text: string, nodes: readonly RootContent[], role: BlockRole, into: Paragraph[]): void {
  for (const node of nodes) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    switch (node.type) {
      case 'heading':
        addParagraph(text, start, end, inlineSpans(text, node), 'heading', into);
        break;
      case 'paragraph':
        addParagraph(text, start, end, inlineSpans(text, node), role, into);
        break;
      case 'code':
        addParagraph(text, start, end, alignedSpans(text, node.value, start, end), 'code', into);
        break;
      case 'html':
        addParagraph(text, start, end, outsideTags(text, start, end), role, into);
        break;
      case 'list':
        for (const item of node.children) collectBlocks(text, item.children, 'list-item', into);
        break;
      case 'blockquote':
        collectBlocks(text, node.children, role ?? 'quote', into);
        break;
      default:
        // thematicBreak, definition and extension blocks carry no words of the article.
        break;
    }
  }
}

function addParagraph(
  text: string,
  start: number,
  end: number,
  spans: TextSpan[],
  role: BlockRole,
  into: Paragraph[],
): void {
  const shown = trimSpans(text, mergeSpans(spans));
  if (shown.length === 0) return;
  const paragraph: Paragraph = { start, end };
  if (role) paragraph.role = role;
  const whole = shown.length === 1 && shown[0]?.start === start && shown[0]?.end === end;
  if (!whole) paragraph.spans = shown;
  into.push(paragraph);
}

/** The characters of an inline tree a reader sees, as spans of the source. */
function inlineSpans(text: string, parent: Parents): TextSpan[] {
  const spans: TextSpan[] = [];
  const visit = (node: Nodes): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        spans.push(...alignedSpans(text, node.value, start, end));
        return;
      case 'image':
      case 'imageReference':
        if (node.alt) spans.push(...alignedSpans(text, node.alt, start, end));
        return;
      case 'break': {
        const newline = text.lastIndexOf('\n', end - 1);
        if (newline >= start) spans.push({ start: newline, end: newline + 1 });
        return;
      }
      case 'html':
        return;
      default:
        if ('children' in node) for (const child of node.children) visit(child);
    }
  };
  for (const child of parent.children) visit(child);
  return spans;
}

/**
 * Where the characters of `value` (what the parser made of the source between `start` and `end`) stand in the
 * source. Usually verbatim; otherwise source and value are walked side by side: what the parser dropped (an
 * escape's backslash, a continuation line's indent, a quote's `>`) is skipped, and a character reference such as
 * `&eacute;` is shown as written, since every character shown must be one of the original. Should the two ever
 * part ways beyond that, the source is shown as written.
 */
function alignedSpans(text: string, value: string, start: number, end: number): TextSpan[] {
  if (value.length === 0) return [];
  const source = text.slice(start, end);
  if (source === value) return [{ start, end }];
  const at = source.indexOf(value);
  if (at !== -1) return [{ start: start + at, end: start + at + value.length }];
  const spans: TextSpan[] = [];
  const show = (from: number, to: number) => {
    const last = spans.at(-1);
    if (last && last.end === start + from) last.end = start + to;
    else spans.push({ start: start + from, end: start + to });
  };
  let i = 0;
  let j = 0;
  while (j < value.length) {
    if (i >= source.length) return [{ start, end }];
    const reference = /^&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/.exec(source.slice(i, i + 40));
    if (reference) {
      show(i, i + reference[0].length);
      i += reference[0].length;
      j += value.codePointAt(j)! > 0xffff ? 2 : 1;
      continue;
    }
    if (source[i] === value[j]) {
      show(i, i + 1);
      i += 1;
      j += 1;
      continue;
    }
    if (source[i] === '\\' || source[i] === '>' || isWhitespace(source.charCodeAt(i))) {
      i += 1;
      continue;
    }
    return [{ start, end }];
  }
  return spans;
}

/** A raw HTML block shows its words, not its tags. */
function outsideTags(text: string, start: number, end: number): TextSpan[] {
  const spans: TextSpan[] = [];
  const tag = /<[^>]*>/g;
  const source = text.slice(start, end);
  let cursor = 0;
  for (const match of source.matchAll(tag)) {
    if (match.index > cursor) spans.push({ start: start + cursor, end: start + match.index });
    cursor = match.index + match[0].length;
  }
  if (cursor < source.length) spans.push({ start: start + cursor, end });
  return spans;
}

function mergeSpans(spans: readonly TextSpan[]): TextSpan[] {
  const merged: TextSpan[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && last.end === span.start) last.end = span.end;
    else if (span.start < span.end) merged.push({ ...span });
  }
  return merged;
}

/** Drops whitespace at either end of what is shown, so a paragraph never starts or ends with a space. */
function trimSpans(text: string, spans: TextSpan[]): TextSpan[] {
  const result = spans.map((span) => ({ ...span }));
  while (result.length > 0) {
    const first = result[0]!;
    while (first.start < first.end && isWhitespace(text.charCodeAt(first.start))) first.start += 1;
    if (first.start < first.end) break;
    result.shift();
  }
  while (result.length > 0) {
    const last = result.at(-1)!;
    while (last.end > last.start && isWhitespace(text.charCodeAt(last.end - 1))) last.end -= 1;
    if (last.end > last.start) break;
    result.pop();
  }
  return result;
}
