/**
 * A note is Markdown; a study prompt is plain text. This strips the inline marks a person types (emphasis, code
 * ticks, link targets, heading and list markers) while remembering where every kept character came from, so a
 * selection made in the note's source still points at the same words in the plain text.
 */

export interface PlainText {
  text: string;
  /** `sourceIndex[i]` is the offset in the Markdown of the plain text's character `i`. */
  sourceIndex: number[];
}

type Removal = [start: number, end: number];

function removalsIn(line: string): Removal[] {
  const removals: Removal[] = [];
  const leading = /^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,9}[.)]\s+)/u.exec(line);
  if (leading) removals.push([0, leading[0].length]);
  for (const link of line.matchAll(/\[([^\]\n]*)\]\([^)\n]*\)/gu)) {
    const start = link.index;
    removals.push([start, start + 1], [start + 1 + (link[1] ?? '').length, start + link[0].length]);
  }
  for (const mark of line.matchAll(/\*\*|__|~~|`/gu)) removals.push([mark.index, mark.index + mark[0].length]);
  // A lone * or _ is emphasis only at a word's edge: snake_case and 2*3 keep theirs.
  for (const mark of line.matchAll(/(?<![\p{L}\p{N}*_])[*_](?=[^\s*_])|(?<=[^\s*_])[*_](?![\p{L}\p{N}*_])/gu)) {
    removals.push([mark.index, mark.index + 1]);
  }
  return removals;
}

/** The plain text of one line of Markdown, with each kept character's offset in `line`. */
export function plainLine(line: string, offset = 0): PlainText {
  const removed = new Uint8Array(line.length);
  for (const [start, end] of removalsIn(line)) removed.fill(1, start, end);
  let text = '';
  const sourceIndex: number[] = [];
  for (let index = 0; index < line.length; index += 1) {
    if (removed[index]) continue;
    text += line.charAt(index);
    sourceIndex.push(offset + index);
  }
  return { text, sourceIndex };
}

export interface NoteLine extends PlainText {
  /** Offset of the line in the note's Markdown. */
  start: number;
  end: number;
}

/** The note's lines as plain text, blank ones dropped. */
export function plainLines(markdown: string): NoteLine[] {
  const lines: NoteLine[] = [];
  let start = 0;
  for (const line of markdown.split('\n')) {
    const plain = plainLine(line.replace(/\r$/, ''), start);
    if (plain.text.trim()) lines.push({ ...plain, start, end: start + line.length });
    start += line.length + 1;
  }
  return lines;
}

/** Where a range of the Markdown falls in a line's plain text: the first and last kept characters inside it. */
export function plainRange(line: PlainText, start: number, end: number): { start: number; end: number } | null {
  const first = line.sourceIndex.findIndex((index) => index >= start && index < end);
  if (first === -1) return null;
  let last = first;
  for (let index = first; index < line.sourceIndex.length; index += 1) {
    if ((line.sourceIndex[index] ?? Infinity) < end) last = index;
  }
  return { start: first, end: last + 1 };
}
