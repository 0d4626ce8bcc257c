// Test fixtures for the highlight tests: a card's text, a user's selection of a phrase, the range a phrase occupies.
import type { AnchorResult } from '../anchorHighlight';
import { describeRange, type HighlightTarget } from '../textSelectors';

export const card =
  'On 17 August 2021 President Kassym-Jomart Tokayev met President Moon Jae-in in Seoul. ' +
  'The two leaders agreed to expand bilateral trade to USD 10 billion and signed agreements worth USD 1.7 billion. ' +
  'They also discussed the return of the remains of Hong Beom-do.';

/** Highlights the `occurrence`-th appearance of `phrase`, as a user's selection would. */
export function highlight(text: string, phrase: string, occurrence = 0): HighlightTarget {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) {
    start = text.indexOf(phrase, start + 1);
    if (start === -1) throw new Error(`"${phrase}" occurs fewer than ${occurrence + 1} times`);
  }
  return describeRange(text, start, start + phrase.length);
}

/** The range `phrase` occupies in `text`, for comparing with what anchor() found. */
export function rangeOf(text: string, phrase: string, method: AnchorResult['method']): AnchorResult {
  const start = text.indexOf(phrase);
  if (start === -1) throw new Error(`"${phrase}" is not in the text`);
  return { start, end: start + phrase.length, method };
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}
