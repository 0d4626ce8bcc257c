import { describe, expect, it } from 'vitest';
import { explainedSpellings, nameTokens, penPicturesFromCards } from './penPictures';
import { ownCard, seed, seedCard } from './testing/seedLibrary';

describe('the people the cards name', () => {
  it('are the three people of the real seed, each once, with the cards that name them', () => {
    const pictures = penPicturesFromCards(seed.facts);
    expect(pictures.map((picture) => [picture.name, picture.roles, picture.country])).toEqual([
      ['Kassym-Jomart Tokayev', ['President of Kazakhstan'], 'Kazakhstan'],
      ['Moon Jae-in', ['President of South Korea'], 'South Korea'],
      ['Abai Kunanbaiuly', ['Kazakh poet'], 'Kazakhstan'],
    ]);
    const tokayev = pictures[0];
    const naming = seed.facts.filter((fact) => fact.people.some((person) => person.name === 'Kassym-Jomart Tokayev'));
    expect(tokayev?.factIds).toEqual(naming.map((fact) => fact.id));
    expect(tokayev?.factIds).toHaveLength(7);
  });

  it('learn the spellings the caveats explain, and only those', () => {
    const tokayev = { name: 'Kassym-Jomart Tokayev', role: 'President of Kazakhstan' };
    expect(explainedSpellings(seedCard('summit-overview'), tokayev)).toEqual(['Qasym- Jomart Toqayev']);
    expect(explainedSpellings(seedCard('state-visit-to-seoul'), tokayev)).toEqual(['Toqayey', 'Toqayev']);
    // Moon's card explains "seeking energy", which is no spelling of his name.
    expect(explainedSpellings(seedCard('president-moon'), { name: 'Moon Jae-in', role: 'x' })).toEqual([]);
    expect(penPicturesFromCards(seed.facts)[0]?.spellings).toEqual(['Qasym- Jomart Toqayev', 'Toqayey', 'Toqayev']);
  });

  it('merge the article’s spellings “Toqayey” and “Toqayev” from the user’s own cards into one person', () => {
    const misspelt = ownCard({
      id: 'user-lunch',
      title: 'Lunch with the president',
      people: [{ name: 'Toqayey', role: 'Host of the lunch' }],
    });
    const article = ownCard({
      id: 'user-article',
      title: 'As the article spells him',
      people: [{ name: 'Qasym-Jomart Toqayev', role: 'President of Kazakhstan' }],
    });
    const pictures = penPicturesFromCards([seedCard('president-tokayev'), misspelt, article]);
    expect(pictures).toHaveLength(1);
    expect(pictures[0]).toMatchObject({
      name: 'Kassym-Jomart Tokayev',
      roles: ['President of Kazakhstan', 'Host of the lunch'],
      factIds: ['president-tokayev', 'user-lunch', 'user-article'],
    });
  });

  it('merge a short form of a name, and keep the fullest form whichever card comes first', () => {
    const short = ownCard({ id: 'user-moon', title: 'Moon at dinner', people: [{ name: 'Moon', role: 'Guest' }] });
    const pictures = penPicturesFromCards([short, seedCard('president-moon')]);
    expect(pictures.map((picture) => [picture.name, picture.factIds])).toEqual([
      ['Moon Jae-in', ['user-moon', 'president-moon']],
    ]);
  });

  it('do not merge a short name that fits two people, nor two different people', () => {
    const kims = ownCard({
      id: 'user-kims',
      title: 'Two ministers',
      people: [
        { name: 'Kim Boo-kyum', role: 'Prime Minister' },
        { name: 'Kim Jong-ho', role: 'Minister' },
      ],
    });
    const bare = ownCard({ id: 'user-kim', title: 'A Kim', people: [{ name: 'Kim', role: 'Adviser' }] });
    const pictures = penPicturesFromCards([kims, bare, seedCard('president-moon')]);
    expect(pictures.map((picture) => picture.name)).toEqual(['Kim Boo-kyum', 'Kim Jong-ho', 'Kim', 'Moon Jae-in']);
  });

  it('compare names without case, accents, hyphens or stray spaces', () => {
    expect(nameTokens('Qasym- Jomart Toqayev')).toEqual(['qasym', 'jomart', 'toqayev']);
    expect(nameTokens('Abai Qunanbaıuly')).toEqual(['abai', 'qunanbaıuly']);
    expect(nameTokens('Ábai  KUNANBAIULY,')).toEqual(['abai', 'kunanbaiuly']);
  });
});
