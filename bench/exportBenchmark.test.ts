import { describe, expect, it } from 'vitest';
import type { PackModel } from '../src/shared/export/packModel';
import { timeExport } from './exportBenchmark';

describe('benchmark hook', () => {
  it('times the export of N cards with the given printer', async () => {
    const printed: PackModel[] = [];
    const printer = {
      printPack: (model: PackModel) => {
        printed.push(model);
        return Promise.resolve({ pdf: new TextEncoder().encode('%PDF-1.7 stub'), pages: 3 });
      },
    };
    const milliseconds = await timeExport({ cards: 50, notesPerCard: 2, printer });
    expect(milliseconds).toBeGreaterThanOrEqual(0);
    expect(printed[0]!.cardCount).toBe(50);
    expect(printed[0]!.sections.flatMap((section) => section.cards).every((card) => card.notes.length === 2)).toBe(
      true,
    );
  });
});
