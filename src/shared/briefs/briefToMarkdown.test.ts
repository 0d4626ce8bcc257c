import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { composeBriefDocument } from './briefDocument';
import { englishBriefLabels, type BriefLabels } from './briefLabels';
import { briefToMarkdown } from './briefToMarkdown';
import { updateBriefHeader } from './briefOperations';
import { sampleBrief } from './testing/sampleBrief';
import { seed } from './testing/seedLibrary';

function markdown(includeAnnex: boolean, labels: BriefLabels = englishBriefLabels, title?: string): string {
  const { brief, context } = sampleBrief();
  const named = title ? updateBriefHeader([brief], { briefId: brief.id, title }, context).briefs[0] : brief;
  if (!named) throw new Error('no brief');
  const document = composeBriefDocument(
    named,
    { fact: context.fact, sources: seed.sources },
    { includeAnnex, locale: labels.locale },
  );
  return briefToMarkdown(document, labels);
}

function headings(text: string): string[] {
  return text.split('\n').filter((line) => /^#{1,3} /.test(line));
}

describe('a brief as Markdown', () => {
  it('opens with the handling label, the title and the meeting block, and ends with the label', () => {
    const text = markdown(false);
    expect(text.split('\n').slice(0, 9)).toEqual([
      '**Internal — not for circulation**',
      '',
      '# Meeting with the Korean Minister of Foreign Affairs',
      '',
      '**Date:** 17 August 2021\\',
      '**Time:** 10:30\\',
      '**Place:** Ministry of Foreign Affairs, Seoul\\',
      '**Counterpart:** Minister of Foreign Affairs of the Republic of Korea\\',
      '**Attendees:** Head of delegation; Ambassador of Kazakhstan to the Republic of Korea; Note-taker',
    ]);
    expect(text).toMatch(/\*Facts as of August 2021\. The cards record the summit/);
    expect(text.trimEnd().split('\n').slice(-3)).toEqual(['---', '', '**Internal — not for circulation**']);
  });

  it('prints the sections in order, with their own marks, and the notes last', () => {
    const text = markdown(false);
    expect(headings(text)).toEqual([
      '# Meeting with the Korean Minister of Foreign Affairs',
      '## Objective',
      '## Points to make',
      '## Points to raise',
      '## Points to avoid',
      '## Lines to take with the press',
      '## Background',
      '## Pen pictures',
      '## Timeline',
      '## Open questions',
      '## Addenda',
      '## Notes',
    ]);
    expect(text).toContain('- Welcome the deal signed during the visit.[^1]');
    expect(text).toContain(
      '  *If raised:* The joint statement highlights the return of remains; we will not go beyond it.',
    );
    expect(text).toContain('- *Usable:* According to The Astana Times, as the article cites it,');
    expect(text).toContain(
      '- **Moon Jae-in**, President of South Korea — Kazakhstan and South Korea hold a summit in Seoul;',
    );
    expect(text).toContain('- **2019** — Fresh Wind programme, launched in 2019[^');
    expect(text).toContain('**Addendum 2** · 27 November 2026\\\nStart moved to 10:30 at the Korean side’s request.');
    expect(text).toContain('[^1]: ¶3 · The Astana Times — *USD 1.7 billion deal, reported by The Astana Times*');
  });

  it('keeps Korean, Russian and Kazakh text intact', () => {
    const text = markdown(false);
    expect(text).toContain('- Поблагодарить корейскую сторону за тёплый приём в Сеуле.');
    expect(text).toContain('- Қазақстан мен Корея арасындағы ынтымақтастықты кеңейту.');
    expect(text).toContain('- 자원 공동 연구 사업의 범위와 일정은 무엇입니까?');
  });

  it('adds the annex of cited cards, with sources and caveats, only when chosen', () => {
    expect(markdown(false)).not.toContain('Annex');
    const text = markdown(true);
    expect(headings(text)).toContain('## Annex: the cited cards');
    expect(headings(text)).toContain('### President Moon Jae-in');
    expect(text).toContain('*¶3, 5, 9 · The Korea Herald*');
    expect(text).toContain('> **Caveat:** The source says “seeking energy”.');
    expect(text.indexOf('## Annex')).toBeLessThan(text.indexOf('## Notes'));
  });

  it('takes every label from the labels given', () => {
    const korean: BriefLabels = {
      ...englishBriefLabels,
      locale: 'ko',
      sections: { ...englishBriefLabels.sections, objective: '목표', background: '배경' },
      disclosure: { usable: '공개 가능', 'not-for-disclosure': '비공개' },
      meeting: { ...englishBriefLabels.meeting, date: '일시' },
      addendum: '추가 {number}',
      notes: '주',
    };
    const text = markdown(false, korean);
    expect(headings(text)).toContain('## 목표');
    expect(headings(text)).toContain('## 배경');
    expect(headings(text)).toContain('## 주');
    expect(text).toContain('**일시:** 2021년 8월 17일');
    expect(text).toContain('- *공개 가능:* ');
    expect(text).toContain('**추가 1** · 2026년 11월 27일');
  });

  it('escapes the user’s header text so it cannot change the layout, and renders as valid Markdown', () => {
    const text = markdown(false, englishBriefLabels, '# Not a *heading* [link]');
    expect(text).toContain('# \\# Not a \\*heading\\* \\[link\\]');
    const html = new MarkdownIt({ html: false }).render(text);
    expect(html).toContain('<h1># Not a *heading* [link]</h1>');
    expect(html).toContain('<strong>USD 1.7 billion</strong>');
  });
});
