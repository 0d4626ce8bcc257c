import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphDisplay } from '../../../shared/sources/paragraphs/paragraphSpans';
import { plainTextParagraphs } from '../../../shared/sources/paragraphs/plainTextParagraphs';
import { layOutPdfText, type PdfPage, type PdfTextItem } from './pdfTextLayout';

/** A line of text as pdf.js reports it: at `y` on the page (PDF units grow upwards), 11 units high. */
const line = (text: string, y: number, height = 11, x = 70): PdfTextItem => ({
  text,
  x,
  y,
  width: text.length * height * 0.5,
  height,
  endOfLine: true,
});

describe('laying out a PDF’s text', () => {
  it('joins lines 16 units apart into a paragraph and starts a new one after a wider gap', () => {
    const page: PdfPage = {
      items: [line('First line of the first', 700), line('paragraph, which ends here.', 684), line('Second one.', 655)],
    };
    expect(layOutPdfText([page]).paragraphs).toEqual([
      'First line of the first\nparagraph, which ends here.',
      'Second one.',
    ]);
  });

  it('keeps a large heading’s lines together and marks it a heading', () => {
    const page: PdfPage = {
      items: [
        line('A headline that runs', 760, 18),
        line('over two lines', 738, 18),
        line('Body text.', 700),
        line('More body.', 684),
      ],
    };
    const layout = layOutPdfText([page]);
    expect(layout.paragraphs).toEqual(['A headline that runs\nover two lines', 'Body text.\nMore body.']);
    expect(layout.roles).toEqual(['heading', 'paragraph']);
  });

  it('puts a space between runs the PDF placed apart, and none inside a word split in two runs', () => {
    const runs: PdfTextItem[] = [
      { text: 'USD', x: 70, y: 700, width: 20, height: 11, endOfLine: false },
      { text: '4', x: 94, y: 700, width: 6, height: 11, endOfLine: false },
      { text: 'Bill', x: 104, y: 700, width: 18, height: 11, endOfLine: false },
      { text: 'ion', x: 122, y: 700, width: 15, height: 11, endOfLine: true },
    ];
    expect(layOutPdfText([{ items: runs }]).paragraphs).toEqual(['USD 4 Billion']);
  });

  it('carries a paragraph over a page break when the page ends mid-sentence, and drops page numbers', () => {
    const pages: PdfPage[] = [
      { items: [line('A paragraph that goes on', 700), line('past the end of', 684), line('1', 40)] },
      { items: [line('2', 800), line('the page, and ends.', 700), line('A new paragraph.', 671)] },
      { items: [line('Starts a page.', 700)] },
    ];
    expect(layOutPdfText(pages).paragraphs).toEqual([
      'A paragraph that goes on\npast the end of\nthe page, and ends.',
      'A new paragraph.',
      'Starts a page.',
    ]);
  });

  it('gives text that the blank-lines rule splits back into exactly its paragraphs', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9.,’-]{1,12}$/);
    const items = fc.array(
      fc.record({
        words: fc.array(word, { minLength: 1, maxLength: 6 }),
        gap: fc.constantFrom(14, 16, 30),
        height: fc.constantFrom(11, 18),
      }),
      { minLength: 1, maxLength: 30 },
    );
    fc.assert(
      fc.property(items, (lines) => {
        let y = 800;
        const page: PdfPage = {
          items: lines.map(({ words, gap, height }) => {
            y -= gap;
            return line(words.join(' '), y, height);
          }),
        };
        const layout = layOutPdfText([page]);
        const again = plainTextParagraphs(layout.text, 'blank-lines').map((paragraph) =>
          paragraphDisplay(layout.text, paragraph),
        );
        expect(again).toEqual(layout.paragraphs);
        expect(layout.roles).toHaveLength(layout.paragraphs.length);
      }),
    );
  });
});
