import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BriefingError } from '../errors';
import { foldStudyLog } from './foldStudyLog';
import { canonicalJson, mergeStudyLogs, parseStudyLog } from './mergeStudyLogs';
import type { StudyLogEntry, StudyRating } from './reviewLogSchemas';
import { StudyLogBuilder } from './testing/studyLogBuilder';

const start = '2026-02-02T08:00:00.000Z';

/** One computer's log: answers on a few items, an undo now and then. Ids carry the computer's name. */
class Computer extends StudyLogBuilder {
  constructor(
    readonly name: string,
    shared: readonly StudyLogEntry[] = [],
  ) {
    super(start);
    this.log.push(...shared);
  }

  override rate(itemId: string, rating: StudyRating) {
    const rated = super.rate(itemId, rating);
    const renamed = { ...rated.entry, id: `${this.name}-${rated.entry.id}` };
    this.log[this.log.length - 1] = renamed;
    return { ...rated, entry: renamed };
  }

  override undo() {
    const entry = { ...super.undo(), id: `${this.name}-undo-${this.log.length}` };
    this.log[this.log.length - 1] = entry;
    return entry;
  }
}

describe('merging two study logs on import', () => {
  it('keeps every entry once: importing the same backup twice adds nothing', () => {
    const laptop = new Computer('laptop');
    laptop.rate('item-a', 'good');
    laptop.wait(10).rate('item-a', 'good');
    const backup = structuredClone(laptop.log);
    const first = mergeStudyLogs([], backup);
    expect(first).toMatchObject({ duplicates: 0, conflicts: [] });
    expect(first.added).toEqual(backup);
    const again = mergeStudyLogs(first.log, backup);
    expect(again).toMatchObject({ added: [], duplicates: 2, conflicts: [] });
    expect(again.log).toEqual(first.log);
  });

  it('gives the same states whichever log is merged into which, from any shared start (property)', () => {
    const step = fc.record({
      item: fc.constantFrom('item-a', 'item-b'),
      rating: fc.constantFrom<StudyRating>('again', 'hard', 'good', 'easy'),
      minutes: fc.integer({ min: 1, max: 60 * 24 * 9 }),
      undo: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 6 }),
        fc.array(step, { maxLength: 8 }),
        fc.array(step, { maxLength: 8 }),
        (shared, onLaptop, onDesktop) => {
          const origin = new Computer('origin');
          for (const { item, rating, minutes } of shared) origin.wait(minutes).rate(item, rating);
          const laptop = new Computer('laptop', origin.log);
          const desktop = new Computer('desktop', origin.log);
          for (const [computer, steps] of [
            [laptop, onLaptop],
            [desktop, onDesktop],
          ] as const) {
            computer.moveTo(origin.now);
            for (const { item, rating, minutes, undo } of steps) {
              computer.wait(minutes).rate(item, rating);
              if (undo) computer.undo();
            }
          }
          const intoLaptop = mergeStudyLogs(laptop.log, desktop.log);
          const intoDesktop = mergeStudyLogs(desktop.log, laptop.log);
          expect(intoLaptop.conflicts).toEqual([]);
          expect(intoLaptop.log).toEqual(intoDesktop.log);
          expect(intoLaptop.duplicates).toBe(origin.log.length);
          const settings = laptop.settings;
          expect(foldStudyLog(intoLaptop.log, settings)).toEqual(foldStudyLog(intoDesktop.log, settings));
          // The merged log holds both computers' answers, each once.
          const ids = intoLaptop.log.map((entry) => entry.id);
          expect(new Set(ids).size).toBe(ids.length);
          expect(new Set(ids)).toEqual(new Set([...laptop.log, ...desktop.log].map((entry) => entry.id)));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('keeps its own entry when an import uses the same id for something else, and says so', () => {
    const laptop = new Computer('laptop');
    laptop.rate('item-a', 'good');
    const [entry] = laptop.log;
    if (entry?.type !== 'rating') throw new Error('a rating expected');
    const tampered = { ...entry, rating: 'easy' as const };
    const merged = mergeStudyLogs(laptop.log, [tampered]);
    expect(merged).toMatchObject({ added: [], duplicates: 0, conflicts: [entry.id] });
    expect(merged.log).toEqual([entry]);
  });

  it('compares entries by content, not by the order of their fields', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe(canonicalJson({ a: [1, { c: 3, d: 2 }], b: 1 }));
  });
});

function refusalOf(input: unknown): BriefingError {
  try {
    parseStudyLog(input);
  } catch (error) {
    if (error instanceof BriefingError) return error;
    throw error;
  }
  throw new Error('the log was accepted');
}

describe('reading an imported study log', () => {
  it('accepts what the app writes', () => {
    const laptop = new Computer('laptop');
    laptop.rate('item-a', 'good');
    laptop.undo();
    laptop.suspend('item-a');
    expect(parseStudyLog(JSON.parse(JSON.stringify(laptop.log)))).toEqual(laptop.log);
  });

  it('refuses a damaged or hostile log whole, saying where, and imports nothing', () => {
    const laptop = new Computer('laptop');
    laptop.rate('item-a', 'good');
    const [entry] = laptop.log;
    if (entry?.type !== 'rating') throw new Error('a rating expected');
    const hostile = [
      { ...entry, after: { ...entry.after, stability: 1e12 } },
      { ...entry, id: 'laptop-review-2', rating: 'perfect' },
      { ...entry, id: 'laptop-review-3', script: '<img onerror=alert(1)>' },
    ];
    const error = refusalOf(hostile);
    expect(error).toMatchObject({ code: 'invalid-request', message: expect.stringMatching(/nothing was imported/) });
    const details = error.details.join('\n');
    expect(details).toMatch(/\[0\]\.after\.stability/);
    expect(details).toMatch(/\[1\]\.rating/);
    expect(details).toMatch(/\[2\]/);
    expect(refusalOf([entry, entry]).details.join('\n')).toMatch(/used twice/);
    expect(() => parseStudyLog({ entries: [] })).toThrow(/nothing was imported/);
  });
});
