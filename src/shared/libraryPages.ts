import type { Library } from './contract';
import type { Highlight, Note } from './schema/annotations';
import { copyCardTags } from './schema/cardTags';
import type { UserData } from './schema/database';
import type { Fact } from './schema/fact';
import type { LibraryPageRecords } from './schema/libraryPage';

export type { LibraryPageRecords };

/** The most records one page may carry: a few hundred kilobytes, one short task at each end. */
export const libraryPageMaxRecords = 5000;

/**
 * The lists a library is read in, in this order: the cards first (so a window holding them can
 * show and search every card while the notes are still on their way), then what is attached.
 * A page is the next `limit` records of these lists laid end to end; the tags, stars, settings
 * and the rest come whole with the first page.
 */
export const pagedLists = ['facts', 'ownFacts', 'cardTags', 'highlights', 'notes'] as const;
export type PagedList = (typeof pagedLists)[number];

/** The records every paged list holds, as the pages carry them. */
export interface PagedRecords {
  facts: readonly Fact[];
  ownFacts: readonly Fact[];
  cardTags: ReadonlyArray<readonly [string, readonly string[]]>;
  highlights: readonly Highlight[];
  notes: readonly Note[];
}

export function pagedRecordsOf(facts: PagedRecords['facts'], user: UserData): PagedRecords {
  return {
    facts,
    ownFacts: user.ownFacts,
    cardTags: Object.entries(user.cardTags),
    highlights: user.highlights,
    notes: user.notes,
  };
}

/** How many records the paged lists hold together: the end of the last page. */
export function pagedTotal(records: PagedRecords): number {
  return pagedLists.reduce((total, list) => total + records[list].length, 0);
}

/** The records from position `after` to `after + limit` of the lists laid end to end. */
export function pageRecords(records: PagedRecords, after: number, limit: number): LibraryPageRecords {
  const page: Record<string, unknown[]> = {};
  let start = after;
  let room = limit;
  for (const list of pagedLists) {
    const items = records[list];
    if (start >= items.length) {
      start -= items.length;
      continue;
    }
    const slice = items.slice(start, start + room);
    page[list] = slice;
    room -= slice.length;
    start = 0;
    if (room === 0) break;
  }
  return page;
}

/** Appends a page's records to the lists being gathered, in the order they were read. */
export function appendPage(into: { facts: Fact[]; user: UserData }, page: LibraryPageRecords): void {
  if (page.facts) into.facts.push(...page.facts);
  if (page.ownFacts) into.user.ownFacts.push(...page.ownFacts);
  // Card ids are checked by the schema (never "__proto__"); the window's copy keeps them off the prototype.
  if (page.cardTags) for (const [factId, tagIds] of page.cardTags) into.user.cardTags[factId] = tagIds;
  if (page.highlights) into.user.highlights.push(...page.highlights);
  if (page.notes) into.user.notes.push(...page.notes);
}

/** One answer of getLibraryPage (as contract.ts defines it). */
export interface LibraryPage {
  revision: number;
  total: number;
  records: LibraryPageRecords;
  next?: number | undefined;
  library?: Library | undefined;
}

/** How many times a reading cut short (its revision no longer kept) is started again. */
const readingAttempts = 3;

/**
 * Reads the whole library page by page, every page of one saved state: the answer equals one
 * `getLibrary` at the revision it carries. `onPage` sees each page as it arrives (the
 * window shows every card from it). A reading the main process no longer keeps is started again.
 */
export async function readLibraryInPages(
  getPage: (request: { revision?: number; after: number; limit: number }) => Promise<LibraryPage>,
  limit: number,
  /** Sees each page as it arrives, with a copy of the library gathered so far when asked for one. */
  onPage?: (page: LibraryPage, gathered: () => Library) => void,
): Promise<Library> {
  for (let attempt = 1; ; attempt++) {
    const first = await getPage({ after: 0, limit });
    if (!first.library) throw new Error('the first page of the library came without its library');
    const gathered = { facts: [...first.library.facts], user: copyOfUser(first.library.user) };
    appendPage(gathered, first.records);
    const head = first.library;
    const copy = (): Library => ({ ...head, facts: [...gathered.facts], user: copyOfUser(gathered.user) });
    onPage?.(first, copy);
    let next = first.next;
    try {
      while (next !== undefined) {
        const page = await getPage({ revision: first.revision, after: next, limit });
        if (page.revision !== first.revision) throw new Error('a page of another reading of the library came');
        appendPage(gathered, page.records);
        onPage?.(page, copy);
        next = page.next;
      }
    } catch (error) {
      if (attempt < readingAttempts && (error as { code?: string }).code === 'not-found') continue;
      throw error;
    }
    return { ...first.library, facts: gathered.facts, user: gathered.user };
  }
}

/** The head's user data with fresh lists to append to (the head's own are never changed). */
function copyOfUser(user: UserData): UserData {
  return {
    ...user,
    ownFacts: [...user.ownFacts],
    cardTags: copyCardTags(user.cardTags),
    highlights: [...user.highlights],
    notes: [...user.notes],
  };
}
