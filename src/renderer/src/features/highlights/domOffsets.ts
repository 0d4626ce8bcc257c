/**
 * Maps DOM positions inside the rendered card text back to offsets into the card's body string.
 * Every rendered stretch of text sits in an element carrying `data-offset` (its start in the body),
 * so the mapping does not depend on how paragraphs and marks nest, and text that is not part of
 * the body (nothing, today) is skipped rather than counted.
 */

/** The body offset at which a text node inside a `[data-offset]` element starts, or null. */
function textNodeStart(root: Element, text: Text): number | null {
  const segment = text.parentElement?.closest<HTMLElement>('[data-offset]');
  if (!segment || !root.contains(segment)) return null;
  const base = Number(segment.dataset.offset);
  if (!Number.isInteger(base)) return null;
  let before = 0;
  const walker = document.createTreeWalker(segment, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && node !== text; node = walker.nextNode()) {
    before += (node as Text).length;
  }
  return base + before;
}

function bodyTextNodes(root: Element): Array<{ node: Text; start: number }> {
  const found: Array<{ node: Text; start: number }> = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const start = textNodeStart(root, node as Text);
    if (start !== null) found.push({ node: node as Text, start });
  }
  return found;
}

/**
 * The body offset of the DOM boundary point (`container`, `offset`) inside `root`: a point inside
 * a text node maps exactly; a point between elements maps to the start of the next body text (or
 * the end of the last). Null when the point is not inside `root` or `root` holds no body text.
 */
export function domPointToTextOffset(root: Element, container: Node, offset: number): number | null {
  if (container !== root && !root.contains(container)) return null;
  const texts = bodyTextNodes(root);
  const last = texts.at(-1);
  if (!last) return null;
  const range = document.createRange();
  for (const { node, start } of texts) {
    if (node === container) return start + Math.min(offset, node.length);
    range.selectNodeContents(node);
    if (range.comparePoint(container, offset) <= 0) return start;
  }
  return last.start + last.node.length;
}

/** Whether the boundary point comes before (-1), inside (0) or after (1) `root`'s contents. */
function placeOf(root: Element, container: Node, offset: number): -1 | 0 | 1 {
  if (container === root || root.contains(container)) return 0;
  const range = document.createRange();
  range.selectNodeContents(root);
  return range.comparePoint(container, offset) < 0 ? -1 : 1;
}

/**
 * The body offsets a DOM range covers, clipped to `root`: a selection that starts in the summary
 * and ends in the text covers the text from its start. Null when the range misses `root` or is empty.
 */
export function rangeToTextOffsets(root: Element, range: Range): { start: number; end: number } | null {
  if (range.collapsed) return null;
  const startPlace = placeOf(root, range.startContainer, range.startOffset);
  const endPlace = placeOf(root, range.endContainer, range.endOffset);
  if (startPlace === 1 || endPlace === -1) return null;
  const texts = bodyTextNodes(root);
  const first = texts[0];
  const last = texts.at(-1);
  if (!first || !last) return null;
  const start = startPlace === -1 ? first.start : domPointToTextOffset(root, range.startContainer, range.startOffset);
  const end =
    endPlace === 1 ? last.start + last.node.length : domPointToTextOffset(root, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** The body offsets of the user's current selection inside `root`, or null. */
export function selectionToTextOffsets(
  root: Element,
  selection: Selection | null,
): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  return rangeToTextOffsets(root, selection.getRangeAt(0));
}
