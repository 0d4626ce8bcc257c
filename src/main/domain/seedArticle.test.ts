import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { seedSchema } from '../../shared/schema/seed';
import { paragraphsChecksum } from './seed';

// The article lives beside the repository; CI has it, a user's checkout may not. Every other seed
// check reads the copy shipped in the seed, which this test proves is the article itself.
const articlePath = fileURLToPath(new URL('../../../../shared/seed/000_0daa704616f65bc5.txt', import.meta.url));
const seedUrl = new URL('../../../resources/seed/summit-2021.json', import.meta.url);

describe.runIf(existsSync(articlePath))('the seed against the source article file', () => {
  const bytes = existsSync(articlePath) ? readFileSync(articlePath) : Buffer.alloc(0);
  const article = seedSchema
    .parse(JSON.parse(readFileSync(seedUrl, 'utf8')))
    .sources.find((source) => source.kind === 'article');

  it('ships the article’s paragraphs byte for byte, one per line of the file', () => {
    const shipped = article?.paragraphs ?? [];
    expect(Buffer.from(shipped.join('\n'), 'utf8').equals(bytes)).toBe(true);
    expect(shipped).toEqual(bytes.toString('utf8').split('\n'));
    expect(article?.paragraphCount).toBe(shipped.length);
  });

  it('carries the checksum of the file itself', () => {
    const fileChecksum = paragraphsChecksum([bytes.toString('utf8')]);
    expect(article?.checksum).toBe(fileChecksum);
  });
});
