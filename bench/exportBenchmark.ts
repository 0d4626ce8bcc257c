import { performance } from 'node:perf_hooks';
import { composePack, type PackLibrary } from '../src/shared/export/composePack';
import { defaultExportOptions } from '../src/shared/export/exportSchemas';
import { emptyUserData } from '../src/shared/schema/database';
import type { Fact } from '../src/shared/schema/fact';
import { topicIds } from '../src/shared/topics';
import type { Printer } from '../src/main/domain/ports/exportPorts';

export interface TimeExportOptions {
  /** How many cards the pack holds. */
  cards: number;
  notesPerCard: number;
  /** The Electron printer, the browser target's, or a stub to time composition alone. */
  printer: Printer;
}

function syntheticFact(index: number): Fact {
  return {
    id: `user-bench-${index}`,
    topic: topicIds[index % topicIds.length] ?? 'overview',
    title: `Benchmark card ${index + 1}`,
    summary: 'A synthetic card of typical length, to time the export of a large pack.',
    body: 'Trade between the two countries was projected to reach USD 4 billion. '.repeat(6).trim(),
    figures: [
      { value: 4, unit: 'USD billion', display: 'USD 4 billion', measures: 'Projected bilateral trade volume' },
    ],
    people: [{ name: 'Qasym-Jomart Tokayev', role: 'President of Kazakhstan', country: 'Kazakhstan' }],
    organisations: [],
    places: ['Seoul'],
    caveats: [],
    origin: 'user',
  };
}

/** A library of `cards` synthetic cards with `notesPerCard` notes each (Latin, Cyrillic and Korean). */
export function benchmarkLibrary(cards: number, notesPerCard: number): PackLibrary {
  const ownFacts = Array.from({ length: cards }, (_, index) => syntheticFact(index));
  const at = '2026-01-01T00:00:00.000Z';
  const notes = ownFacts.flatMap((fact, cardIndex) =>
    Array.from({ length: notesPerCard }, (_, noteIndex) => ({
      id: `note-bench-${cardIndex}-${noteIndex}`,
      factId: fact.id,
      markdown: `Note ${noteIndex + 1}: ask about the figure. Қазақстан делегациясы · 한국 대표단과의 회의`,
      createdAt: at,
      updatedAt: at,
    })),
  );
  return { sources: [], facts: [], user: { ...emptyUserData, ownFacts, notes } };
}

/**
 * The benchmark hook: composes a pack of `cards` cards and prints it with `printer`, answering the
 * milliseconds taken (composition and printing; writing the file is not included).
 */
export async function timeExport({ cards, notesPerCard, printer }: TimeExportOptions): Promise<number> {
  const library = benchmarkLibrary(cards, notesPerCard);
  const started = performance.now();
  const pack = composePack(library, { kind: 'all' }, defaultExportOptions, new Date().toISOString());
  await printer.printPack(pack);
  return performance.now() - started;
}
