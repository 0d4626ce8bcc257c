import { describe, expect, it } from 'vitest';
import { composeBriefDocument, type BriefDocument } from '../../../shared/briefs/briefDocument';
import { englishBriefLabels, type BriefLabels } from '../../../shared/briefs/briefLabels';
import { sampleBrief } from '../../../shared/briefs/testing/sampleBrief';
import { seed } from '../../../shared/briefs/testing/seedLibrary';
import { briefToDocx } from './briefToDocx';
import { readDocx } from './testing/readDocx';

function sampleDocument(includeAnnex: boolean, locale = 'en-GB'): BriefDocument {
  const { brief, context } = sampleBrief();
  return composeBriefDocument(brief, { fact: context.fact, sources: seed.sources }, { includeAnnex, locale });
}

async function docx(includeAnnex = true, labels: BriefLabels = englishBriefLabels, paper: 'A4' | 'Letter' = 'A4') {
  return readDocx(await briefToDocx(sampleDocument(includeAnnex, labels.locale), labels, { paper }));
}

describe('a brief as a Word document', () => {
  it('is a well-formed .docx whose parts Word needs are all there', async () => {
    const file = await docx();
    for (const part of [
      '[Content_Types].xml',
      'word/document.xml',
      'word/styles.xml',
      'word/numbering.xml',
      'word/fontTable.xml',
    ]) {
      expect(file.parts[part], part).toBeDefined();
      expect(() => file.xml(part)).not.toThrow();
    }
    expect(file.parts['docProps/core.xml']).toContain(
      '<dc:title>Meeting with the Korean Minister of Foreign Affairs</dc:title>',
    );
  });

  it('has the title, then the sections in order as Word headings, the notes, then the annex', async () => {
    const file = await docx();
    const headings = file
      .paragraphs('word/document.xml')
      .filter((paragraph) => /^(Title|Heading1)$/.test(paragraph.style));
    expect(headings.map((paragraph) => paragraph.text)).toEqual([
      'Meeting with the Korean Minister of Foreign Affairs',
      'Objective',
      'Points to make',
      'Points to raise',
      'Points to avoid',
      'Lines to take with the press',
      'Background',
      'Pen pictures',
      'Timeline',
      'Open questions',
      'Addenda',
      'Notes',
      'Annex: the cited cards',
    ]);
    const cards = file.paragraphs('word/document.xml').filter((paragraph) => paragraph.style === 'Heading2');
    expect(cards[0]?.text).toBe('USD 1.7 billion deal, reported by The Astana Times');
  });

  it('prints the items with their marks, numbers and notes', async () => {
    const texts = (await docx()).paragraphs('word/document.xml').map((paragraph) => paragraph.text);
    expect(texts).toContain('Welcome the deal signed during the visit.1');
    expect(texts).toContain(
      'If raised: The joint statement highlights the return of remains; we will not go beyond it.',
    );
    expect(texts.some((text) => text.startsWith('Usable  According to The Astana Times'))).toBe(true);
    expect(texts).toContain('Kassym-Jomart Tokayev, President of Kazakhstan');
    expect(texts).toContain('2019\tFresh Wind programme, launched in 201912');
    expect(texts).toContain('Addendum 1  ·  27 November 2026');
    expect(texts).toContain('Addendum 2  ·  27 November 2026');
    expect(texts).toContain('1.\t¶3 · The Astana Times — USD 1.7 billion deal, reported by The Astana Times');
    expect(texts).toContain('Date · Time');
    expect(texts).toContain('17 August 2021, 10:30');
  });

  it('keeps Korean and Cyrillic text intact, set in fonts that have them', async () => {
    const file = await docx();
    const texts = file.paragraphs('word/document.xml').map((paragraph) => paragraph.text);
    expect(texts).toContain('자원 공동 연구 사업의 범위와 일정은 무엇입니까?');
    expect(texts).toContain('Поблагодарить корейскую сторону за тёплый приём в Сеуле.');
    expect(texts).toContain('Қазақстан мен Корея арасындағы ынтымақтастықты кеңейту.');
    expect(file.parts['word/styles.xml']).toContain('w:ascii="Arial"');
    expect(file.parts['word/styles.xml']).toContain('w:eastAsia="Malgun Gothic"');
    expect(file.parts['word/styles.xml']).toMatch(/<w:lang [^>]*w:eastAsia="ko-KR"/);
    expect(file.parts['word/fontTable.xml']).toContain(
      '<w:font w:name="Malgun Gothic"><w:altName w:val="Noto Sans KR"/>',
    );
    expect(file.parts['word/fontTable.xml']).toContain('<w:charset w:val="81"/>');
  });

  it('puts the handling label in the header and footer of every page, with Page X of Y', async () => {
    const file = await docx();
    const headerParts = Object.keys(file.parts).filter((part) => /^word\/header\d*\.xml$/.test(part));
    const footerParts = Object.keys(file.parts).filter((part) => /^word\/footer\d*\.xml$/.test(part));
    expect(headerParts.length).toBeGreaterThan(0);
    for (const part of headerParts) {
      expect(file.paragraphs(part).map((paragraph) => paragraph.text)).toEqual(['Internal — not for circulation']);
    }
    const footer = file.parts[footerParts[0] ?? ''] ?? '';
    expect(footer).toContain('Internal — not for circulation');
    expect(footer).toMatch(/Page <\/w:t>.*PAGE.*of <\/w:t>.*NUMPAGES/s);
    // One section, so the default header and footer are on every page.
    expect(file.parts['word/document.xml']?.match(/<w:sectPr/g)).toHaveLength(1);
    expect(file.parts['word/document.xml']).toContain('<w:headerReference w:type="default"');
  });

  it('links each note mark to its note', async () => {
    const xml = (await docx()).parts['word/document.xml'] ?? '';
    expect(xml).toMatch(/<w:hyperlink [^>]*w:anchor="brief_note_1"/);
    expect(xml).toMatch(/<w:bookmarkStart [^>]*w:name="brief_note_1"/);
    expect(xml).toContain('<w:vertAlign w:val="superscript"/>');
  });

  it('lays out A4 or US Letter pages', async () => {
    expect((await docx(false)).parts['word/document.xml']).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect((await docx(false, englishBriefLabels, 'Letter')).parts['word/document.xml']).toMatch(
      /<w:pgSz w:w="12240" w:h="15840"/,
    );
  });

  it('leaves out the annex unless chosen', async () => {
    const texts = (await docx(false)).paragraphs('word/document.xml').map((paragraph) => paragraph.text);
    expect(texts).not.toContain('Annex: the cited cards');
  });

  it('takes its labels from the labels given, and its page numbers from their template', async () => {
    const russian: BriefLabels = {
      ...englishBriefLabels,
      locale: 'ru',
      sections: { ...englishBriefLabels.sections, objective: 'Цель', 'points-to-make': 'Тезисы' },
      pageOfPages: 'Стр. {page} из {pages}',
      addendum: 'Дополнение {number}',
    };
    const file = await docx(false, russian);
    const texts = file.paragraphs('word/document.xml').map((paragraph) => paragraph.text);
    expect(texts).toContain('Цель');
    expect(texts).toContain('Тезисы');
    expect(texts).toContain('17 августа 2021 г., 10:30');
    expect(texts).toContain('Дополнение 1  ·  27 ноября 2026 г.');
    const footer = Object.entries(file.parts).find(([part]) => part.startsWith('word/footer'))?.[1] ?? '';
    expect(footer).toMatch(/Стр\. <\/w:t>.*PAGE.*из <\/w:t>.*NUMPAGES/s);
  });
});
