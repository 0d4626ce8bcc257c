import { describe, expect, it } from 'vitest';
import { columnsFor, targetCardIndex } from './gridKeyboard';

const move = (key: string, current: number, count = 10, columns = 3, rowsPerPage = 2) =>
  targetCardIndex({ key, current, count, columns, rowsPerPage });

describe('grid keys', () => {
  it('move left, right, up and down as the cards are laid out', () => {
    expect(move('ArrowRight', 4)).toBe(5);
    expect(move('ArrowLeft', 4)).toBe(3);
    expect(move('ArrowDown', 4)).toBe(7);
    expect(move('ArrowUp', 4)).toBe(1);
  });

  it('stop at the edges and land on the short last row', () => {
    expect(move('ArrowLeft', 0)).toBe(0);
    expect(move('ArrowRight', 9)).toBe(9);
    expect(move('ArrowUp', 1)).toBe(1);
    // Rows 0-2, 3-5, 6-8, 9: down from 8 goes to 9, the last card; down from 9 stays.
    expect(move('ArrowDown', 8)).toBe(9);
    expect(move('ArrowDown', 9)).toBe(9);
  });

  it('jump to the ends and a screen at a time', () => {
    expect(move('Home', 7)).toBe(0);
    expect(move('End', 2)).toBe(9);
    expect(move('PageDown', 1)).toBe(7);
    expect(move('PageDown', 7)).toBe(9);
    expect(move('PageUp', 8)).toBe(2);
  });

  it('leave other keys and an empty grid alone', () => {
    expect(move('Enter', 3)).toBeUndefined();
    expect(move('ArrowDown', 0, 0)).toBeUndefined();
  });

  it('count columns the way CSS auto-fill does', () => {
    expect(columnsFor(0, 300, 16)).toBe(1);
    expect(columnsFor(299, 300, 16)).toBe(1);
    expect(columnsFor(616, 300, 16)).toBe(2);
    expect(columnsFor(1000, 300, 16)).toBe(3);
  });
});
