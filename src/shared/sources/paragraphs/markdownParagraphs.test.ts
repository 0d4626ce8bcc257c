import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedArticle } from '../testing/shippedArticle';
import { markdownParagraphs } from './markdownParagraphs';
import { paragraphDisplay, paragraphProblem } from './paragraphSpans';

const blocks = (markdown: string) =>
  markdownParagraphs(markdown).map((paragraph) => ({
    role: paragraph.role ?? 'paragraph',
    shown: paragraphDisplay(markdown, paragraph),
  }));

describe('Markdown paragraphs', () => {
  it('number every block in reading order and show its words without the syntax', () => {
    const markdown = [
      '# Kazakhstan and *South Korea*',
      '',
      'The number **USD 4 Billion**, as [The Astana Times](https://example.org/report "report") put it.',
      '',
      '- first point',
      '- second point',
      '',
      '> Quoted,',
      '> over two lines.',
      '',
      '```',
      'code stays',
      '```',
      '',
      '---',
      '',
      '![The sculpture of Abai](abai.jpg)',
      '',
      '[ref]: https://example.org',
    ].join('\n');
    expect(blocks(markdown)).toEqual([
      { role: 'heading', shown: 'Kazakhstan and South Korea' },
      { role: 'paragraph', shown: 'The number USD 4 Billion, as The Astana Times put it.' },
      { role: 'list-item', shown: 'first point' },
      { role: 'list-item', shown: 'second point' },
      { role: 'quote', shown: 'Quoted,\nover two lines.' },
      { role: 'code', shown: 'code stays' },
      { role: 'paragraph', shown: 'The sculpture of Abai' },
    ]);
  });

  it('never show a link’s address, and show an escape as the character it escapes', () => {
    const markdown = 'Visit [the site](javascript:alert(1)) or <https://example.org>; 5 \\* 3 and a_b_c.';
    const [paragraph] = blocks(markdown);
    expect(paragraph?.shown).toBe('Visit the site or https://example.org; 5 * 3 and a_b_c.');
  });

  it('keep a character reference as written rather than show a character that is not in the file', () => {
    expect(blocks('Caf&eacute; &amp; bar')[0]?.shown).toBe('Caf&eacute; &amp; bar');
  });

  it('drop the indent of continuation lines and of indented code, and show raw HTML’s words only', () => {
    const markdown =
      'One line\n   and its continuation\n\n    indented code\n\n<div class="x">Block <b>words</b></div>\n';
    expect(blocks(markdown)).toEqual([
      { role: 'paragraph', shown: 'One line\nand its continuation' },
      { role: 'code', shown: 'indented code' },
      { role: 'paragraph', shown: 'Block words' },
    ]);
  });

  it('show the shipped article’s paragraphs exactly as they are when written as Markdown paragraphs', () => {
    const markdown = seedArticle.paragraphs.join('\n\n');
    expect(blocks(markdown).map((block) => block.shown)).toEqual(seedArticle.paragraphs);
    expect(markdownParagraphs(markdown).every((paragraph) => paragraph.spans === undefined)).toBe(true);
  });

  it('give well-formed paragraphs for any text, however broken its Markdown', () => {
    const piece = fc.constantFrom(
      '#',
      '*',
      '_',
      '`',
      '[',
      ']',
      '(',
      ')',
      '!',
      '<',
      '>',
      '&',
      ';',
      '\\',
      '-',
      '1.',
      ' ',
      '\n',
      '\n\n',
      'a',
      'B',
      'ж',
      '😀',
      '&amp;',
      '&#x1F600;',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const markdown = pieces.join('');
        const paragraphs = markdownParagraphs(markdown);
        expect(paragraphProblem(markdown, paragraphs)).toBeNull();
        for (const paragraph of paragraphs) {
          const display = paragraphDisplay(markdown, paragraph);
          expect(display).toBe(display.trim());
        }
      }),
    );
  });
});
