import { checkCitations } from './briefCitations';
import {
  commitBrief,
  findBrief,
  findItem,
  today,
  withSection,
  type BriefContext,
  type BriefOutcome,
} from './briefCollection';
import { parseOrRefuse, refused } from './briefErrors';
import {
  addItemInputSchema,
  itemIdInputSchema,
  moveItemInputSchema,
  reorderSectionInputSchema,
  updateItemInputSchema,
  type AddItemInput,
  type MoveItemInput,
  type ReorderSectionInput,
  type UpdateItemInput,
} from './briefInputs';
import {
  briefLimits,
  fieldProblems,
  sectionFields,
  type Brief,
  type BriefItem,
  type BriefItemField,
  type BriefSectionId,
} from './briefSchema';

type ItemFields = Partial<Pick<BriefItem, BriefItemField>>;

const fieldKeys: BriefItemField[] = ['disclosure', 'date', 'person', 'ifRaised'];

/**
 * Keeps the fields the section uses and fills the ones it needs: a background fact the user has
 * not marked is "not for disclosure" (the safe side of a mistake), an addendum is dated the day it
 * is added. A timeline entry's date cannot be guessed, so its absence is refused.
 */
export function fitToSection(
  section: BriefSectionId,
  item: BriefItem,
  context: Pick<BriefContext, 'now'>,
  given: ItemFields = {},
): BriefItem {
  const fitted: BriefItem = { ...item };
  for (const field of fieldKeys) delete fitted[field];
  const allowed = sectionFields[section].allowed;
  for (const field of allowed) {
    const value = given[field] ?? item[field];
    if (value !== undefined) Object.assign(fitted, { [field]: value });
  }
  if (section === 'background' && fitted.disclosure === undefined) fitted.disclosure = 'not-for-disclosure';
  if (section === 'addenda' && fitted.date === undefined) fitted.date = today(context);
  if (section === 'timeline' && fitted.date === undefined) {
    throw refused('A timeline entry needs a date (YYYY, YYYY-MM or YYYY-MM-DD)');
  }
  return fitted;
}

function requireRoom(brief: Brief, section: BriefSectionId, adding: number): void {
  if (section === 'objective' && brief.sections.objective.length + adding > briefLimits.objectiveItems) {
    throw refused(
      `The objective is at most ${briefLimits.objectiveItems} lines; shorten it or put the point under Points to make`,
    );
  }
}

function insertAt(items: readonly BriefItem[], index: number | undefined, added: readonly BriefItem[]): BriefItem[] {
  const at = index ?? items.length;
  if (at > items.length) {
    throw refused(`Position ${at + 1} is past the end of the section, which holds ${items.length} items`);
  }
  return [...items.slice(0, at), ...added, ...items.slice(at)];
}

/** Puts finished items into a section at a position; shared by typing an item and building from cards. */
export function insertItems(
  briefs: readonly Brief[],
  brief: Brief,
  section: BriefSectionId,
  index: number | undefined,
  items: BriefItem[],
  at: string,
): BriefOutcome {
  requireRoom(brief, section, items.length);
  const next = withSection(brief, section, insertAt(brief.sections[section], index, items), at);
  return commitBrief(
    briefs,
    next,
    items.map((item) => item.id),
  );
}

export function addItem(briefs: readonly Brief[], input: AddItemInput, context: BriefContext): BriefOutcome {
  const request = parseOrRefuse(addItemInputSchema, input);
  const brief = findBrief(briefs, request.briefId);
  const given: ItemFields = {};
  for (const field of fieldKeys) if (request[field] !== undefined) Object.assign(given, { [field]: request[field] });
  // What the user typed for another section is a mistake to report, not a field to drop quietly.
  const misplaced = fieldProblems(request.section, given).find((problem) => problem.includes('cannot carry'));
  if (misplaced) throw refused(misplaced.charAt(0).toUpperCase() + misplaced.slice(1));
  checkCitations(request.cites, context.fact);
  const at = context.now();
  const item = fitToSection(
    request.section,
    { id: context.newId('brief-item'), text: request.text, cites: request.cites, createdAt: at, updatedAt: at },
    context,
    given,
  );
  return insertItems(briefs, brief, request.section, request.index, [item], at);
}

