import seedJson from '../../../../resources/seed/summit-2021.json';
import { seedSchema } from '../../schema/seed';
import type { Source } from '../../schema/source';
import { shippedSourceRecord } from '../shippedSource';

/** The real seed, parsed by the app's own schema: every test here reads the article the app ships. */
export const seed = seedSchema.parse(seedJson);

export const seedArticle: Source & { paragraphs: string[]; checksum: string } = (() => {
  const article = seed.sources.find((source) => source.kind === 'article');
  if (!article?.paragraphs || !article.checksum) throw new Error('the seed has no article with paragraphs');
  return { ...article, paragraphs: article.paragraphs, checksum: article.checksum };
})();

/** The article's text as the file ships it: its paragraph lines joined by "\n". */
export const seedArticleText = seedArticle.paragraphs.join('\n');

export const shippedRecord = shippedSourceRecord(seedArticle, '2026-01-05T09:00:00.000Z');
