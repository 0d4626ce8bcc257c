import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitsUtf8, utf8Length } from './utf8Length';

describe('utf8Length', () => {
  it('counts what TextEncoder writes, for any text (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
      }),
      { numRuns: 2000 },
    );
    expect(utf8Length('Тоқаев 문재인 🇰🇿')).toBe(new TextEncoder().encode('Тоқаев 문재인 🇰🇿').length);
    expect(utf8Length('\ud800x')).toBe(new TextEncoder().encode('\ud800x').length);
  });

  it('says whether a text fits, at the limit and one byte past it', () => {
    expect(fitsUtf8('a'.repeat(10), 10)).toBe(true);
    expect(fitsUtf8('a'.repeat(11), 10)).toBe(false);
    expect(fitsUtf8('é'.repeat(5), 10)).toBe(true);
    expect(fitsUtf8(`${'é'.repeat(5)}a`, 10)).toBe(false);
    expect(fitsUtf8('문'.repeat(4), 12)).toBe(true);
    expect(fitsUtf8('문'.repeat(4), 11)).toBe(false);
  });
});
