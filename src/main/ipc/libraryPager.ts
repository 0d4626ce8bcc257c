import type { Library, RequestOf, ResponseOf } from '../../shared/contract';
import { BriefingError } from '../../shared/errors';
import { pagedRecordsOf, pagedTotal, pageRecords, type PagedRecords } from '../../shared/libraryPages';

/** Readings kept for their later pages: the window's current one and the one before it. */
const keptReadings = 2;

interface Reading {
  library: Library;
  records: PagedRecords;
  total: number;
}

/** The first page's library: everything but the paged lists, which come in the pages. */
function head(library: Library): Library {
  return {
    ...library,
    facts: [],
    user: { ...library.user, ownFacts: [], cardTags: {}, highlights: [], notes: [] },
  };
}

/**
 * Answers getLibraryPage. A first page reads the saved state and keeps it by its revision: the
 * store's states are never changed in place (a change makes new arrays for what it touched), so
 * holding one costs only what has changed since, and every later page of that reading is cut from
 * the very same state, however many changes are saved meanwhile. The window applies those
 * changes' answers on top, as it does on the whole library.
 */
export function libraryPager(readLibrary: () => Library) {
  const readings = new Map<number, Reading>();
  return ({ revision, after, limit }: RequestOf<'getLibraryPage'>): ResponseOf<'getLibraryPage'> => {
    let reading: Reading | undefined;
    if (revision === undefined) {
      if (after !== 0) {
        throw new BriefingError({
          code: 'invalid-request',
          message: 'A reading of the library starts with its first page; later pages name its revision.',
        });
      }
      const library = readLibrary();
      const records = pagedRecordsOf(library.facts, library.user);
      reading = { library, records, total: pagedTotal(records) };
      readings.delete(library.revision);
      readings.set(library.revision, reading);
      for (const kept of readings.keys()) if (readings.size > keptReadings) readings.delete(kept);
    } else {
      reading = readings.get(revision);
      if (!reading) {
        throw new BriefingError({
          code: 'not-found',
          message: 'That reading of the library is over; Summit Briefing reads it again from the first page.',
        });
      }
    }
    const end = Math.min(reading.total, after + limit);
    return {
      revision: reading.library.revision,
      total: reading.total,
      records: pageRecords(reading.records, after, limit),
      ...(end < reading.total ? { next: end } : {}),
      ...(revision === undefined ? { library: head(reading.library) } : {}),
    };
  };
}
