import MarkdownIt from 'markdown-it';
import type { StateCore, Token } from 'markdown-it';

/** Only plain web addresses become links; the main process checks again before opening one. */
export function isOpenableUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url.trim());
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

// html: false makes markdown-it escape any raw HTML in a note (`<script>`, `<img onerror>`), so its
// output holds only the tags markdown-it itself writes. That output is the only HTML MarkdownView
// ever hands to dangerouslySetInnerHTML.
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: false, typographer: true });

// Nothing in a note loads anything: the CSP blocks remote images anyway, but no <img> is written at all.
markdown.disable('image');

// Relative links, mailto:, javascript: and every other scheme stay text: a relative link would
// navigate the app itself, and the main process opens nothing but http(s).
markdown.validateLink = isOpenableUrl;

/** `[text]()` slips past validateLink with an empty href; a link that cannot be opened is text. */
function unwrapUnopenableLinks(state: StateCore): void {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    const kept: Token[] = [];
    const dropped: boolean[] = [];
    for (const token of block.children) {
      if (token.type === 'link_open') {
        const drop = !isOpenableUrl(token.attrGet('href') ?? '');
        dropped.push(drop);
        if (drop) continue;
      } else if (token.type === 'link_close' && dropped.pop()) {
        continue;
      }
      kept.push(token);
    }
    block.children = kept;
  }
}
markdown.core.ruler.push('unwrap_unopenable_links', unwrapUnopenableLinks);

// Defence in depth: clicks are intercepted and confirmed, and Electron denies new windows, but a
// link that somehow escaped both would still open without the app as its opener or referrer.
const defaultLinkOpen = markdown.renderer.rules.link_open;
markdown.renderer.rules.link_open = (tokens, index, options, environment, renderer) => {
  const token = tokens[index];
  if (token) {
    token.attrSet('target', '_blank');
    token.attrSet('rel', 'noopener noreferrer');
  }
  return defaultLinkOpen
    ? defaultLinkOpen(tokens, index, options, environment, renderer)
    : renderer.renderToken(tokens, index, options);
};

/** A note's Markdown as HTML that is safe to insert: escaped text and markdown-it's own tags only. */
export function renderNoteMarkdown(text: string): string {
  return markdown.render(text);
}
