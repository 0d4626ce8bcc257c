import { describe, expect, it } from 'vitest';
import { composeBriefDocument, personLine } from './briefDocument';
import { englishBriefLabels, fillTemplate, formatBriefDate, splitTemplate } from './briefLabels';
import { briefSectionIds } from './briefSchema';
import { sampleBrief } from './testing/sampleBrief';
import { seed } from './testing/seedLibrary';

function sampleDocument(includeAnnex = true, locale = 'en-GB') {
  const { brief, context } = sampleBrief();
  return {
    brief,
    document: composeBriefDocument(brief, { fact: context.fact, sources: seed.sources }, { includeAnnex, locale }),
  };
}

describe('the brief document model', () => {
  it('keeps the sections that hold items, in the fixed order, with anchors', () => {
    const { document } = sampleDocument();
    const order = document.sections.map((section) => section.id);
    // Every section, in the schema's fixed order (briefSchema.test.ts pins that order itself).
    expect(order).toEqual([...briefSectionIds]);
    expect(document.sections[0]?.anchor).toBe('brief-objective');
  });

  it('carries the header block, dated in the labels’ language', () => {
    const { document } = sampleDocument(false, 'ru');
    expect(document.meeting).toEqual({
      dateLabel: '17 августа 2021 г.',
      time: '10:30',
      place: 'Ministry of Foreign Affairs, Seoul',
      counterpart: 'Minister of Foreign Affairs of the Republic of Korea',
      attendees: ['Head of delegation', 'Ambassador of Kazakhstan to the Republic of Korea', 'Note-taker'],
    });
    expect(document.handlingLabel).toBe('Internal — not for circulation');
    expect(document.asOf).toEqual({ iso: '2021-08', label: 'август 2021 г.' });
  });

  it('numbers one end note per citing item, in reading order, and the addenda 1, 2', () => {
    const { document } = sampleDocument();
    const numbered = document.sections.flatMap((section) => section.blocks).filter((block) => block.noteNumber);
    expect(numbered.map((block) => block.noteNumber)).toEqual(document.notes.map((note) => note.number));
    expect(document.notes.map((note) => note.number)).toEqual(document.notes.map((_note, index) => index + 1));
    expect(document.notes[0]?.citations).toEqual([
      {
        factId: 'deal-usd-1-7-billion',
        cardTitle: 'USD 1.7 billion deal, reported by The Astana Times',
        label: '¶3 · The Astana Times',
      },
    ]);
    const addenda = document.sections.find((section) => section.id === 'addenda')?.blocks;
    expect(addenda?.map((block) => [block.number, block.dateLabel])).toEqual([
      [1, '27 November 2026'],
      [2, '27 November 2026'],
    ]);
  });

  it('puts the cited cards in the annex in order of first citation, only when chosen', () => {
    const { document } = sampleDocument();
    expect(document.annex.map((card) => card.factId)).toEqual([
      'deal-usd-1-7-billion',
      'return-of-remains',
      'summit-overview',
      'korean-enterprises-in-kazakhstan',
      'president-moon',
      'fresh-wind-programme',
      'joint-statement-signed',
    ]);
    expect(document.annex[4]?.sourceLabel).toBe('¶3, 5, 9 · The Korea Herald');
    expect(sampleDocument(false).document.annex).toEqual([]);
  });

  it('keeps the note of a card since deleted, saying so rather than dropping it', () => {
    const { brief, context } = sampleBrief();
    const withoutDeal = (id: string) => (id === 'deal-usd-1-7-billion' ? undefined : context.fact(id));
    const document = composeBriefDocument(
      brief,
      { fact: withoutDeal, sources: seed.sources },
      { includeAnnex: true, locale: 'en-GB' },
    );
    expect(document.notes[0]?.citations).toEqual([{ factId: 'deal-usd-1-7-billion', label: '¶3' }]);
    expect(document.annex.some((card) => card.factId === 'deal-usd-1-7-billion')).toBe(false);
  });

  it('says the role, and the country only where the role does not', () => {
    expect(personLine({ name: 'Moon Jae-in', role: 'President of South Korea', country: 'South Korea' })).toBe(
      'President of South Korea',
    );
    expect(personLine({ name: 'Abai Kunanbaiuly', role: 'Kazakh poet', country: 'Kazakhstan' })).toBe(
      'Kazakh poet, Kazakhstan',
    );
    expect(personLine({ name: 'Someone' })).toBe('');
  });
});

describe('labels', () => {
  it('write dates as precise as they are, in each of the app’s languages', () => {
    expect(formatBriefDate('2021-08-17', 'en-GB')).toBe('17 August 2021');
    expect(formatBriefDate('2021-08', 'en-GB')).toBe('August 2021');
    expect(formatBriefDate('2019', 'en-GB')).toBe('2019');
    expect(formatBriefDate('2021-08-17', 'ko')).toBe('2021년 8월 17일');
    expect(formatBriefDate('2021-08-17', 'kk')).toMatch(/тамыз/);
    expect(formatBriefDate('2021-08-17', 'not a locale!')).toBe('17 August 2021');
  });

  it('fill and split templates, leaving an unknown slot visible', () => {
    expect(fillTemplate(englishBriefLabels.addendum, { number: 2 })).toBe('Addendum 2');
    expect(fillTemplate('Page {page} of {pgs}', { page: 1 })).toBe('Page 1 of {pgs}');
    expect(splitTemplate(englishBriefLabels.pageOfPages)).toEqual([
      { text: 'Page ' },
      { slot: 'page' },
      { text: ' of ' },
      { slot: 'pages' },
    ]);
    expect(splitTemplate('{page} / {pages}')).toEqual([{ slot: 'page' }, { text: ' / ' }, { slot: 'pages' }]);
  });
});
