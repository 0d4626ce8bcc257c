import { describe, expect, it } from 'vitest';
import { BriefingError } from '../errors';
import { paragraphDisplay } from './paragraphs/paragraphSpans';
import { pastedTextDraft } from './pastedText';
import { draftFromText, withRule } from './sourceDraft';
import { sourceFileMaxBytes } from './sourceRecord';
import { seedArticle, seedArticleText } from './testing/shippedArticle';

const shown = (draft: { text: string; paragraphs: { start: number; end: number }[] }) =>
  draft.paragraphs.map((paragraph) => paragraphDisplay(draft.text, paragraph));

describe('drafts of an article to import', () => {
  it('take pasted text exactly as pasted and split the shipped article into its nine paragraphs', () => {
    const draft = pastedTextDraft(seedArticleText);
    expect(draft.text).toBe(seedArticleText);
    expect(draft.rule).toBe('lines');
    expect(shown(draft)).toEqual(seedArticle.paragraphs);
    expect(draft.origin).toEqual({ kind: 'pasted' });
  });

  it('offer a short first paragraph of pasted text as the title, and nothing when it is a sentence of the text', () => {
    expect(pastedTextDraft('Summit in Seoul\n\nThe two presidents met.').suggested).toEqual({
      title: 'Summit in Seoul',
    });
    expect(pastedTextDraft(seedArticleText).suggested).toEqual({});
    expect(pastedTextDraft('Only one paragraph.').suggested).toEqual({});
  });

  it('refuse what is not text, empty text and text over 20 MB, with a reason and nothing imported', () => {
    for (const pasted of [undefined, 42, { text: 'x' }, '', ' \n\t ', 'x'.repeat(sourceFileMaxBytes + 1)]) {
      let error: unknown;
      try {
        pastedTextDraft(pasted);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(BriefingError);
      expect((error as BriefingError).code).toBe('invalid-request');
      expect((error as BriefingError).message).toMatch(/Nothing was imported\.$/);
    }
  });

  it('count the 20 MB in UTF-8 bytes, as a file would be', () => {
    const korean = '한'.repeat(Math.floor(sourceFileMaxBytes / 3) + 1);
    expect(korean.length).toBeLessThan(sourceFileMaxBytes);
    expect(() => pastedTextDraft(korean)).toThrow(/at most 20 MB/);
  });

  it('switch the paragraphing rule on the same text, keeping the text untouched', () => {
    const text = 'Line one\nline two\n\nLine three';
    const byBlankLines = draftFromText(text, { kind: 'pasted' });
    expect(shown(byBlankLines)).toEqual(['Line one\nline two', 'Line three']);
    const byLines = withRule(byBlankLines, 'lines');
    expect(byLines.text).toBe(text);
    expect(shown(byLines)).toEqual(['Line one', 'line two', 'Line three']);
  });

  it('read a Markdown file by its blocks and attach the block kinds an importer found', () => {
    const md = draftFromText('# Title\n\nText.', {
      kind: 'md',
      fileName: 'a.md',
      fileBytes: 15,
      fileChecksum: 'sha256:' + '0'.repeat(64),
    });
    expect(md.rule).toBe('markdown');
    expect(shown(md)).toEqual(['Title', 'Text.']);
    const html = draftFromText('Headline\n\nBody.', { kind: 'pasted' }, { roles: ['heading', 'paragraph'] });
    expect(html.paragraphs.map((paragraph) => paragraph.role)).toEqual(['heading', undefined]);
  });
});
