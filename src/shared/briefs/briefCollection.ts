import { describeIssues } from '../errors';
import type { CardLookup } from './briefCitations';
import { notFound, refused } from './briefErrors';
import {
  briefItemCount,
  briefLimits,
  briefSchema,
  briefSectionIds,
  type Brief,
  type BriefItem,
  type BriefSectionId,
} from './briefSchema';

/** What every brief operation may need from outside, injected so tests control the clock and ids. */
export interface BriefContext {
  /** ISO timestamp with offset, e.g. "2026-11-27T10:00:00.000Z". */
  now(): string;
  newId(prefix: string): string;
  /** Finds a card, seed or own, by id. */
  fact: CardLookup;
}

/** What changed, so the store can journal it and the window can focus it. */
export interface BriefChange {
  briefId: string;
  /** The brief as it now is; null when it was deleted. */
  brief: Brief | null;
  /** Items created, edited, moved or deleted by the operation, in order. */
  itemIds: string[];
}

export interface BriefOutcome {
  briefs: Brief[];
  changed: BriefChange;
}

export function findBrief(briefs: readonly Brief[], briefId: string): Brief {
  const brief = briefs.find((candidate) => candidate.id === briefId);
  if (!brief) throw notFound('brief', briefId);
  return brief;
}

export interface ItemPlace {
  section: BriefSectionId;
  index: number;
  item: BriefItem;
}

export function findItem(brief: Brief, itemId: string): ItemPlace {
  for (const section of briefSectionIds) {
    const index = brief.sections[section].findIndex((item) => item.id === itemId);
    const item = brief.sections[section][index];
    if (item) return { section, index, item };
  }
  throw notFound('item in this brief', itemId);
}

/** The day part of the clock's timestamp: an addendum is dated the day it is added. */
export function today(context: Pick<BriefContext, 'now'>): string {
  return context.now().slice(0, 10);
}

/**
 * Validates the brief an operation produced and puts it in place of the old one (or at the end).
 * Operations build a new brief and hand it here, so a refusal anywhere leaves the input untouched.
 */
export function commitBrief(briefs: readonly Brief[], next: Brief, itemIds: string[]): BriefOutcome {
  const count = briefItemCount(next);
  if (count > briefLimits.itemsPerBrief) {
    throw refused(
      `A brief holds at most ${briefLimits.itemsPerBrief} items and this one would hold ${count.toLocaleString('en')}; split it into several briefs`,
    );
  }
  const parsed = briefSchema.safeParse(next);
  if (!parsed.success) {
    const details = describeIssues(parsed.error);
    throw refused(`The brief would not be valid (${details[0] ?? 'unknown problem'})`, details);
  }
  const index = briefs.findIndex((brief) => brief.id === next.id);
  if (index === -1 && briefs.length >= briefLimits.briefsPerDatabase) {
    throw refused(`You can keep at most ${briefLimits.briefsPerDatabase} briefs; delete one you no longer need first`);
  }
  requireFreshIds(briefs, parsed.data);
  const copy = briefs.slice();
  if (index === -1) copy.push(parsed.data);
  else copy[index] = parsed.data;
  return { briefs: copy, changed: { briefId: next.id, brief: parsed.data, itemIds } };
}

/** Ids are unique across briefs and items (the store's rule for every record), checked cheaply per change. */
function requireFreshIds(briefs: readonly Brief[], next: Brief): void {
  const taken = new Set<string>();
  for (const brief of briefs) {
    if (brief.id === next.id) continue;
    taken.add(brief.id);
    for (const section of briefSectionIds) for (const item of brief.sections[section]) taken.add(item.id);
  }
  const ids = [next.id, ...briefSectionIds.flatMap((section) => next.sections[section].map((item) => item.id))];
  const clash = ids.find((id) => taken.has(id));
  if (clash) throw refused(`The id "${clash}" is already used by another brief`);
}

export function withSection(brief: Brief, section: BriefSectionId, items: BriefItem[], at: string): Brief {
  return { ...brief, sections: { ...brief.sections, [section]: items }, updatedAt: at };
}
