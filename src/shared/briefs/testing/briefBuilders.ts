import { BriefingError } from '../../errors';
import { createBrief } from '../briefOperations';
import { addItem } from '../briefItemOperations';
import type { AnnotationContext } from '../addToBrief';
import type { Brief, BriefItem, BriefSectionId } from '../briefSchema';

/** A brief with a header and nothing else, made through the real operation. */
export function blankBrief(context: AnnotationContext, title = 'Meeting with the Korean delegation'): Brief[] {
  return createBrief(
    [],
    {
      title,
      meetingDate: '2021-08-17',
      meetingTime: '10:30',
      place: 'Seoul',
      counterpart: 'Ministry of Foreign Affairs, Republic of Korea',
      attendees: ['Head of delegation', 'Adviser'],
      handlingLabel: 'Internal — not for circulation',
    },
    context,
  ).briefs;
}

/** Adds plain items to a section through the real operation; returns the briefs and the new item ids. */
export function withItems(
  briefs: Brief[],
  context: AnnotationContext,
  section: BriefSectionId,
  texts: string[],
): { briefs: Brief[]; ids: string[] } {
  const briefId = briefs[0]?.id ?? '';
  let current = briefs;
  const ids: string[] = [];
  for (const text of texts) {
    const date = section === 'timeline' ? { date: '2021-08' } : {};
    const outcome = addItem(current, { briefId, section, text, ...date }, context);
    current = outcome.briefs;
    ids.push(...outcome.changed.itemIds);
  }
  return { briefs: current, ids };
}

export function sectionTexts(brief: Brief | undefined, section: BriefSectionId): string[] {
  return (brief?.sections[section] ?? []).map((item: BriefItem) => item.text);
}

/** A deep copy to compare against after an operation: refusals must leave their input as it was. */
export function snapshot<Value>(value: Value): Value {
  return structuredClone(value);
}

/** Runs an operation that must refuse, and returns its error for the test to read. */
export function refusal(run: () => unknown): BriefingError {
  try {
    run();
  } catch (error) {
    if (error instanceof BriefingError) return error;
    throw error;
  }
  throw new Error('the operation was not refused');
}
