import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textChecksumSchema } from '../schema/source';
import { bytesChecksum, textChecksum } from './checksum';
import { seedArticle, seedArticleText } from './testing/shippedArticle';

describe('checksums', () => {
  it('give the shipped article the checksum the seed carries for it', () => {
    expect(textChecksum(seedArticleText)).toBe(seedArticle.checksum);
    expect(textChecksum(seedArticleText)).toBe(
      'sha256:0ab2e09da0f7c1e64a457531914ba9c9c72908ea5222b03a4cbb882440b8ec03',
    );
  });

  it('hash UTF-8 bytes, as Node’s own sha-256 does, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const expected = `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
        expect(textChecksum(text)).toBe(expected);
        expect(textChecksumSchema.safeParse(textChecksum(text)).success).toBe(true);
      }),
    );
  });

  it('tell texts apart that differ by one character, and bytes from the text they decode to only when equal', () => {
    expect(textChecksum('USD 4 Billion')).not.toBe(textChecksum('USD 4 billion'));
    expect(bytesChecksum(new TextEncoder().encode('Seoul'))).toBe(textChecksum('Seoul'));
    expect(bytesChecksum(new Uint8Array([0xef, 0xbb, 0xbf, 0x53]))).not.toBe(textChecksum('S'));
  });
});
