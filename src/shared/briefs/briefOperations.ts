import { commitBrief, findBrief, type BriefContext, type BriefOutcome } from './briefCollection';
import { parseOrRefuse } from './briefErrors';
import {
  briefIdInputSchema,
  createBriefInputSchema,
  updateBriefHeaderInputSchema,
  type CreateBriefInput,
  type UpdateBriefHeaderInput,
} from './briefInputs';
import { briefSectionIds, emptySections, type Brief, type BriefSections } from './briefSchema';

/** A new brief with its header and the given sections (all empty unless built from cards). */
export function newBrief(
  input: CreateBriefInput,
  context: Pick<BriefContext, 'now' | 'newId'>,
  sections: BriefSections = emptySections(),
): Brief {
  const header = parseOrRefuse(createBriefInputSchema, input);
  const at = context.now();
  return {
    id: context.newId('brief'),
    title: header.title,
    ...(header.meetingDate !== undefined ? { meetingDate: header.meetingDate } : {}),
    ...(header.meetingTime !== undefined ? { meetingTime: header.meetingTime } : {}),
    place: header.place,
    counterpart: header.counterpart,
    attendees: header.attendees,
    handlingLabel: header.handlingLabel,
    sections,
    createdAt: at,
    updatedAt: at,
  };
}

export function createBrief(briefs: readonly Brief[], input: CreateBriefInput, context: BriefContext): BriefOutcome {
  return commitBrief(briefs, newBrief(input, context), []);
}

export function updateBriefHeader(
  briefs: readonly Brief[],
  input: UpdateBriefHeaderInput,
  context: BriefContext,
): BriefOutcome {
  const edit = parseOrRefuse(updateBriefHeaderInputSchema, input);
  const brief = findBrief(briefs, edit.briefId);
  const next: Brief = { ...brief, updatedAt: context.now() };
  if (edit.title !== undefined) next.title = edit.title;
  if (edit.place !== undefined) next.place = edit.place;
  if (edit.counterpart !== undefined) next.counterpart = edit.counterpart;
  if (edit.attendees !== undefined) next.attendees = edit.attendees;
  if (edit.handlingLabel !== undefined) next.handlingLabel = edit.handlingLabel;
  if (edit.meetingDate === null) {
    // A time without its day means nothing, so clearing the date clears the time too.
    delete next.meetingDate;
    delete next.meetingTime;
  } else if (edit.meetingDate !== undefined) next.meetingDate = edit.meetingDate;
  if (edit.meetingTime === null) delete next.meetingTime;
  else if (edit.meetingTime !== undefined) next.meetingTime = edit.meetingTime;
  return commitBrief(briefs, next, []);
}

export function deleteBrief(briefs: readonly Brief[], input: { briefId: string }): BriefOutcome {
  const { briefId } = parseOrRefuse(briefIdInputSchema, input);
  const brief = findBrief(briefs, briefId);
  const itemIds = briefSectionIds.flatMap((section) => brief.sections[section].map((item) => item.id));
  return {
    briefs: briefs.filter((candidate) => candidate.id !== briefId),
    changed: { briefId, brief: null, itemIds },
  };
}
