import MarkdownIt from 'markdown-it';

/** A stretch of an item's line with one style: what a writer that is not HTML (Word) needs. */
export interface InlineSpan {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  strike?: boolean;
  /** Only http(s) and mailto links keep their target; any other is shown as its text. */
  href?: string;
}

// Raw HTML stays text, as in the app's note rendering: an exported brief never carries markup it did not make.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

const safeLink = /^(https?:|mailto:)/i;

/** Parses one Markdown line into styled spans, with markdown-it's inline rules (CommonMark). */
export function inlineSpans(line: string): InlineSpan[] {
  const tokens = markdown.parseInline(line, {})[0]?.children ?? [];
  const spans: InlineSpan[] = [];
  let bold = 0;
  let italic = 0;
  let strike = 0;
  const links: Array<string | undefined> = [];
  const push = (text: string, code = false) => {
    if (!text) return;
    const href = links.at(-1);
    const span: InlineSpan = { text };
    if (bold > 0) span.bold = true;
    if (italic > 0) span.italic = true;
    if (strike > 0) span.strike = true;
    if (code) span.code = true;
    if (href) span.href = href;
    const last = spans.at(-1);
    // Adjacent text of the same style is one span, so a writer emits one run.
    if (last && !code && !last.code && sameStyle(last, span)) last.text += text;
    else spans.push(span);
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'strong_open':
        bold += 1;
        break;
      case 'strong_close':
        bold -= 1;
        break;
      case 'em_open':
        italic += 1;
        break;
      case 'em_close':
        italic -= 1;
        break;
      case 's_open':
        strike += 1;
        break;
      case 's_close':
        strike -= 1;
        break;
      case 'link_open': {
        const href = token.attrGet('href') ?? '';
        links.push(safeLink.test(href) ? href : undefined);
        break;
      }
      case 'link_close':
        links.pop();
        break;
      case 'code_inline':
        push(token.content, true);
        break;
      case 'softbreak':
      case 'hardbreak':
        push(' ');
        break;
      case 'image':
        push(token.content);
        break;
      default:
        push(token.content);
    }
  }
  return spans;
}

function sameStyle(a: InlineSpan, b: InlineSpan): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.strike === b.strike && a.href === b.href;
}

/** The line's text without its Markdown: what a reader sees. */
export function plainText(line: string): string {
  return inlineSpans(line)
    .map((span) => span.text)
    .join('');
}
