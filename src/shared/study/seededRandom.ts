import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/**
 * Randomness a test can repeat: the same seed gives the same quiz, question for question and option for option.
 * pure-rand's generators are the ones fast-check uses.
 */
export interface SeededRandom {
  /** An integer in [from, to], both included. */
  integer(from: number, to: number): number;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(values: readonly T[]): T[];
}

export function seededRandom(seed: number): SeededRandom {
  const generator = xoroshiro128plus(seed | 0);
  const integer = (from: number, to: number) => uniformInt(generator, from, to);
  return {
    integer,
    shuffle<T>(values: readonly T[]): T[] {
      const copy = [...values];
      for (let index = copy.length - 1; index > 0; index -= 1) {
        const other = integer(0, index);
        [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
      }
      return copy;
    },
  };
}
