import { describe, expect, it } from 'vitest';
import { encodeLike, encodeText, symbolIndexAt } from './symbolText';

describe('encodeText', () => {
  it('names each distinct code point by its rank of first appearance', () => {
    const encoded = encodeText('abca')!;
    expect([...encoded.symbols].map((unit) => unit.charCodeAt(0))).toEqual([0, 1, 2, 0]);
    expect([...encoded.offsets]).toEqual([0, 1, 2, 3, 4]);
  });

  it('reads every run of whitespace, of any kind, as one space', () => {
    const text = 'USD\n \t4\u00a0\u3000bn';
    const encoded = encodeText(text)!;
    expect(encoded.symbols).toHaveLength('USD 4 bn'.length);
    expect(encoded.symbols).toBe(encodeLike(encoded, 'USD 4 bn'));
    // A range that ends after the run's symbol covers the whole run.
    expect(text.slice(encoded.offsets[3], encoded.offsets[4])).toBe('\n \t');
  });

  it('makes one symbol of a surrogate pair, and keeps its UTF-16 offsets', () => {
    const text = 'a😀b🤝';
    const encoded = encodeText(text)!;
    expect(encoded.symbols).toHaveLength(4);
    expect([...encoded.offsets]).toEqual([0, 1, 3, 4, 6]);
  });

  it('tells a lone surrogate apart from the pair it would half-form', () => {
    const encoded = encodeText('\ud83d x 😀')!;
    const lone = encodeLike(encoded, '\ud83d');
    const pair = encodeLike(encoded, '😀');
    expect(lone).toHaveLength(1);
    expect(pair).toHaveLength(1);
    expect(lone).not.toBe(pair);
  });

  it('declines a text with more distinct symbols than one code unit can name', () => {
    const many = Array.from({ length: 0x10000 }, (_, index) => String.fromCodePoint(0x20000 + index)).join('');
    expect(encodeText(many)).toBeNull();
    expect(encodeText(many.slice(0, -2))).not.toBeNull();
  });
});

describe('encodeLike', () => {
  it('gives a symbol the text lacks a unit no symbol of the text has', () => {
    const encoded = encodeText('Seoul summit')!;
    const quote = encodeLike(encoded, 'Seoul Ωmega');
    expect(quote.slice(0, 6)).toBe(encoded.symbols.slice(0, 6));
    expect(encoded.symbols).not.toContain(quote.charAt(6));
  });
});

describe('symbolIndexAt', () => {
  const encoded = encodeText('a  b😀c')!;

  it('maps a UTF-16 offset to the first symbol that starts there or later', () => {
    expect(symbolIndexAt(encoded, 0)).toBe(0);
    expect(symbolIndexAt(encoded, 1)).toBe(1);
    expect(symbolIndexAt(encoded, 2)).toBe(2); // inside the run of spaces: the next symbol
    expect(symbolIndexAt(encoded, 4)).toBe(3);
    expect(symbolIndexAt(encoded, 5)).toBe(4); // inside the emoji: the next symbol
  });

  it('clamps offsets outside the text', () => {
    expect(symbolIndexAt(encoded, -10)).toBe(0);
    expect(symbolIndexAt(encoded, 100)).toBe(encoded.symbols.length);
  });
});
