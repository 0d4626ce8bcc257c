import { describe, expect, it } from 'vitest';
import { firstScreenCards } from './firstScreenSize';

describe('firstScreenCards', () => {
  it('asks for what the window shows before a scroll, and a row more', () => {
    // 1360 × 880: three 300 px columns beside the sidebar, five rows and one more.
    expect(firstScreenCards(1360, 880)).toBe(18);
    expect(firstScreenCards(1920, 1080)).toBe(35);
  });

  it('never asks for fewer than 12 cards, nor more than 60', () => {
    expect(firstScreenCards(320, 200)).toBe(12);
    expect(firstScreenCards(5120, 2880)).toBe(60);
  });
});
