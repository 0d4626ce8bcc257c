/**
 * Card text is plain text and brief items are Markdown, so text copied from a card is escaped:
 * "USD 1.7 billion *projected*" must not turn into emphasis, nor a leading "#" into a heading.
 */
export function escapeMarkdownInline(text: string): string {
  return text
    .replace(/([\\`*_[\]<>~|])/g, '\\$1')
    .replace(/^[#>+=-]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** The plain text behind escaped Markdown: what the provenance check compares with the card. */
export function unescapeMarkdownInline(markdown: string): string {
  return markdown.replace(/\\([\\`*_[\]<>~|#>+=\-.)])/g, '$1');
}

/** Collapses line breaks and runs of spaces: a note of several lines becomes one item line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
