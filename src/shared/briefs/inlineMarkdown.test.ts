import { describe, expect, it } from 'vitest';
import { inlineSpans, plainText } from './inlineMarkdown';
import { escapeMarkdownInline } from './markdownText';

describe('an item line as styled spans', () => {
  it('reads bold, italic, code, strike-through and links', () => {
    expect(
      inlineSpans('Ask **Samsung** about *plans*, `24` ~~projects~~ and [the report](https://example.org)'),
    ).toEqual([
      { text: 'Ask ' },
      { text: 'Samsung', bold: true },
      { text: ' about ' },
      { text: 'plans', italic: true },
      { text: ', ' },
      { text: '24', code: true },
      { text: ' ' },
      { text: 'projects', strike: true },
      { text: ' and ' },
      { text: 'the report', href: 'https://example.org' },
    ]);
  });

  it('keeps raw HTML as text and drops a link target that is not http(s) or mailto', () => {
    expect(inlineSpans('<b>x</b> [run](/app/relative)')).toEqual([{ text: '<b>x</b> run' }]);
    // markdown-it itself refuses script links, which stay as the text typed.
    expect(inlineSpans('[run](javascript:alert(1))')).toEqual([{ text: '[run](javascript:alert(1))' }]);
  });

  it('gives back card text escaped for Markdown exactly as the card wrote it', () => {
    const card = '# USD 1.7 billion *projected* [sic] <b> 1. under_score';
    expect(plainText(escapeMarkdownInline(card))).toBe(card);
    expect(plainText(escapeMarkdownInline('1. First'))).toBe('1. First');
  });

  it('keeps Korean and Cyrillic text whole', () => {
    expect(inlineSpans('**삼성** и Қазақстан')).toEqual([{ text: '삼성', bold: true }, { text: ' и Қазақстан' }]);
  });
});
