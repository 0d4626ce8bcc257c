import { describe, expect, it } from 'vitest';
import { openQuestionText, openQuestionsFromCards, splitSentences, tellsWhatIsMissing } from './openQuestions';
import { ownCard, seed, seedCard } from './testing/seedLibrary';

describe('open questions: what the cards say the article does not tell', () => {
  it('finds the seed’s phrasings of a gap, and not sentences that state a fact', () => {
    for (const sentence of [
      'The article does not say what the deal covers or who signed it for each side.',
      'It gives no year or period for the number and no current baseline to compare it with.',
      'The article names neither the ministers nor the CEO.',
      'The article gives neither a full list nor a breakdown by sector.',
      'The article places the meeting in Seoul, without naming the exact days.',
      'The article does not reproduce the text of the statement.',
      'Who signed it is not known.',
    ]) {
      expect(tellsWhatIsMissing(sentence), sentence).toBe(true);
    }
    for (const sentence of [
      'President Tokayev said 24 more projects were being worked on.',
      'The article credits The Korea Herald with reporting it.',
      'The nuclear status of the Korean Peninsula is not unknown to anyone.',
    ]) {
      expect(tellsWhatIsMissing(sentence), sentence).toBe(false);
    }
  });

  it('splits sentences without breaking “USD 1.7 billion”', () => {
    expect(splitSentences(seedCard('deal-usd-1-7-billion').body)).toEqual([
      'The article credits The Astana Times with reporting a deal worth USD 1.7 billion, signed by Kazakhstan and South Korea during the two-day visit.',
      'It does not say what the deal covers or who signed it for each side.',
      'The length of the visit comes from the same report; see the note below.',
    ]);
  });

  it('spells out the seed’s “It” (the article) and drops pointers to caveat notes a brief does not print', () => {
    expect(openQuestionText('It does not say which areas were added; see the note below.', 'seed')).toBe(
      'The article does not say which areas were added.',
    );
    expect(
      openQuestionText(
        'The article names neither the ministers nor the CEO; see the notes below, which also explain why.',
        'seed',
      ),
    ).toBe('The article names neither the ministers nor the CEO.');
    // On the user's own card, "It" may mean anything, so it stays.
    expect(openQuestionText('It does not say when', 'user')).toBe('It does not say when.');
  });

  it('takes from the real seed one question per gap, each from its card, none twice', () => {
    const questions = openQuestionsFromCards(seed.facts);
    expect(questions.length).toBe(26);
    expect(new Set(questions.map((question) => question.text)).size).toBe(questions.length);
    expect(questions.find((question) => question.factId === 'deal-usd-1-7-billion')?.text).toBe(
      'The article does not say what the deal covers or who signed it for each side.',
    );
    // Cards that state facts only give none.
    expect(questions.some((question) => question.factId === 'korean-delegation')).toBe(false);
    expect(questions.some((question) => question.factId === 'summit-overview')).toBe(false);
  });

  it('escapes Markdown in the user’s card text and says nothing of a card without gaps', () => {
    const own = ownCard({ id: 'user-x', title: 'x', body: 'The minister does not say *when*. He arrived on time.' });
    expect(openQuestionsFromCards([own])).toEqual([
      { factId: 'user-x', text: 'The minister does not say \\*when\\*.' },
    ]);
    expect(openQuestionsFromCards([ownCard({ id: 'user-y', title: 'y', body: 'All is known.' })])).toEqual([]);
  });
});
