import { idSchema } from '../schema/fact';

/**
 * Ids the window gives what study mode records, so a rating or a "Study this" sent twice (a retry, a double
 * press) is one entry, not two. Each kind has its prefix, as the other user records do (schema/clientIds.ts).
 */
export const studyIdPrefixes = { review: 'review-', studyItem: 'study-item-' } as const;

export type StudyIdKind = keyof typeof studyIdPrefixes;

export function newStudyIdSchema(kind: StudyIdKind) {
  const prefix = studyIdPrefixes[kind];
  return idSchema.refine((id) => id.startsWith(prefix) && id.length > prefix.length, {
    message: `a new ${kind === 'review' ? 'answer' : 'study item'}'s id starts with "${prefix}"`,
  });
}

/** `review-1b4e28ba2fa14d2b883f0016d3cca427`: random, from getRandomValues (randomUUID needs a secure context). */
export function newStudyId(kind: StudyIdKind): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `${studyIdPrefixes[kind]}${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
