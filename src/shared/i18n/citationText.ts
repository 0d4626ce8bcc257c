import type { FactsAsOf } from '../citation';
import { formatFactDate } from './formats';
import type { Translator } from './translator';

/** "1, 3 and 6" / "1, 3 и 6" / "1, 3 및 6": Intl's list of the paragraph numbers. */
function numberList(paragraphs: readonly number[], translator: Translator): string {
  return translator.intl.formatList(paragraphs.map(String), { type: 'conjunction' });
}

/** "Paragraphs 1, 3 and 6 of the source article", in the translator's language. */
export function paragraphsOfArticleText(paragraphs: readonly number[], translator: Translator): string {
  return translator.t('citation.ofArticle', {
    count: paragraphs.length,
    list: numberList(paragraphs, translator),
  });
}

/** "paragraphs 1, 3 and 6", to go inside a sentence. */
export function paragraphsPhraseText(paragraphs: readonly number[], translator: Translator): string {
  return translator.t('citation.phrase', { count: paragraphs.length, list: numberList(paragraphs, translator) });
}

/** "Facts as of August 2021" and its caveat, in the translator's language. */
export function asOfText(asOf: FactsAsOf & { iso?: string }, translator: Translator): FactsAsOf {
  const label = asOf.iso ? formatFactDate({ iso: asOf.iso, label: asOf.label }, translator.locale) : asOf.label;
  return {
    label,
    heading: translator.t('asOf.heading', { date: label }),
    note: translator.t('asOf.note'),
  };
}
