import { Readability } from '@mozilla/readability';
import createDOMPurify from 'dompurify';
import type { ParagraphRole } from '../../../shared/sources/paragraphs/paragraphSpans';
import type { SuggestedMetadata } from '../../../shared/sources/sourceDraft';
import { htmlBlocks } from './htmlBlocks';
import { suggestedMetadata } from './htmlMetadata';
import { parseInertPage } from './inertPage';

export interface HtmlArticle {
  /** The article's blocks, joined by blank lines: the 'blank-lines' rule gives them back one for one. */
  text: string;
  roles: ParagraphRole[];
  suggested: SuggestedMetadata;
}

/** Only elements that carry an article's words survive sanitising, and no attribute at all: no link, no style. */
const allowedTags = [
  ...['p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre'],
  ...['figure', 'figcaption', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'div', 'section'],
  ...['article', 'header', 'footer', 'main', 'address', 'span', 'a', 'em', 'strong', 'b', 'i', 'u', 's', 'small'],
  ...['sub', 'sup', 'mark', 'q', 'cite', 'abbr', 'time', 'del', 'ins', 'code', 'kbd', 'samp', 'var', 'bdi', 'bdo'],
];
/** Removed with their words: controls, embeds and media say nothing of the article (scripts and styles already go). */
const wordlessElements = ['form', 'button', 'select', 'option', 'datalist', 'textarea', 'object', 'embed', 'canvas'];

/**
 * The article in an HTML page, as text. The page is parsed into an inert DOM (inertPage.ts), so nothing in it runs
 * and nothing is fetched; Mozilla Readability picks out the article (as Firefox's Reader View
 * does) from a copy; DOMPurify then strips Readability's output down to text-bearing elements without attributes;
 * and only the words are kept. What the app stores and shows is that text, never the page's HTML.
 */
export function readHtmlArticle(bytes: Uint8Array): HtmlArticle {
  const dom = parseInertPage(bytes);
  try {
    const { document } = dom.window;
    const article = new Readability(document.cloneNode(true) as Document, { charThreshold: 200 }).parse();
    const purify = createDOMPurify(dom.window);
    const content = article?.content ?? document.body?.innerHTML ?? '';
    const clean = purify.sanitize(content, {
      ALLOWED_TAGS: allowedTags,
      ALLOWED_ATTR: [],
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
      ADD_FORBID_CONTENTS: wordlessElements,
      RETURN_DOM_FRAGMENT: true,
    });
    const blocks = htmlBlocks(clean);
    return {
      text: blocks.map((block) => block.text).join('\n\n'),
      roles: blocks.map((block) => block.role),
      suggested: suggestedMetadata(document, article),
    };
  } finally {
    dom.window.close();
  }
}
