import { BriefingError } from '../errors';
import type { Source } from '../schema/source';
import { textChecksum } from './checksum';
import { shippedCollectionId } from './collections';
import { paragraphRuleVersion } from './paragraphs/paragraphRuleNames';
import { plainTextParagraphs } from './paragraphs/plainTextParagraphs';
import { sourceRecordSchema, type SourceRecord } from './sourceRecord';

/**
 * The seed's article as a source record, so the reader opens it like any imported one. The seed keeps it as
 * paragraph lines whose "\n"-join is the original file; that join is the record's text, so the record's checksum
 * is the seed's checksum, and the one-paragraph-per-line rule gives back exactly the seed's paragraphs.
 *
 * @throws BriefingError `internal` when the seed source carries no paragraphs or they do not match its checksum.
 */
export function shippedSourceRecord(seedSource: Source, importedAt: string): SourceRecord {
  const damaged = (why: string) =>
    new BriefingError({
      code: 'internal',
      message: `The article shipped with the app cannot be opened as a source: ${why}. Reinstall Summit Briefing.`,
    });
  if (!seedSource.paragraphs || !seedSource.checksum) throw damaged(`"${seedSource.id}" carries no paragraph texts`);
  const text = seedSource.paragraphs.join('\n');
  if (textChecksum(text) !== seedSource.checksum) throw damaged('its paragraphs do not match their checksum');
  const paragraphs = plainTextParagraphs(text, 'lines');
  if (paragraphs.length !== seedSource.paragraphs.length) throw damaged('a paragraph line is blank');
  return sourceRecordSchema.parse({
    id: seedSource.id,
    collectionId: shippedCollectionId,
    title: seedSource.title,
    ...(seedSource.publisher ? { outlet: seedSource.publisher } : {}),
    origin: { kind: 'shipped' },
    importedAt,
    text,
    checksum: seedSource.checksum,
    paragraphing: { rule: 'lines', version: paragraphRuleVersion },
    paragraphs,
  });
}
