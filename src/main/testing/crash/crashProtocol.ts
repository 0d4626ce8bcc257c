/** What the crash test's child writes and the parent checks; shared so the two cannot drift. */

/** The card the child's notes are on. */
export const crashFactId = 'trade-volume';
/** The one note the child keeps updating: "counter 41". */
export const counterPrefix = 'counter ';
/** A note the child creates every tenth number and never touches again: "created 40". */
export const createdPrefix = 'created ';
/** The child runs only with this set, so importing its module by mistake starts nothing. */
export const childVariable = 'SUMMIT_BRIEFING_CRASH_CHILD';

/** The number a note of the child holds, or 0 for any other note. */
export function numberIn(markdown: string, prefix: string): number {
  return markdown.startsWith(prefix) ? Number(markdown.slice(prefix.length)) : 0;
}

/** One acknowledged change per line: `u 41` (counter note updated to 41) or `c 40` (note "created 40" added). */
export function parseAcks(text: string): { updated: number[]; created: number[] } {
  const updated: number[] = [];
  const created: number[] = [];
  for (const line of text.split('\n')) {
    const [kind, value] = line.split(' ');
    if (kind === 'u') updated.push(Number(value));
    else if (kind === 'c') created.push(Number(value));
  }
  return { updated, created };
}
