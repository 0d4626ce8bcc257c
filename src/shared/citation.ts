import type { Source } from './schema/source';

/** "1", "1 and 3", "1, 3 and 6": numbers as a sentence says them. */
function spokenList(numbers: readonly number[]): string {
  if (numbers.length <= 1) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

/** The card face's short form: "¶1, 3, 6", main paragraph first as the card cites them. */
export function paragraphsShort(paragraphs: readonly number[]): string {
  return paragraphs.length === 0 ? '' : `¶${paragraphs.join(', ')}`;
}

/** "paragraph 4", "paragraphs 1, 3 and 6". */
export function paragraphsPhrase(paragraphs: readonly number[]): string {
  return `${paragraphs.length === 1 ? 'paragraph' : 'paragraphs'} ${spokenList(paragraphs)}`;
}

/** "Paragraphs 1, 3 and 6 of the source article": what a reader checks the card against. */
export function paragraphsOfArticle(paragraphs: readonly number[]): string {
  const phrase = paragraphsPhrase(paragraphs);
  return `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)} of the source article`;
}

export interface FactsAsOf {
  /** "August 2021" */
  label: string;
  /** The same date as ISO ("2021-08"), so other languages can write it their way. */
  iso?: string;
  /** "Facts as of August 2021" */
  heading: string;
  /** The caveat that goes with it: the facts are dated, later events are not covered. */
  note: string;
}

/**
 * When the shipped facts stand true: the date of the article's summit. Names and offices change
 * (the capital was renamed, presidents leave office), so wherever the facts are shown or printed
 * the reader is told what they are as of. Undefined when no source carries a date.
 */
export function factsAsOf(sources: readonly Source[]): FactsAsOf | undefined {
  const asOf = sources.find((source) => source.kind === 'article' && source.asOf)?.asOf;
  if (!asOf) return undefined;
  return {
    label: asOf.label,
    iso: asOf.iso,
    heading: `Facts as of ${asOf.label}`,
    note: 'The cards record the summit as the source article reported it at the time. Later events are not covered; names, offices and figures may have changed since.',
  };
}
