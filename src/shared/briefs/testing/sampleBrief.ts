import type { AddItemInput } from '../briefInputs';
import { addItem } from '../briefItemOperations';
import { createBriefFromCards } from '../briefFromCards';
import type { Brief } from '../briefSchema';
import { testContext } from './seedLibrary';

export const sampleCards = [
  'summit-overview',
  'deal-usd-1-7-billion',
  'korean-enterprises-in-kazakhstan',
  'president-moon',
  'fresh-wind-programme',
  'joint-statement-signed',
  'return-of-remains',
];

/**
 * A brief as a delegation would carry it, built through the real operations on the real seed:
 * generated sections from seven cards, and the user's own lines in English, Russian, Kazakh and Korean.
 */
export function sampleBrief(): { brief: Brief; context: ReturnType<typeof testContext> } {
  const context = testContext();
  let briefs = createBriefFromCards(
    [],
    {
      title: 'Meeting with the Korean Minister of Foreign Affairs',
      meetingDate: '2021-08-17',
      meetingTime: '10:30',
      place: 'Ministry of Foreign Affairs, Seoul',
      counterpart: 'Minister of Foreign Affairs of the Republic of Korea',
      attendees: ['Head of delegation', 'Ambassador of Kazakhstan to the Republic of Korea', 'Note-taker'],
      handlingLabel: 'Internal — not for circulation',
      factIds: sampleCards,
    },
    context,
  ).briefs;
  const add = (input: Omit<AddItemInput, 'briefId'>) => {
    briefs = addItem(briefs, { briefId: briefs[0]?.id ?? '', ...input }, context).briefs;
  };
  add({ section: 'objective', text: 'Agree next steps on the **USD 1.7 billion** package and the 30th anniversary.' });
  add({
    section: 'points-to-make',
    text: 'Welcome the deal signed during the visit.',
    cites: [{ factId: 'deal-usd-1-7-billion', paragraphs: [3] }],
  });
  add({ section: 'points-to-make', text: 'Поблагодарить корейскую сторону за тёплый приём в Сеуле.' });
  add({ section: 'points-to-make', text: 'Қазақстан мен Корея арасындағы ынтымақтастықты кеңейту.' });
  add({ section: 'points-to-raise', text: '자원 공동 연구 사업의 범위와 일정은 무엇입니까?' });
  add({
    section: 'points-to-avoid',
    text: 'Whose remains the joint statement means.',
    ifRaised: 'The joint statement highlights the return of remains; we will not go beyond it.',
    cites: [{ factId: 'return-of-remains', paragraphs: [9] }],
  });
  add({ section: 'press-lines', text: 'A summit that takes a steady relationship further.' });
  add({ section: 'addenda', text: 'The Minister’s adviser will join the meeting.' });
  add({ section: 'addenda', text: 'Start moved to 10:30 at the Korean side’s request.' });
  const brief = briefs[0];
  if (!brief) throw new Error('the sample brief was not made');
  return { brief, context };
}