export function updateItem(briefs: readonly Brief[], input: UpdateItemInput, context: BriefContext): BriefOutcome {
  const edit = parseOrRefuse(updateItemInputSchema, input);
  const brief = findBrief(briefs, edit.briefId);
  const { section, index, item } = findItem(brief, edit.itemId);
  if (edit.cites) checkCitations(edit.cites, context.fact);
  const next: BriefItem = { ...item, updatedAt: context.now() };
  if (edit.text !== undefined) next.text = edit.text;
  if (edit.cites !== undefined) next.cites = edit.cites;
  if (edit.disclosure !== undefined) next.disclosure = edit.disclosure;
  if (edit.date !== undefined) next.date = edit.date;
  if (edit.person === null) delete next.person;
  else if (edit.person !== undefined) next.person = edit.person;
  if (edit.ifRaised === null) delete next.ifRaised;
  else if (edit.ifRaised !== undefined) next.ifRaised = edit.ifRaised;
  const problem = fieldProblems(section, next)[0];
  if (problem) throw refused(problem.charAt(0).toUpperCase() + problem.slice(1));
  const items = brief.sections[section].slice();
  items[index] = next;
  return commitBrief(briefs, withSection(brief, section, items, next.updatedAt), [item.id]);
}

export function deleteItem(
  briefs: readonly Brief[],
  input: { briefId: string; itemId: string },
  context: BriefContext,
): BriefOutcome {
  const request = parseOrRefuse(itemIdInputSchema, input);
  const brief = findBrief(briefs, request.briefId);
  const { section, item } = findItem(brief, request.itemId);
  const items = brief.sections[section].filter((candidate) => candidate.id !== item.id);
  return commitBrief(briefs, withSection(brief, section, items, context.now()), [item.id]);
}

/** Moves an item within its section or into another one, at the position it will hold there. */
export function moveItem(briefs: readonly Brief[], input: MoveItemInput, context: BriefContext): BriefOutcome {
  const request = parseOrRefuse(moveItemInputSchema, input);
  const brief = findBrief(briefs, request.briefId);
  const from = findItem(brief, request.itemId);
  const at = context.now();
  const remaining = brief.sections[from.section].filter((item) => item.id !== from.item.id);
  const without = withSection(brief, from.section, remaining, at);
  const sameSection = from.section === request.toSection;
  if (!sameSection) requireRoom(without, request.toSection, 1);
  const given: ItemFields = {};
  if (request.date !== undefined) given.date = request.date;
  if (request.disclosure !== undefined) given.disclosure = request.disclosure;
  const moved = sameSection
    ? { ...from.item, ...given }
    : { ...fitToSection(request.toSection, from.item, context, given), updatedAt: at };
  const target = without.sections[request.toSection];
  const next = withSection(without, request.toSection, insertAt(target, request.toIndex, [moved]), at);
  return commitBrief(briefs, next, [from.item.id]);
}

/** Puts a section's items in the order given: the same ids, each once, so nothing is lost or doubled. */
export function reorderSection(
  briefs: readonly Brief[],
  input: ReorderSectionInput,
  context: BriefContext,
): BriefOutcome {
  const request = parseOrRefuse(reorderSectionInputSchema, input);
  const brief = findBrief(briefs, request.briefId);
  const items = brief.sections[request.section];
  const byId = new Map(items.map((item) => [item.id, item]));
  const unique = new Set(request.itemIds);
  const sameSet =
    unique.size === request.itemIds.length &&
    request.itemIds.length === items.length &&
    request.itemIds.every((id) => byId.has(id));
  if (!sameSet) {
    throw refused(
      `A new order must list each of the section's ${items.length} items exactly once (the section may have changed since)`,
    );
  }
  const ordered = request.itemIds.map((id) => byId.get(id) as BriefItem);
  return commitBrief(briefs, withSection(brief, request.section, ordered, context.now()), request.itemIds);
}
