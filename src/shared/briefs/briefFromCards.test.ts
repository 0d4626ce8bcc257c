import { describe, expect, it } from 'vitest';
import { citationLabel } from './briefCitations';
import { createBriefFromCards } from './briefFromCards';
import { briefSectionIds, type Brief } from './briefSchema';
import { refusal, snapshot } from './testing/briefBuilders';
import { provenanceOf } from './testing/provenance';
import { ownCard, seed, seedCard, testContext } from './testing/seedLibrary';

const allCards = seed.facts.map((fact) => fact.id);

function fromCards(factIds: string[], context = testContext()): Brief {
  const { changed } = createBriefFromCards(
    [],
    { title: 'Seoul summit', handlingLabel: 'Internal — not for circulation', factIds },
    context,
  );
  if (!changed.brief) throw new Error('no brief was made');
  return changed.brief;
}

describe('a new brief from these cards', () => {
  it('fills Background with each card’s summary, citing the card, usable as a public report', () => {
    const brief = fromCards(allCards);
    expect(brief.sections.background).toHaveLength(26);
    const deal = brief.sections.background.find((item) => item.cites[0]?.factId === 'deal-usd-1-7-billion');
    expect(deal).toMatchObject({
      text: seedCard('deal-usd-1-7-billion').summary,
      cites: [{ factId: 'deal-usd-1-7-billion', paragraphs: [3] }],
      disclosure: 'usable',
    });
    expect(
      citationLabel(deal?.cites[0] ?? { factId: '', paragraphs: [] }, seedCard('deal-usd-1-7-billion'), seed.sources),
    ).toBe('¶3 · The Astana Times');
  });

  it('fills Pen pictures with each person once, their role and the titles of the cards that name them', () => {
    const brief = fromCards(allCards);
    const pictures = brief.sections['pen-pictures'];
    expect(pictures.map((item) => item.person)).toEqual([
      { name: 'Kassym-Jomart Tokayev', role: 'President of Kazakhstan', country: 'Kazakhstan' },
      { name: 'Moon Jae-in', role: 'President of South Korea', country: 'South Korea' },
      { name: 'Abai Kunanbaiuly', role: 'Kazakh poet', country: 'Kazakhstan' },
    ]);
    expect(pictures[1]?.text).toBe(
      "Kazakhstan and South Korea hold a summit in Seoul; President Moon Jae-in; Korea's New Deal and Kazakhstan's 2025 plan; A proposed joint research project on natural resources",
    );
    expect(pictures[1]?.cites.map((cite) => cite.factId)).toEqual([
      'summit-overview',
      'president-moon',
      'new-deal-2025-plan-synergy',
      'joint-natural-resources-research',
    ]);
  });

  it('fills Timeline with every dated card, in date order', () => {
    const brief = fromCards(allCards);
    expect(brief.sections.timeline.map((item) => [item.date, item.text])).toEqual([
      ['2019', 'Fresh Wind programme, launched in 2019'],
      ['2021-08', 'Kazakhstan and South Korea hold a summit in Seoul'],
      ['2021-08', "The Kazakh president's visit to Seoul"],
      ['2021-08', 'Fresh Wind extended to more areas'],
      ['2021-08', 'Joint statement signed towards the end of the summit'],
    ]);
    const dated = seed.facts.filter((fact) => fact.date).map((fact) => fact.id);
    expect(brief.sections.timeline.map((item) => item.cites[0]?.factId).sort()).toEqual(dated.sort());
  });

  it('fills Open questions with what the cards say the article does not tell', () => {
    const brief = fromCards(allCards);
    const questions = brief.sections['open-questions'];
    expect(questions).toHaveLength(26);
    expect(questions.map((item) => item.text)).toContain('The article does not reproduce the text of the statement.');
    expect(questions.every((item) => item.cites.length === 1)).toBe(true);
  });

  it('leaves the user’s own sections empty', () => {
    const brief = fromCards(allCards);
    for (const section of [
      'objective',
      'points-to-make',
      'points-to-raise',
      'points-to-avoid',
      'press-lines',
      'addenda',
    ] as const) {
      expect(brief.sections[section], section).toEqual([]);
    }
    expect(brief.handlingLabel).toBe('Internal — not for circulation');
  });

  it('adds nothing that is not in a card: every generated item’s text comes from a card it cites', () => {
    const context = testContext();
    const brief = fromCards(allCards, context);
    const items = briefSectionIds.flatMap((section) => brief.sections[section]);
    expect(items.length).toBe(26 + 3 + 5 + 26);
    for (const item of items) {
      expect(provenanceOf(item, context.fact), item.text).toBeDefined();
    }
  });

  it('the provenance check itself fails on an invented line', () => {
    const context = testContext();
    const brief = fromCards(['deal-usd-1-7-billion'], context);
    const item = brief.sections.background[0];
    if (!item) throw new Error('no background item');
    expect(provenanceOf({ ...item, text: 'The deal is worth USD 2 billion.' }, context.fact)).toBeUndefined();
    const picture = fromCards(['president-moon'], context).sections['pen-pictures'][0];
    if (!picture) throw new Error('no pen picture');
    expect(
      provenanceOf({ ...picture, person: { name: 'Moon Jae-in', role: 'Former lawyer' } }, context.fact),
    ).toBeUndefined();
  });

  it('marks the user’s own cards not for disclosure, and takes their people too', () => {
    const own = ownCard({
      id: 'user-dinner',
      title: 'Dinner with the Kazakh delegation',
      summary: 'Dinner at 19:00 at the embassy.',
      people: [{ name: 'Toqayev', role: 'Guest of honour' }],
    });
    const context = testContext({ ownFacts: [own] });
    const brief = fromCards(['president-tokayev', 'user-dinner'], context);
    expect(brief.sections.background.map((item) => item.disclosure)).toEqual(['usable', 'not-for-disclosure']);
    expect(brief.sections['pen-pictures']).toHaveLength(1);
    expect(brief.sections['pen-pictures'][0]?.person?.role).toBe('President of Kazakhstan; Guest of honour');
    expect(brief.sections['pen-pictures'][0]?.cites).toEqual([
      { factId: 'president-tokayev', paragraphs: [1, 2, 3, 7] },
      { factId: 'user-dinner', paragraphs: [] },
    ]);
  });

  it('takes each card once, in the order given', () => {
    const brief = fromCards(['return-of-remains', 'summit-overview', 'return-of-remains']);
    expect(brief.sections.background.map((item) => item.cites[0]?.factId)).toEqual([
      'return-of-remains',
      'summit-overview',
    ]);
  });

  it('refuses a card that does not exist, and a selection too large for one brief, changing nothing', () => {
    const context = testContext();
    const briefs = createBriefFromCards([], { title: 'Kept', factIds: ['summit-overview'] }, context).briefs;
    const before = snapshot(briefs);
    const missing = refusal(() =>
      createBriefFromCards(briefs, { title: 'T', factIds: ['summit-overview', 'gone'] }, context),
    );
    expect(missing.code).toBe('not-found');
    expect(missing.message).toBe('There is no card with the id "gone"; nothing was changed.');
    const many = Array.from({ length: 501 }, (_value, index) =>
      ownCard({ id: `user-${index}`, title: `Card ${index}` }),
    );
    const big = testContext({ ownFacts: many });
    const tooMany = refusal(() => createBriefFromCards([], { title: 'T', factIds: many.map((fact) => fact.id) }, big));
    expect(tooMany.message).toBe(
      'These 501 cards would make a brief of 501 items and a brief holds at most 500; choose fewer cards; nothing was changed.',
    );
    expect(refusal(() => createBriefFromCards([], { title: 'T', factIds: [] }, context)).message).toBe(
      'Choose at least one card; nothing was changed.',
    );
    expect(briefs).toEqual(before);
  });
});
