import type { ParagraphRole } from '../../../shared/sources/paragraphs/paragraphSpans';

export interface HtmlBlock {
  text: string;
  role: ParagraphRole;
}

const blockRoles: Record<string, ParagraphRole> = {
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  LI: 'list-item',
  DT: 'list-item',
  DD: 'list-item',
  BLOCKQUOTE: 'quote',
  PRE: 'code',
};
const blockTags = new Set([
  ...Object.keys(blockRoles),
  ...['P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'ADDRESS', 'FIGURE', 'FIGCAPTION', 'HR'],
  ...['UL', 'OL', 'DL', 'TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TFOOT', 'TR'],
]);

// A <br> inside a block, kept apart from the whitespace HTML collapses.
const lineBreak = '\u2028';

/**
 * The paragraphs of sanitised HTML: one per block element, inline text within it joined with HTML's whitespace
 * collapsing (a <br> is a line break, two of them a paragraph break), table cells separated by " | ", <pre> kept as
 * written. Each block's text is trimmed and holds no blank line, so joined by blank lines they split back the same.
 */
export function htmlBlocks(root: Node): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  let buffer = '';
  let bufferRole: ParagraphRole = 'paragraph';
  let preformatted = false;

  const flush = () => {
    const text = preformatted
      ? buffer.replace(/\r\n?/g, '\n')
      : buffer
          .replace(/[ \t\n\r\f]+/g, ' ')
          .split(lineBreak)
          .map((line) => line.trim())
          .join('\n');
    for (const part of text.split(/\n\s*\n/)) {
      const trimmed = part.trim();
      if (trimmed !== '') blocks.push({ text: trimmed, role: bufferRole });
    }
    buffer = '';
  };

  const visit = (node: Node, role: ParagraphRole) => {
    if (node.nodeType === node.TEXT_NODE) {
      if (buffer === '') bufferRole = role;
      buffer += (node as Text).data;
      return;
    }
    if (node.nodeType !== node.ELEMENT_NODE && node.nodeType !== node.DOCUMENT_FRAGMENT_NODE) return;
    const tag = (node as Element).tagName ?? '';
    if (tag === 'BR') {
      buffer += preformatted ? '\n' : lineBreak;
      return;
    }
    if (tag === 'TD' || tag === 'TH') {
      if (buffer.trim() !== '') buffer += ' | ';
    }
    const block = blockTags.has(tag);
    const inner = blockRoles[tag] ?? role;
    if (block) flush();
    const wasPreformatted = preformatted;
    if (tag === 'PRE') preformatted = true;
    for (const child of Array.from(node.childNodes)) visit(child, inner);
    if (block) flush();
    preformatted = wasPreformatted;
  };

  visit(root, 'paragraph');
  flush();
  return blocks;
}
